/**
 * The real time an `expectSaga` run spends: the loop's own timers, the budget of its timeout,
 * and the real waits of `.delay(ms)` dispatches, on the timers captured at load: a test that
 * fakes the global timers does not stop the run's own loop.
 */
export const realSetTimeout = globalThis.setTimeout
export const realClearTimeout = globalThis.clearTimeout
export type RealTimer = ReturnType<typeof setTimeout>
/** Real milliseconds, from the clock captured at load (a test may fake `performance` too). */
export const realNow: () => number = performance.now.bind(performance)

/** Resolves after the current macrotask, once every microtask queued before it has run. */
export const macrotask: () => Promise<void> =
  typeof globalThis.setImmediate === 'function'
    ? (
        (setImmediate) => () =>
          new Promise<void>((resolve) => setImmediate(resolve))
      )(globalThis.setImmediate)
    : () => new Promise<void>((resolve) => realSetTimeout(resolve, 0))

/**
 * A real wait of `ms` milliseconds that a virtual timer may be held by: the timer of a
 * `.delay(ms)` dispatch does not fire before `ms` real milliseconds have passed, as under
 * redux-saga-test-plan, whose `.delay` waits in real time. Its real timer goes in `timers`, for
 * the run to clear when it ends.
 */
export const realWait = (ms: number, timers: RealTimer[]): Promise<void> =>
  new Promise<void>((resolve) => timers.push(realSetTimeout(resolve, ms)))

/**
 * The run's timeout as one budget of real time, which each `.delay(ms)` lengthens by `ms`
 * (`extend`): the virtual horizon already bounds those waits (a delay past the timeout never
 * fires), and counting them too would make a `.delay` close to the timeout fail by a few
 * milliseconds of machine load. `spent` resolves (with `false`) once it is spent; its real
 * timers go in `timers`, for the run to clear when it ends.
 */
export function realBudget(ms: number | false, timers: RealTimer[]) {
  let extra = 0
  let expire = () => {}
  const spent = new Promise<false>((resolve) => (expire = () => resolve(false)))
  const due = () => {
    if (extra === 0) return expire()
    timers.push(realSetTimeout(due, extra))
    extra = 0
  }
  if (ms !== false) timers.push(realSetTimeout(due, ms))
  return { spent, extend: (by: number) => (extra += by) }
}
