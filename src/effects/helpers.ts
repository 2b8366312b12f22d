/**
 * The concurrency helpers, written as ordinary sagas over effects: `takeEvery`, `takeLatest`,
 * `takeLeading`, `throttle`, `debounce` and `retry`. Each effect creator below forks (or calls)
 * the matching saga, as redux-saga's do.
 */
import type { Pattern, TakeableChannel } from '../types.js'
import { sliding } from '../channels/buffers.js'
import type { ActionOf } from './action-of.js'
import {
  actionChannel,
  call,
  cancel,
  delay,
  fork,
  race,
  take,
  type AnyFunction,
  type CallEffect,
  type ForkEffect,
  type SagaReturnType,
} from './descriptors.js'
import type { Task } from '../types.js'

type Worker = (...args: never[]) => unknown
type Source = Pattern | TakeableChannel<unknown>
type Call = (...args: unknown[]) => unknown

/** A channel rather than a pattern: what redux-saga tests for (`take` and `close` methods). */
const isChannel = (source: Source): source is TakeableChannel<unknown> =>
  typeof source === 'object' &&
  source !== null &&
  !Array.isArray(source) &&
  typeof (source as { take?: unknown }).take === 'function' &&
  typeof (source as { close?: unknown }).close === 'function'

/** Forks `worker(...args, action)` for every matching action. */
export function* takeEveryHelper(
  source: Source,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  for (;;) {
    const action = yield take(source as Pattern)
    yield fork(worker as Call, ...args, action)
  }
}

/** Forks a worker per action, cancelling the one still running from the previous action. */
export function* takeLatestHelper(
  source: Source,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  let last: Task | undefined
  for (;;) {
    const action = yield take(source as Pattern)
    if (last !== undefined) yield cancel(last)
    last = (yield fork(worker as Call, ...args, action)) as Task
  }
}

/** Runs a worker for an action and ignores matching actions until it is done. */
export function* takeLeadingHelper(
  source: Source,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  for (;;) {
    const action = yield take(source as Pattern)
    yield call(worker as Call, ...args, action)
  }
}

/** Forks a worker for an action, then ignores actions for `ms`, keeping only the latest one. */
export function* throttleHelper(
  ms: number,
  source: Source,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  // A channel is throttled as it is; a pattern gets an action channel that keeps the latest action.
  const throttled = isChannel(source)
    ? source
    : ((yield actionChannel(source, sliding(1))) as TakeableChannel<unknown>)
  for (;;) {
    const action = yield take(throttled)
    yield fork(worker as Call, ...args, action)
    yield delay(ms)
  }
}

/** Forks a worker once no matching action has arrived for `ms`, with the latest action. */
export function* debounceHelper(
  ms: number,
  source: Source,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  for (;;) {
    let action = yield take(source as Pattern)
    for (;;) {
      // The same race as redux-saga's, keys and order included, so monitors see the same effects.
      const winner = (yield race({
        action: take(source as Pattern),
        debounce: delay(ms),
      })) as { action?: unknown; debounce?: true }
      if (winner.debounce) {
        yield fork(worker as Call, ...args, action)
        break
      }
      action = winner.action
    }
  }
}

/** Calls `fn(...args)` up to `maxTries` times, waiting `delayLength` ms after each failure. */
export function* retryHelper(
  maxTries: number,
  delayLength: number,
  fn: AnyFunction,
  ...args: unknown[]
): Generator<unknown, unknown, unknown> {
  for (let tries = maxTries; ;) {
    try {
      return yield call(fn as Call, ...args)
    } catch (error) {
      tries -= 1
      if (tries <= 0) throw error
      yield delay(delayLength)
    }
  }
}

/** The worker a helper starts for `pattern`: its last parameter is the matched action. */
type HelperWorker<Args extends unknown[], A> = (...args: [...Args, A]) => unknown

export function takeEvery<P extends Pattern, Args extends unknown[]>(
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function takeEvery<T, Args extends unknown[]>(
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
export function takeEvery(source: Source, worker: Worker, ...args: unknown[]): ForkEffect<never> {
  return fork(takeEveryHelper, source, worker, ...args) as ForkEffect<never>
}

export function takeLatest<P extends Pattern, Args extends unknown[]>(
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function takeLatest<T, Args extends unknown[]>(
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
export function takeLatest(source: Source, worker: Worker, ...args: unknown[]): ForkEffect<never> {
  return fork(takeLatestHelper, source, worker, ...args) as ForkEffect<never>
}

export function takeLeading<P extends Pattern, Args extends unknown[]>(
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function takeLeading<T, Args extends unknown[]>(
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
export function takeLeading(source: Source, worker: Worker, ...args: unknown[]): ForkEffect<never> {
  return fork(takeLeadingHelper, source, worker, ...args) as ForkEffect<never>
}

export function throttle<P extends Pattern, Args extends unknown[]>(
  ms: number,
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function throttle<T, Args extends unknown[]>(
  ms: number,
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
export function throttle(
  ms: number,
  source: Source,
  worker: Worker,
  ...args: unknown[]
): ForkEffect<never> {
  return fork(throttleHelper, ms, source, worker, ...args) as ForkEffect<never>
}

export function debounce<P extends Pattern, Args extends unknown[]>(
  ms: number,
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function debounce<T, Args extends unknown[]>(
  ms: number,
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
export function debounce(
  ms: number,
  source: Source,
  worker: Worker,
  ...args: unknown[]
): ForkEffect<never> {
  return fork(debounceHelper, ms, source, worker, ...args) as ForkEffect<never>
}

/** Calls `fn(...args)`, retrying up to `maxTries` times in all with `delayLength` ms between. */
export function retry<F extends AnyFunction>(
  maxTries: number,
  delayLength: number,
  fn: F,
  ...args: Parameters<F>
): CallEffect<SagaReturnType<F>> {
  return call(retryHelper, maxTries, delayLength, fn, ...(args as unknown[])) as CallEffect<
    SagaReturnType<F>
  >
}
