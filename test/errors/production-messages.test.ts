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

  test('the build makes warnings development-only', () => {
    const out = devOnlyMessages("console.warn('yielded undefined')", '/x/src/a.ts')?.code
    expect(out).toBe("process.env.NODE_ENV !== 'production' && console.warn('yielded undefined')")
  })

  test('the build marks effect records pure, so an app that imports no runner drops them', () => {
    const out = devOnlyMessages('export const r = defineEffect({ type: "X" })', '/x/src/a.ts')?.code
    expect(out).toBe('export const r = /* @__PURE__ */ defineEffect({ type: "X" })')
  })

  test('the build leaves a module without messages as it is', () => {
    expect(devOnlyMessages('export const x = 1', '/x/src/a.ts')).toBeUndefined()
  })
})
