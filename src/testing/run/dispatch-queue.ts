/**
 * The actions given to `.dispatch()` before `run()`, held as redux-saga-test-plan holds them:
 * each waits in a queue until a `take` wants it; that take releases it and every action queued
 * before it. An action given after `.delay(ms)` is dispatched `ms` milliseconds after the take
 * that released it: `ms` later on the virtual clock (after the timers due before then), and no
 * sooner than `ms` real milliseconds, as test-plan waits that long in real time.
 */
import { END } from '../../channels/end.js'
import type { Pattern } from '../../types.js'

export interface QueuedAction {
  readonly action: unknown
  /** From `.delay(ms)` just before the `.dispatch`. */
  readonly delay: number | undefined
}

const typeOf = (action: unknown) => (action as { type?: unknown } | null)?.type

/** The index of the first queued action `pattern` takes (END is taken by any type), or -1. */
export function dispatchableIndex(queue: readonly QueuedAction[], pattern: unknown): number {
  if (pattern === undefined || pattern === null || queue.length === 0) return -1
  if (pattern === '*') return 0
  if (typeof pattern === 'function') {
    // An action creator with its own `toString` (RTK, redux-actions) stands for its type.
    if (Object.prototype.hasOwnProperty.call(pattern, 'toString'))
      return dispatchableIndex(queue, String(pattern))
    return queue.findIndex(({ action }) => Boolean((pattern as (a: unknown) => unknown)(action)))
  }
  if (Array.isArray(pattern)) {
    for (const item of pattern as Pattern[]) {
      const index = dispatchableIndex(queue, item)
      if (index > -1) return index
    }
    return -1
  }
  return queue.findIndex(({ action }) => typeOf(action) === pattern || typeOf(action) === END.type)
}

/** Takes out the actions a take of `pattern` releases: up to the first it wants, in order. */
export function release(queue: QueuedAction[], pattern: unknown): QueuedAction[] {
  const index = dispatchableIndex(queue, pattern)
  return index < 0 ? [] : queue.splice(0, index + 1)
}
