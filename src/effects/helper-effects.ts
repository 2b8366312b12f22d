/**
 * The helper effects: `takeEvery(pattern, worker, ...args)` and the others fork (or, for `retry`,
 * call) the helper sagas of `helpers.ts`, as redux-saga's do. Their typed signatures are in
 * `helper-signatures.ts`.
 */
import type { Pattern, TakeableChannel } from '../types.js'
import { describeValue, fail } from '../errors.js'
import {
  call,
  fork,
  isChannel,
  isPattern,
  type AnyFunction,
  type CallEffect,
  type ResultOf,
  type SagaReturnType,
} from './descriptors.js'
import type { KnownResult } from './call-signatures.js'
import type { TakeHelper, TimedHelper } from './helper-signatures.js'
import {
  debounceHelper,
  retryHelper,
  takeEveryHelper,
  takeLatestHelper,
  takeLeadingHelper,
  throttleHelper,
} from './helpers.js'
import { nameHelper } from './helper-names.js'

type Source = Pattern | TakeableChannel<unknown>
type Worker = (...args: never[]) => unknown
type HelperSaga = (...args: never[]) => Generator<unknown, void, unknown>

/**
 * Checks a helper's arguments where it is called, so the saga can catch the mistake, as
 * redux-saga's development build does (with its words, where it has a message: not for
 * `debounce`), instead of failing the helper's task later, at the first matching action. In
 * development only, as redux-saga's.
 */
function checkHelper(name: string, signature: string, source: unknown, worker: unknown): void {
  const words = name === 'debounce' ? undefined : name
  if (source === undefined || source === null)
    fail(
      'INVALID_PATTERN',
      words
        ? `${words} requires a pattern or channel`
        : `${signature}: the pattern is ${String(source)}`,
      `${signature}: the pattern is ${String(source)}. An action type imported under a wrong name is undefined.`,
    )
  if (worker === undefined || worker === null)
    fail(
      'NOT_A_FUNCTION',
      words
        ? `${words} requires a saga parameter`
        : `${signature}: the worker is ${String(worker)}`,
      `${signature}: the worker is ${String(worker)}; pass the saga to run for each action.`,
    )
  if (!isPattern(source) && !isChannel(source))
    fail(
      'INVALID_PATTERN',
      `${signature}: ${describeValue(source)} is neither a pattern nor a channel`,
      "A pattern is '*', an action type, a predicate, an action creator, or an array of them.",
    )
}

// Each helper below is created by a pure call: one an app does not use is left out of its bundle,
// with its saga and what only that saga needs.

// redux-saga's name of a helper's saga (see nameHelper): `takeEvery$1`, and `debounceHelper`.
function forkingWith(name: string, saga: HelperSaga): TakeHelper {
  nameHelper(saga, name, `${name}$1`)
  return ((source: Source, worker: Worker, ...args: unknown[]) => {
    // A production bundle, which checks nothing, drops the check and what only it uses. A helper
    // is created once per watcher, so reading `process.env` first costs nothing that counts.
    if (process.env.NODE_ENV !== 'production')
      checkHelper(name, `${name}(pattern, worker)`, source, worker)
    return fork(saga as (...args: unknown[]) => Generator, source, worker, ...args)
  }) as TakeHelper
}

function forkingTimedWith(name: string, saga: HelperSaga, functionName = `${name}$1`): TimedHelper {
  nameHelper(saga, name, functionName)
  return ((ms: number, source: Source, worker: Worker, ...args: unknown[]) => {
    if (process.env.NODE_ENV !== 'production')
      checkHelper(name, `${name}(ms, pattern, worker)`, source, worker)
    return fork(saga as (...args: unknown[]) => Generator, ms, source, worker, ...args)
  }) as TimedHelper
}

export const takeEvery = /* @__PURE__ */ forkingWith('takeEvery', takeEveryHelper)

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
export const takeLatest = /* @__PURE__ */ forkingWith('takeLatest', takeLatestHelper)

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
export const takeLeading = /* @__PURE__ */ forkingWith('takeLeading', takeLeadingHelper)

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
export const throttle = /* @__PURE__ */ forkingTimedWith('throttle', throttleHelper)

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
export const debounce = /* @__PURE__ */ forkingTimedWith(
  'debounce',
  debounceHelper,
  'debounceHelper',
)

const retrySaga = /* @__PURE__ */ nameHelper(retryHelper, 'retry', 'retry$1')

/**
 * Calls `fn(...args)`, retrying up to `maxTries` times in all with `delayLength` ms between.
 *
 * @example
 * const user = yield* retry(3, 1000, fetchUser, id) // User
 */
export function retry<Args extends unknown[], R>(
  this: KnownResult<Args, R>,
  maxTries: number,
  delayLength: number,
  fn: (...args: Args) => R,
  ...args: Args
): CallEffect<ResultOf<R>>
export function retry<F extends AnyFunction>(
  maxTries: number,
  delayLength: number,
  fn: F,
  ...args: Parameters<F>
): CallEffect<SagaReturnType<F>>
export function retry(
  maxTries: number,
  delayLength: number,
  fn: AnyFunction,
  ...args: unknown[]
): CallEffect {
  if (fn === undefined || fn === null)
    fail(
      'NOT_A_FUNCTION',
      `retry(maxTries, delayLength, fn): fn is ${String(fn)}`,
      'Pass the function (or saga) to call and retry.',
    )
  return call(retrySaga, maxTries, delayLength, fn, ...args)
}
