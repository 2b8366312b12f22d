/**
 * The real time an `expectSaga` run spends: the loop's own timers, the budget of its timeout,
 * and the real waits of `.delay(ms)` dispatches. Everything here reads the clocks captured at
 * load, so a test that fakes the global timers (or `.withVirtualNow()`, which replaces
 * `Date.now` and `performance.now` during the run) does not stop or skew the run's own loop.
 */

export const realSetTimeout = globalThis.setTimeout
export const realClearTimeout = globalThis.clearTimeout
const perf = (globalThis as { performance?: { now(): number } }).performance
const realNow: () => number = perf === undefined ? Date.now.bind(Date) : perf.now.bind(perf)

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
 * redux-saga-test-plan, whose `.delay` waits in real time.
 */
export class RealWait {
  open = false
  readonly opened: Promise<void>
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(ms: number) {
    this.opened = new Promise<void>((resolve) => {
      this.timer = realSetTimeout(() => {
        this.open = true
        resolve()
      }, ms)
    })
  }

  /** Stops the real timer (at the end of a run that will not wait for it). */
  cancel(): void {
    realClearTimeout(this.timer)
  }
}

/**
 * The run's timeout as one budget of real time, which stands still while the run waits for a
 * `.delay(ms)`: the virtual horizon already bounds those waits (a delay past the timeout never
 * fires), and counting them too would make a `.delay` close to the timeout fail by a few
 * milliseconds of machine load.
 */
export class RealBudget {
  /** Resolves (with `false`) once the budget is spent; never for a run without a timeout. */
  readonly spent: Promise<false>
  private expire: () => void = () => {}
  private timer: ReturnType<typeof setTimeout> | undefined
  private left: number
  private since = 0

  constructor(ms: number | false) {
    this.spent = new Promise<false>((resolve) => {
      this.expire = () => resolve(false)
    })
    this.left = ms === false ? Infinity : ms
    this.resume()
  }

  pause(): void {
    if (this.timer === undefined) return
    realClearTimeout(this.timer)
    this.timer = undefined
    this.left = Math.max(0, this.left - (realNow() - this.since))
  }

  resume(): void {
    if (this.timer !== undefined || this.left === Infinity) return
    this.since = realNow()
    this.timer = realSetTimeout(this.expire, this.left)
  }
}
