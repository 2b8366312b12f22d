/**
 * What an app's production bundle keeps of the development checks: the build step of
 * tsdown.dev-messages.ts, then a bundler that replaces `process.env.NODE_ENV` and drops dead code.
 * The checks' tests come before the read of `process.env` (so that Node reads it only when a
 * test fails); a bundler drops them only when they test local values, which these tests hold to.
 */
import { describe, expect, test } from 'vitest'
import { bundleSource } from '../support/bundle'

/** The bundle of `code` (imports relative to src/), as the package ships it to an app. */
const bundle = (code: string, mode: 'development' | 'production'): Promise<string> =>
  bundleSource(code, mode, { devMessages: true })

/** The text of the top-level function `name` in `code`. */
function functionText(code: string, name: string): string {
  const start = code.indexOf(`\nfunction ${name}(`)
  expect(start).toBeGreaterThanOrEqual(0)
  return code.slice(start + 1, code.indexOf('\n}', start) + 2)
}

/** The statements of the function `name` in `code`. */
const bodyOf = (code: string, name: string): string =>
  functionText(code, name).split('\n').slice(1, -1).join('\n').trim()

const creators = `export { call, fork, put, select, cancel } from './effects/index.ts'
export { putRecord } from './effects/put.ts'`

describe('a production bundle', () => {
  test('keeps nothing of the checks of call and fork', async () => {
    const code = await bundle(creators, 'production')
    for (const name of ['call', 'fork']) {
      expect(bodyOf(code, name)).toMatch(
        /^return makeEffect\("[A-Z]+", callDescriptor\("[a-z]+", \w+, \w+\)\);$/,
      )
    }
  })

  test('keeps of the checks of put, select and cancel only the property reads of their tests', async () => {
    const code = await bundle(creators, 'production')
    expect(functionText(code, 'putPayload')).not.toMatch(/== null|\?\? null/)
    expect(functionText(code, 'select')).not.toContain('typeof')
    expect(functionText(code, 'cancel')).not.toContain('!== !0')
  })

  test('of take alone carries no SagaError: its checks are in a function only development calls', async () => {
    // sagaloop/toolkit is such a bundle. Code after `if (production) return` would be dropped
    // too, but what it refers to (here `fail`, and so SagaError) would stay.
    const code = await bundle(`export { take } from './effects/take.ts'`, 'production')
    expect(code).toContain('function take(')
    expect(code).not.toContain('SagaError')
  })

  test('keeps no record field set to undefined', async () => {
    const code = await bundle(creators, 'production')
    expect(code).not.toContain('describe: void 0')
  })
})

describe('a development bundle', () => {
  test('keeps the checks and the descriptions', async () => {
    const code = await bundle(creators, 'development')
    expect(functionText(code, 'call')).toContain('yield call(delay')
    expect(functionText(code, 'fork')).toContain('isEffect(')
    expect(code).toContain('checkPayload(')
    expect(code).toContain('describe: (')
  })
})
