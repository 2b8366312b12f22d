/**
 * The concurrency helpers, written as ordinary sagas over effects: `takeEvery`, `takeLatest`,
 * `takeLeading`, `throttle`, `debounce` and `retry`. Each effect creator below forks (or calls)
 * the matching saga, as redux-saga's do.
 */
import type { ActionPattern, Channel, Pattern, TakeableChannel } from '../types.js'
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
  if (isChannel(source)) return yield* throttleLoop(ms, source, worker, args)
  const throttled = (yield actionChannel(source, sliding(1))) as Channel<unknown>
  try {
    yield* throttleLoop(ms, throttled, worker, args)
  } finally {
    // Its own action channel would otherwise stay registered with the store after a cancel.
    throttled.close()
  }
}

function* throttleLoop(
  ms: number,
  throttled: TakeableChannel<unknown>,
  worker: Worker,
  args: unknown[],
): Generator<unknown, void, unknown> {
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

/**
 * The worker a helper starts: the extra arguments first, then the matched action (or message).
 *
 * @example
 * const worker: HelperWorker<[Api], PayloadAction<string>> = function* (api, action) {}
 */
export type HelperWorker<Args extends unknown[], A> = (...args: [...Args, A]) => unknown

/**
 * A string pattern for a worker that declares its action: that action's `type` (or an array of
 * types); any string when the declared action says nothing of its `type` (`{ q: string }`).
 */
type TypePattern<A> = A extends { type: infer T extends string }
  ? T | readonly T[]
  : string | readonly string[]

/**
 * Forks `worker(...args, action)` for every action matching `pattern`.
 *
 * The worker receives the extra `args`, then the action. For an action creator or a type guard
 * the worker must accept that action; for a string pattern it may declare any action whose
 * `type` the pattern can be (`(action: PayloadAction<number>) => ...`), as redux-saga allows.
 *
 * @example
 * yield* takeEvery(todoAdded, saveTodo, api) // saveTodo(api: Api, action: PayloadAction<Todo>)
 */
export function takeEvery<const P extends ActionPattern, Args extends unknown[]>(
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function takeEvery<A extends object, Args extends unknown[]>(
  pattern: TypePattern<A>,
  worker: HelperWorker<Args, A>,
  ...args: Args
): ForkEffect<never>
export function takeEvery<T, Args extends unknown[]>(
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
/** A worker that ignores the action: it gets only the extra arguments, as redux-saga allows. */
export function takeEvery<Args extends unknown[]>(
  source: ActionPattern | TakeableChannel<unknown>,
  worker: (...args: Args) => unknown,
  ...args: NoInfer<Args>
): ForkEffect<never>
export function takeEvery(source: unknown, worker: Worker, ...args: unknown[]): ForkEffect<never> {
  return fork(takeEveryHelper, source as Source, worker, ...args) as ForkEffect<never>
}

/**
 * Like `takeEvery`, but a new action cancels the worker still running for the previous one
 * (its `abortSignal()` aborts, so its `fetch` stops).
 *
 * The worker receives the extra `args`, then the action. For an action creator or a type guard
 * the worker must accept that action; for a string pattern it may declare any action whose
 * `type` the pattern can be (`(action: PayloadAction<number>) => ...`), as redux-saga allows.
 *
 * @example
 * yield* takeLatest(searchChanged, search)
 */
export function takeLatest<const P extends ActionPattern, Args extends unknown[]>(
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function takeLatest<A extends object, Args extends unknown[]>(
  pattern: TypePattern<A>,
  worker: HelperWorker<Args, A>,
  ...args: Args
): ForkEffect<never>
export function takeLatest<T, Args extends unknown[]>(
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
/** A worker that ignores the action: it gets only the extra arguments, as redux-saga allows. */
export function takeLatest<Args extends unknown[]>(
  source: ActionPattern | TakeableChannel<unknown>,
  worker: (...args: Args) => unknown,
  ...args: NoInfer<Args>
): ForkEffect<never>
export function takeLatest(source: unknown, worker: Worker, ...args: unknown[]): ForkEffect<never> {
  return fork(takeLatestHelper, source as Source, worker, ...args) as ForkEffect<never>
}

/**
 * Runs `worker(...args, action)` for a matching action, ignoring the next ones until it ends.
 *
 * The worker receives the extra `args`, then the action. For an action creator or a type guard
 * the worker must accept that action; for a string pattern it may declare any action whose
 * `type` the pattern can be (`(action: PayloadAction<number>) => ...`), as redux-saga allows.
 *
 * @example
 * yield* takeLeading(loginRequested, login)
 */
export function takeLeading<const P extends ActionPattern, Args extends unknown[]>(
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function takeLeading<A extends object, Args extends unknown[]>(
  pattern: TypePattern<A>,
  worker: HelperWorker<Args, A>,
  ...args: Args
): ForkEffect<never>
export function takeLeading<T, Args extends unknown[]>(
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
/** A worker that ignores the action: it gets only the extra arguments, as redux-saga allows. */
export function takeLeading<Args extends unknown[]>(
  source: ActionPattern | TakeableChannel<unknown>,
  worker: (...args: Args) => unknown,
  ...args: NoInfer<Args>
): ForkEffect<never>
export function takeLeading(
  source: unknown,
  worker: Worker,
  ...args: unknown[]
): ForkEffect<never> {
  return fork(takeLeadingHelper, source as Source, worker, ...args) as ForkEffect<never>
}

/**
 * Forks `worker(...args, action)` for a matching action, then for `ms` keeps only the latest one.
 *
 * The worker receives the extra `args`, then the action. For an action creator or a type guard
 * the worker must accept that action; for a string pattern it may declare any action whose
 * `type` the pattern can be (`(action: PayloadAction<number>) => ...`), as redux-saga allows.
 *
 * @example
 * yield* throttle(500, scrolled, trackScroll)
 */
export function throttle<const P extends ActionPattern, Args extends unknown[]>(
  ms: number,
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function throttle<A extends object, Args extends unknown[]>(
  ms: number,
  pattern: TypePattern<A>,
  worker: HelperWorker<Args, A>,
  ...args: Args
): ForkEffect<never>
export function throttle<T, Args extends unknown[]>(
  ms: number,
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
/** A worker that ignores the action: it gets only the extra arguments, as redux-saga allows. */
export function throttle<Args extends unknown[]>(
  ms: number,
  source: ActionPattern | TakeableChannel<unknown>,
  worker: (...args: Args) => unknown,
  ...args: NoInfer<Args>
): ForkEffect<never>
export function throttle(
  ms: number,
  source: unknown,
  worker: Worker,
  ...args: unknown[]
): ForkEffect<never> {
  return fork(throttleHelper, ms, source as Source, worker, ...args) as ForkEffect<never>
}

/**
 * Forks `worker(...args, action)` once no matching action has arrived for `ms`.
 *
 * The worker receives the extra `args`, then the action. For an action creator or a type guard
 * the worker must accept that action; for a string pattern it may declare any action whose
 * `type` the pattern can be (`(action: PayloadAction<number>) => ...`), as redux-saga allows.
 *
 * @example
 * yield* debounce(300, queryChanged, search)
 */
export function debounce<const P extends ActionPattern, Args extends unknown[]>(
  ms: number,
  pattern: P,
  worker: HelperWorker<Args, ActionOf<P>>,
  ...args: Args
): ForkEffect<never>
export function debounce<A extends object, Args extends unknown[]>(
  ms: number,
  pattern: TypePattern<A>,
  worker: HelperWorker<Args, A>,
  ...args: Args
): ForkEffect<never>
export function debounce<T, Args extends unknown[]>(
  ms: number,
  channel: TakeableChannel<T>,
  worker: HelperWorker<Args, T>,
  ...args: Args
): ForkEffect<never>
/** A worker that ignores the action: it gets only the extra arguments, as redux-saga allows. */
export function debounce<Args extends unknown[]>(
  ms: number,
  source: ActionPattern | TakeableChannel<unknown>,
  worker: (...args: Args) => unknown,
  ...args: NoInfer<Args>
): ForkEffect<never>
export function debounce(
  ms: number,
  source: unknown,
  worker: Worker,
  ...args: unknown[]
): ForkEffect<never> {
  return fork(debounceHelper, ms, source as Source, worker, ...args) as ForkEffect<never>
}

/**
 * Calls `fn(...args)`, retrying up to `maxTries` times in all with `delayLength` ms between.
 *
 * @example
 * const user = yield* retry(3, 1000, fetchUser, id) // User
 */
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

const helperNames = new Map<unknown, string>([
  [takeEveryHelper, 'takeEvery'],
  [takeLatestHelper, 'takeLatest'],
  [takeLeadingHelper, 'takeLeading'],
  [throttleHelper, 'throttle'],
  [debounceHelper, 'debounce'],
  [retryHelper, 'retry'],
])

/** `'takeEvery'` for the saga behind `takeEvery(...)`, and so on: tasks are named as users wrote them. */
export function helperName(fn: unknown): string | undefined {
  return helperNames.get(fn)
}
