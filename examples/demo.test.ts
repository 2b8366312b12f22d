// `npm run demo` is the README's first command, and CI runs it: it must exit 0 on its own, fast.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url))

function runDemo() {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      tsx,
      ['examples/demo.ts'],
      { cwd: root, timeout: 15_000 },
      (_, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    )
  })
}

describe('npm run demo', () => {
  test('runs the search, login and websocket flows, prints them, and exits 0 on its own', async () => {
    const { code, stdout, stderr } = await runDemo()
    expect(stderr).toBe('')
    expect(code).toBe(0)
    // Which stale requests reached the server before being aborted depends on timing; some did.
    expect(stdout).toMatch(/GET \/search\?q=\w+ +aborted/)
    expect(stdout).toMatch(/GET \/search\?q=redux +answered/)
    expect(stdout).toContain('results in the store, for "redux" only: react-redux, redux')
    expect(stdout).toContain('auth/tokenRefreshed')
    expect(stdout).toContain('login alice aborted')
    expect(stdout).toContain('ticker/connected')
    expect(stdout).toContain('the ticker server saw the client close its socket with code 1000')
    expect(stdout).toContain('rootSaga  cancelled')
  })
})
