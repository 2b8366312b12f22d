import { describe, expect, test } from 'vitest'
import { SagaError } from 'sagaloop'
import { devOnlyMessages } from '../../tsdown.dev-messages'

describe('production messages', () => {
  test('a SagaError without a message names its code and where the full message is', () => {
    const error = new SagaError('INVALID_ACTION', '')
    expect(error.code).toBe('INVALID_ACTION')
    expect(error.message).toMatch(/^sagaloop error INVALID_ACTION; see .*errors\.md#invalid_action/)
  })

  test('the build keeps a message in development and drops it in production', () => {
    const source = [
      "if (typeof fn !== 'function') fail('NOT_A_FUNCTION', `call(fn): got ${fn}`)",
      "throw new SagaError('INVALID_TASK', 'join(task): not a task')",
    ].join('\n')
    const out = devOnlyMessages(source, '/x/src/a.ts')?.code ?? ''
    expect(out).toContain(
      "fail('NOT_A_FUNCTION', process.env.NODE_ENV !== 'production' ? (`call(fn): got ${fn}`) : '')",
    )
    expect(out).toContain(
      "new SagaError('INVALID_TASK', process.env.NODE_ENV !== 'production' ? ('join(task): not a task') : '')",
    )
  })

  test("the build drops redux-saga's words and sagaloop's hint alike in production", () => {
    const out = devOnlyMessages(
      "fail('INVALID_ACTION', 'put(action): argument action is undefined', `Got ${x}.`)",
      '/x/src/a.ts',
    )?.code
    expect(out).toBe(
      "fail('INVALID_ACTION', process.env.NODE_ENV !== 'production' ? ('put(action): argument action is undefined') : '', process.env.NODE_ENV !== 'production' ? (`Got ${x}.`) : '')",
    )
  })

  test('the build drops the message of a module that calls only failExact', () => {
    const out = devOnlyMessages(
      "failExact('INVALID_OPTION', 'delay(ms): too long', hint)",
      '/x/src/a.ts',
    )?.code
    expect(out).toBe(
      "failExact('INVALID_OPTION', process.env.NODE_ENV !== 'production' ? ('delay(ms): too long') : '', process.env.NODE_ENV !== 'production' ? (hint) : '')",
    )
  })

  test("the build keeps the two messages redux-saga's production build throws too", () => {
    const source = [
      `fail('BUFFER_OVERFLOW', "Channel's Buffer overflow!", hint)`,
      "fail('INVALID_PATTERN', `invalid pattern: ${p}`, hint)",
    ].join('\n')
    const out = devOnlyMessages(source, '/x/src/a.ts')?.code ?? ''
    expect(out).toContain(`"Channel's Buffer overflow!", process.env.NODE_ENV`)
    expect(out).toContain('`invalid pattern: ${p}`, process.env.NODE_ENV')
  })

  test('the build leaves errors.ts, where the messages only pass through, as it is', () => {
    const source = 'throw new SagaError(code, message, hint)'
    expect(devOnlyMessages(source, '/x/src/errors.ts')).toBeUndefined()
  })

  test('the build makes warnings development-only', () => {
    const out = devOnlyMessages("console.warn('yielded undefined')", '/x/src/a.ts')?.code
    expect(out).toBe("process.env.NODE_ENV !== 'production' && console.warn('yielded undefined')")
  })

  test('the build marks effect records pure, so an app that imports no runner drops them', () => {
    const out = devOnlyMessages('export const r = defineEffect({ type: "X" })', '/x/src/a.ts')?.code
    expect(out).toBe('export const r = /* @__PURE__ */ defineEffect({ type: "X" })')
  })

  test("the build makes a record's describe a field of development only, not one set to undefined", () => {
    const source = [
      'export const r = defineEffect({',
      "  type: 'X',",
      "  describe: process.env.NODE_ENV !== 'production' ? (payload) => `x(${payload})` : undefined,",
      '})',
    ].join('\n')
    const out = devOnlyMessages(source, '/x/src/a.ts')?.code ?? ''
    expect(out).toContain(
      "...(process.env.NODE_ENV !== 'production' ? { describe: (payload) => `x(${payload})` } : {}),",
    )
    expect(out).not.toContain('describe: process.env')
  })

  test('the build leaves a module without messages as it is', () => {
    expect(devOnlyMessages('export const x = 1', '/x/src/a.ts')).toBeUndefined()
  })
})
