/**
 * `callWithSignal(fn, ...args)`: a `call` whose function gets an `AbortSignal` of its own, aborted
 * as soon as the call is abandoned. A sagaloop addition, built from `call` and `abortSignal`.
 *
 * Why it exists: `abortSignal()` is the signal of the current task, so it aborts only when the
 * whole task stops. A call that loses a `race` (`race({ data: call(fetchJson, url, { signal }),
 * timeout: delay(5000) })`) is abandoned while its task keeps running: the task's signal stays
 * live and the request goes on. Here the function runs inside a child task of its own (the way
 * `call` runs a generator), whose signal aborts when that child is cancelled: by a lost race, by
 * the task being cancelled, or by the task failing.
 */
import { abortSignal, call, type AnyFunction, type CallEffect } from './descriptors.js'

/** The arguments before a trailing `AbortSignal`. */
type ArgsBeforeSignal<F> = F extends (...args: infer A) => unknown
  ? A extends [...infer Rest, AbortSignal]
    ? Rest
    : A extends [...infer Rest, AbortSignal?]
      ? Rest
      : never
  : never

/** What the call gives back: a promise's value (or the value). */
type Settled<F extends AnyFunction> = Awaited<ReturnType<F>>

/** Runs `fn(...args, signal)` in a child task; its signal is the one the function receives. */
function* withSignal(fn: AnyFunction, args: unknown[]): Generator<unknown, unknown, unknown> {
  const signal = yield abortSignal()
  return yield call(fn as (...values: unknown[]) => unknown, ...args, signal)
}

/**
 * Calls `fn(...args, signal)` and waits for its promise, like `call`. `signal` is an
 * `AbortSignal` for this call alone: it aborts when the call is abandoned, whether the call lost a
 * `race`, the saga was cancelled (`cancel`, `takeLatest`, a lost race higher up), or the saga's
 * task failed. Use it for `fetch` and anything else that takes a signal.
 *
 * @example
 * const fetchUser = (id: string, signal: AbortSignal): Promise<User> =>
 *   fetch(`/users/${id}`, { signal }).then((response) => response.json())
 *
 * const { user } = yield* race({
 *   user: callWithSignal(fetchUser, id), // the request is aborted if the timeout wins
 *   timeout: delay(5000),
 * })
 */
export function callWithSignal<F extends (...args: never[]) => unknown>(
  fn: F,
  ...args: ArgsBeforeSignal<F>
): CallEffect<Settled<F>> {
  return call(withSignal, fn, args as unknown[]) as CallEffect<Settled<F>>
}
