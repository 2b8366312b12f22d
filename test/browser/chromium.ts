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

// Another apt-get (a second `npm test` beside this one, installing the same package) holds
// dpkg's lock: wait for it to let go rather than fail, then find what it installed.
const WAIT_FOR_LOCK = ['-o', 'DPkg::Lock::Timeout=900']

/**
 * The path of a chromium binary, or why there is none. `fatal`: this machine could install it
 * and the install failed, so the browser test fails rather than being skipped.
 */
export function ensureChromium(): { path: string } | { missing: string; fatal?: boolean } {
  const found = find()
  if (found !== undefined) return { path: found }
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    return { missing: 'no chromium found and no apt-get to install it (set CHROMIUM_PATH)' }
  }
  if (process.getuid?.() !== 0) {
    return { missing: 'no chromium found, and installing it needs root (apt-get install chromium)' }
  }
  for (let attempt = 1; attempt <= 3; attempt++) {
    const updated = run('apt-get', [...WAIT_FOR_LOCK, 'update'])
    if (updated && run('apt-get', [...WAIT_FOR_LOCK, 'install', '-y', 'chromium'])) break
    // A failed attempt may be one that met another apt-get's lock; it may have installed it.
    if (find() !== undefined) break
    if (attempt === 3) return { missing: 'apt-get could not install chromium', fatal: true }
  }
  const installed = find()
  return installed !== undefined
    ? { path: installed }
    : { missing: 'apt-get ran but no chromium binary appeared', fatal: true }
}
