/**
 * The renderings of effects are development-only: a production bundle that never calls
 * `describeEffect` (an app with no monitor) carries none, and one with the inspector carries
 * only the sketch that `describeEffect` makes from a payload.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, test } from 'vitest'

const src = fileURLToPath(new URL('../../src/', import.meta.url))

/** `code` bundled from the sources as an app's bundler does in `mode` (dead branches dropped). */
async function bundle(code: string, mode: 'development' | 'production'): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: src, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    minifySyntax: true,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  })
  return result.outputFiles[0]?.text ?? ''
}

const app = `import { createSagaMiddleware, call, put, take, takeLatest, select, fork } from './index.ts'
export { createSagaMiddleware, call, put, take, takeLatest, select, fork }`

// Texts only records' renderings write: `cps(`, `cancelled()`, `putResolve`, `takeMaybe`.
const renderings = ['cps(', 'cancelled()', 'putResolve', 'takeMaybe']

describe('tree shaking of descriptions', () => {
  test('a development bundle renders every effect its records run', async () => {
    const code = await bundle(app, 'development')
    for (const text of renderings) expect(code).toContain(text)
  })

  test('a production bundle of an app without a monitor carries no rendering', async () => {
    const code = await bundle(app, 'production')
    for (const text of renderings) expect(code).not.toContain(text)
    expect(code).not.toContain('function sketch')
  })

  test("a production bundle with the inspector carries describeEffect's sketch only", async () => {
    const code = await bundle(
      `${app}\nexport { createInspector } from './monitor/index.ts'`,
      'production',
    )
    expect(code).toContain('function sketch')
    for (const text of renderings) expect(code).not.toContain(text)
  })
})
