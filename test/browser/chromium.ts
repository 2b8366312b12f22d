// Finds Debian's chromium, installing it with apt-get when missing and running as root. There is
// no other way to get a browser here (playwright's own download is not reachable).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

function find(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv !== undefined && existsSync(fromEnv)) return fromEnv
  return CANDIDATES.find((path) => existsSync(path))
}

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  })
  return result.status === 0
}

/** The path of a chromium binary, or why there is none. */
export function ensureChromium(): { path: string } | { missing: string } {
  const found = find()
  if (found !== undefined) return { path: found }
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    return { missing: 'no chromium found and no apt-get to install it (set CHROMIUM_PATH)' }
  }
  if (process.getuid?.() !== 0) {
    return { missing: 'no chromium found, and installing it needs root (apt-get install chromium)' }
  }
  if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', 'chromium'])) {
    return { missing: 'apt-get could not install chromium' }
  }
  const installed = find()
  return installed !== undefined
    ? { path: installed }
    : { missing: 'apt-get ran but no chromium binary appeared' }
}
