/**
 * The concurrency helpers, written as ordinary sagas over effects: what `takeEvery`,
 * `takeLatest`, `takeLeading`, `throttle`, `debounce` and `retry` run (their effect creators are
 * in `helper-effects.ts`).
 */
import type { Channel, NotUndefined, Pattern, TakeableChannel, Task } from '../types.js'
import { sliding } from '../channels/buffers.js'
import {
  actionChannel,
  call,
  cancel,
  delay,
  fork,
  isChannel,
  race,
  take,
  type AnyFunction,
} from './descriptors.js'
import { answerWithTask, callAnswering } from './helpers/requests.js'

type Worker = (...args: never[]) => unknown
type Source = Pattern | TakeableChannel<unknown>
type Call = (...args: unknown[]) => unknown

/** Forks `worker(...args, action)` for every matching action. */
export function* takeEveryHelper(
  source: Source,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  for (;;) {
    const action = yield take(source as Pattern)
    answerWithTask(action, (yield fork(worker as Call, ...args, action)) as Task)
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
    if (last) yield cancel(last)
    last = (yield fork(worker as Call, ...args, action)) as Task
    answerWithTask(action, last)
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
    yield* callAnswering(worker, args, action)
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
  const throttled = (yield actionChannel(source, sliding(1))) as Channel<NotUndefined>
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
