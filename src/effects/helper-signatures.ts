/**
 * The typed signatures of the helper effects. The five pattern helpers share one shape (the
 * timed ones with a delay in ms first), so a worker is checked the same way by each: it takes
 * the extra arguments, then the matched action (or message).
 */
import type { ActionPattern, TakeableChannel } from '../types.js'
import type { ActionOf } from './action-of.js'
import type { ForkEffect } from './descriptors.js'

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
 * `takeEvery`, `takeLatest` and `takeLeading`. For an action creator or a type guard the worker
 * must accept that action; for a string pattern it may declare any action whose `type` the
 * pattern can be (`(action: PayloadAction<number>) => ...`), as redux-saga allows; a worker may
 * also ignore the action and take only the extra arguments.
 */
export interface TakeHelper {
  <const P extends ActionPattern, Args extends unknown[]>(
    pattern: P,
    worker: HelperWorker<Args, ActionOf<P>>,
    ...args: Args
  ): ForkEffect<never>
  <A extends object, Args extends unknown[]>(
    pattern: TypePattern<A>,
    worker: HelperWorker<Args, A>,
    ...args: Args
  ): ForkEffect<never>
  <T, Args extends unknown[]>(
    channel: TakeableChannel<T>,
    worker: HelperWorker<Args, T>,
    ...args: Args
  ): ForkEffect<never>
  <Args extends unknown[]>(
    source: ActionPattern | TakeableChannel<unknown>,
    worker: (...args: Args) => unknown,
    ...args: NoInfer<Args>
  ): ForkEffect<never>
  // The action-pattern signature again, last: when no signature fits, TypeScript reports the
  // last one's error, so a wrong worker is told which action it must accept (rather than
  // "Source has 0 element(s)" from the catch-all above).
  <const P extends ActionPattern, Args extends unknown[]>(
    pattern: P,
    worker: HelperWorker<Args, ActionOf<P>>,
    ...args: Args
  ): ForkEffect<never>
}

/** `throttle` and `debounce`: a `TakeHelper` with a delay in ms first. */
export interface TimedHelper {
  <const P extends ActionPattern, Args extends unknown[]>(
    ms: number,
    pattern: P,
    worker: HelperWorker<Args, ActionOf<P>>,
    ...args: Args
  ): ForkEffect<never>
  <A extends object, Args extends unknown[]>(
    ms: number,
    pattern: TypePattern<A>,
    worker: HelperWorker<Args, A>,
    ...args: Args
  ): ForkEffect<never>
  <T, Args extends unknown[]>(
    ms: number,
    channel: TakeableChannel<T>,
    worker: HelperWorker<Args, T>,
    ...args: Args
  ): ForkEffect<never>
  <Args extends unknown[]>(
    ms: number,
    source: ActionPattern | TakeableChannel<unknown>,
    worker: (...args: Args) => unknown,
    ...args: NoInfer<Args>
  ): ForkEffect<never>
  // The action-pattern signature again, last: when no signature fits, TypeScript reports the
  // last one's error, so a wrong worker is told which action it must accept (rather than
  // "Source has 0 element(s)" from the catch-all above).
  <const P extends ActionPattern, Args extends unknown[]>(
    ms: number,
    pattern: P,
    worker: HelperWorker<Args, ActionOf<P>>,
    ...args: Args
  ): ForkEffect<never>
}
