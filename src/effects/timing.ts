/**
 * `delay` (and `delayP`, the function behind it) and sagaloop's `abortSignal()`.
 */
import { fail } from '../errors.js'
import { defineEffect } from '../kernel/record.js'
import type { Aborter, TaskHandle } from '../kernel/types.js'
import { invalidDelay } from '../messages.js'
import { type Effect, makeEffect, makeEffectOf } from './effect.js'
import { type CallEffect, refuseInCall } from './call.js'
import { delayP } from './delay-p.js'

export { delayP }

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
  return makeEffectOf<AbortSignalEffect>(abortSignalRecord, {})
}

export const abortSignalRecord = defineEffect({
  type: 'ABORT_SIGNAL',
  key: 'abortSignal',
  run: (_: AbortSignalEffect['payload'], step, { task }) => {
    step.resolve((task.aborter ??= aborterOf(task)).signal)
  },
  describe: process.env.NODE_ENV !== 'production' ? () => 'abortSignal()' : undefined,
})

/** The signal of `task`, aborted at once if the task is already cancelled or failed. */
function aborterOf(task: TaskHandle): Aborter {
  const controller = new AbortController()
  const abort = (failed: boolean, error: unknown): void => {
    if (failed) return controller.abort(error)
    const reason = new Error(`task ${task.meta.name} was cancelled`)
    reason.name = 'AbortError'
    controller.abort(reason)
  }
  if (task.isAborted()) abort(true, task.error())
  else if (task.isCancelled()) abort(false, undefined)
  return { signal: controller.signal, abort }
}

// --- delay ---------------------------------------------------------------------------------

// `delay` is filed as the creator `call` refuses (see call.ts) where it is defined, by a call
// marked pure rather than a statement of its own: an app's bundle that never uses `delay` then
// drops it and the filing (and `delayP`, unless the runtime's `call` record, which describes
// `call(delayP, ms)` as `delay(ms)` in development, keeps it).

/**
 * Waits `ms` milliseconds, then gives `value` (default `true`). The same as `call(delayP, ms, value)`.
 *
 * @example
 * const { timeout } = yield* race({ data: call(load), timeout: delay(1000) }) // true | undefined
 */
export const delay = /* @__PURE__ */ refuseInCall(function delay<T = true>(
  ms: number,
  value?: T,
): CallEffect<T> {
  // Checked here, where the saga wrote it: redux-saga hands NaN, 'x' or -1 to setTimeout,
  // which fires at once, so a typo silently stops waiting.
  if (typeof ms !== 'number' || !(ms >= 0) || ms === Infinity)
    fail('INVALID_OPTION', invalidDelay(ms))
  const args: unknown[] = value === undefined ? [ms] : [ms, value]
  return makeEffect<CallEffect<T>>('CALL', { context: null, fn: delayP, args })
})
