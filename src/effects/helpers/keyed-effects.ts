/**
 * The keyed helper effects: `takeLatestBy(pattern, keyOf, worker, ...args)` and its siblings
 * fork the sagas of `keyed.ts`, as `takeLatest` forks its own. `keyOf` is typed from the
 * pattern; for an awaitable action creator, the worker must return what its awaiters expect.
 */
import type { ActionPattern, TakeableChannel } from '../../types.js'
import type { ActionOf } from '../action-of.js'
import type { AwaitedResult } from './awaitable.js'
import { describeValue, fail } from '../../errors.js'
import { fork, type ForkEffect } from '../descriptors.js'
import { takeEveryByHelper, takeLatestByHelper, takeLeadingByHelper } from './keyed.js'
import { nameHelper } from '../helper-names.js'

/** A key: a primitive, compared with `SameValueZero` (as a `Map` does). */
export type Key = string | number | bigint | boolean | symbol | null | undefined

/** What a worker may return when its awaiters expect `R`: the value, a promise, a saga. */
export type Returning<R> = unknown extends R
  ? unknown
  : R | PromiseLike<R> | Iterator<unknown, R, never>

/**
 * The worker of a keyed helper: the extra arguments, then the action; for an awaitable action
 * creator it must return (or resolve to, or have its saga return) the promised result.
 */
export type KeyedWorker<Args extends unknown[], A, R = unknown> = (
  ...args: [...Args, A]
) => Returning<R>

/** A string pattern for a worker that declares its action: that action's `type`, or any type. */
type TypePattern<A> = A extends { type: infer T extends string }
  ? T | readonly T[]
  : string | readonly string[]

/**
 * `takeLatestBy`, `takeLeadingBy` and `takeEveryBy`. With an action creator or a type guard the
 * action is typed from it, `keyOf` included; with a string pattern, annotate `keyOf`'s action.
 */
export interface KeyedHelper {
  <const P extends ActionPattern, Args extends unknown[]>(
    pattern: P,
    keyOf: (action: ActionOf<P>) => Key,
    worker: KeyedWorker<Args, ActionOf<P>, AwaitedResult<P>>,
    ...args: Args
  ): ForkEffect<never>
  <A extends object, Args extends unknown[]>(
    pattern: TypePattern<A>,
    keyOf: (action: A) => Key,
    worker: KeyedWorker<Args, A>,
    ...args: Args
  ): ForkEffect<never>
  <T, Args extends unknown[]>(
    channel: TakeableChannel<T>,
    keyOf: (message: T) => Key,
    worker: KeyedWorker<Args, T>,
    ...args: Args
  ): ForkEffect<never>
}

type Saga = (...args: unknown[]) => Generator

// Created by pure calls: a keyed helper an app does not use is left out of its bundle.
function forkingKeyed(name: string, saga: Saga): KeyedHelper {
  nameHelper(saga, name)
  return ((source: unknown, keyOf: unknown, worker: unknown, ...args: unknown[]) => {
    for (const [what, fn] of [
      ['keyOf', keyOf],
      ['worker', worker],
    ] as const) {
      if (typeof fn !== 'function') {
        fail(
          'NOT_A_FUNCTION',
          `${name}(pattern, keyOf, worker): ${what} must be a function; got ${describeValue(fn)}.`,
        )
      }
    }
    return fork(saga, source, keyOf, worker, ...args)
  }) as KeyedHelper
}

/**
 * `takeLatest` per key: forks `worker(...args, action)` for each matching action, cancelling the
 * worker still running for the same `keyOf(action)`. Other keys' workers go on. A key is
 * forgotten when its worker ends, so memory follows the running workers, not the keys seen.
 *
 * @example
 * yield* takeLatestBy(rowEdited, (action) => action.payload.id, saveRow)
 */
export const takeLatestBy = /* @__PURE__ */ forkingKeyed('takeLatestBy', takeLatestByHelper as Saga)

/**
 * `takeLeading` per key: forks `worker(...args, action)` for a key with no running worker and
 * ignores the key's actions until that worker ends. Other keys are not blocked.
 *
 * @example
 * yield* takeLeadingBy(refreshRequested, (action) => action.payload.deviceId, refresh)
 */
export const takeLeadingBy = /* @__PURE__ */ forkingKeyed(
  'takeLeadingBy',
  takeLeadingByHelper as Saga,
)

/**
 * Every action handled, one at a time per key, in dispatch order: a key's next action waits for
 * its previous worker; different keys run side by side. If a worker fails, the helper fails (as
 * `takeEvery` does) and the key's queued actions are dropped; awaiters of those are rejected.
 *
 * @example
 * yield* takeEveryBy(docPatched, (action) => action.payload.docId, applyPatch)
 */
export const takeEveryBy = /* @__PURE__ */ forkingKeyed('takeEveryBy', takeEveryByHelper as Saga)
