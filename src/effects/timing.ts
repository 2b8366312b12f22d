/**
 * `delay` (and `delayP`, the function behind it) and sagaloop's `abortSignal()`.
 */
import { CANCEL } from '../symbols.js'
import { fail, failExact } from '../errors.js'
import { defineEffect } from '../kernel/record.js'
import { messages } from '../messages.js'
import { type Effect, makeEffect } from './effect.js'
import { effectCreators, type CallEffect } from './call.js'

/** What `abortSignal` returns; the saga gets the task's `AbortSignal`. */
export type AbortSignalEffect = Effect<'ABORT_SIGNAL', Record<string, never>, AbortSignal>

/**
 * The `AbortSignal` of the current task: it aborts when the task is cancelled (by `cancel`, a
 * lost `race`, `takeLatest` starting a newer worker, a failing parent) or fails. Pass it to
 * `fetch` so that a cancelled saga really stops its request. Not in redux-saga.
 *
 * @example
 * function* fetchUser(id: string) {
 *   const signal = yield* abortSignal()
 *   return yield* call(fetchJson, `/users/${id}`, { signal })
 * }
 */
export function abortSignal(): AbortSignalEffect {
  return makeEffect<AbortSignalEffect>('ABORT_SIGNAL', {})
}

export const abortSignalRecord = defineEffect({
  type: 'ABORT_SIGNAL',
  key: 'abortSignal',
  run: (_: AbortSignalEffect['payload'], step, { task }) => {
    step.resolve(task.signal)
  },
  describe: () => 'abortSignal()',
})

// --- delay ---------------------------------------------------------------------------------

/** setTimeout's limit: a larger delay would fire at once. */
const MAX_DELAY = 0x7fffffff

/**
 * The function behind `delay`: resolves with `value` after `ms`, and clears its timer when the
 * task is cancelled. Exported so tests and providers can recognise `call(delayP, ms)`.
 */
export function delayP<T = true>(ms: number, value: T = true as T): Promise<T> {
  if (ms > MAX_DELAY)
    failExact(
      'INVALID_OPTION',
      `delay only supports a maximum value of ${MAX_DELAY}ms`,
      `delay(${ms}): a longer timer would fire at once (the limit is about 24.8 days).`,
    )
  let timer: ReturnType<typeof setTimeout> | undefined
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(resolve, ms, value)
  }) as Promise<T> & { [CANCEL]?: () => void }
  promise[CANCEL] = () => clearTimeout(timer)
  return promise
}

/**
 * Waits `ms` milliseconds, then gives `value` (default `true`). The same as `call(delayP, ms, value)`.
 *
 * @example
 * const { timeout } = yield* race({ data: call(load), timeout: delay(1000) }) // true | undefined
 */
export function delay<T = true>(ms: number, value?: T): CallEffect<T> {
  // Checked here, where the saga wrote it: redux-saga hands NaN, 'x' or -1 to setTimeout,
  // which fires at once, so a typo silently stops waiting.
  if (typeof ms !== 'number' || !(ms >= 0) || ms === Infinity)
    fail('INVALID_OPTION', messages.invalidDelay(ms))
  const args: unknown[] = value === undefined ? [ms] : [ms, value]
  return makeEffect<CallEffect<T>>('CALL', { context: null, fn: delayP, args })
}
effectCreators.add(delay)
