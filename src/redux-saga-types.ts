/**
 * The type names redux-saga 1.x exports, as aliases of sagaloop's own types, so that code which
 * imports them (`SagaIterator`, `StrictEffect`, `CallEffectDescriptor`...) still compiles after
 * the import paths change. New code needs none of them: with `yield*` every result is inferred.
 */
import type {
  Action,
  ActionPattern,
  ActionSubPattern,
  End,
  FlushableChannel,
  Pattern,
  TakeableChannel,
  Task,
  UnknownAction,
} from './types.js'
import type {
  ActionChannelPayload,
  AllEffect,
  CallPayload,
  Effect,
  EffectType,
  ForkPayload,
  PutEffect,
  PutPayload,
  RaceEffect,
  SelectPayload,
  TakeEffect,
  TakePayload,
} from './effects/descriptors.js'
import type { ActionOf } from './effects/action-of.js'
import type { SELF_CANCELLATION } from './symbols.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- these aliases reproduce redux-saga's public
   types, whose `any`s are part of the contract: a plain `yield` in a `SagaIterator` gives `any`,
   exactly as in redux-saga. sagaloop's own API uses `yield*` and `unknown` instead. */

/**
 * redux-saga's annotation for a saga's iterator. A plain `yield` inside gives `any`, as there.
 *
 * @example
 * function* rootSaga(): SagaIterator {
 *   const user = yield call(fetchUser) // any, as in redux-saga; prefer yield* for a typed result
 * }
 */
export type SagaIterator<RT = any> = Generator<StrictEffect, RT, any>

/**
 * Any effect sagaloop or redux-saga builds, where an `all` or a `race` holds only effects: a saga
 * annotated `SagaIterator` cannot yield `all([1])` or `race({ a: promise })` (a missing `call`),
 * as in redux-saga. An unannotated saga can, and the runtime accepts them.
 */
export type StrictEffect<T extends EffectType = EffectType, P = any> = [
  Extract<T, 'ALL' | 'RACE'>,
] extends [never]
  ? Effect<T, P, any>
  : [Exclude<T, 'ALL' | 'RACE'>] extends [never]
    ? Effect<T, StrictEffectsOf, any>
    : Effect<Exclude<T, 'ALL' | 'RACE'>, P, any> | Effect<'ALL' | 'RACE', StrictEffectsOf, any>
/** What a strict `all` or `race` holds: effects, in an array or an object. */
type StrictEffectsOf = readonly StrictEffect[] | { readonly [key: string]: StrictEffect }
/** An effect that is not `all`/`race`. */
export type SimpleEffect<T extends EffectType, P = any> = Effect<T, P, any>
/** `all` or `race`. */
export type CombinatorEffect<T extends 'ALL' | 'RACE', P = any> = Effect<T, P, any>
export type CombinatorEffectDescriptor<E = any> = { [key: string]: E } | E[]
export type ArrayCombinatorEffectDescriptor<E = any> = E[]
export type ObjectCombinatorEffectDescriptor<E = any> = { [key: string]: E }
/** An `all` or a `race` of effects only, as a `StrictEffect` holds. */
export type StrictCombinatorEffect<T extends 'ALL' | 'RACE', _P = any> = Effect<
  T,
  StrictEffectsOf,
  any
>

/**
 * What an action's `type` may be. redux-saga's also lists `number`, which no pattern accepts at
 * run time (`take(1)` fails there as here), so it is left out.
 */
export type ActionType = string | symbol
/** A type guard from `T` to `G`. */
export type GuardPredicate<G extends T, T = any> = (arg: T) => arg is G
/** The action one pattern (not an array) matches. */
export type ActionMatchingSubPattern<P extends ActionSubPattern> = ActionOf<P>

/**
 * The action a pattern matches, as `take(pattern)` gives it: the guarded action of a type guard,
 * the action of an action creator, the union over an array.
 */
export type ActionMatchingPattern<P extends ActionPattern> = ActionOf<P>

/** redux-saga's "action" without a known shape. */
export type AnyAction = UnknownAction
/** redux-saga's name for the END action's type. */
export type EndType = End
/** A channel `take` can filter with a predicate (a multicast channel). */
export interface PredicateTakeableChannel<T> {
  take(cb: (message: T | End) => void, matcher?: (input: T) => boolean): void
}

export type TakeEffectDescriptor = TakePayload & { pattern: Pattern }
export type ChannelTakeEffect<T> = TakeEffect<T>
export interface ChannelTakeEffectDescriptor<T> {
  channel: TakeableChannel<T>
  pattern?: Pattern<T>
  maybe?: boolean
}
export type PutEffectDescriptor<A extends Action = AnyAction> = PutPayload<A>
export type ChannelPutEffect<T> = PutEffect<T | End>
export type ChannelPutEffectDescriptor<T> = PutPayload<T | End>
export type CallEffectDescriptor<_RT = any> = CallPayload
export type ForkEffectDescriptor<_RT = any> = ForkPayload
export type JoinEffectDescriptor = Task<any> | Task<any>[]
export type CancelEffectDescriptor = Task<any> | Task<any>[] | typeof SELF_CANCELLATION
export type SelectEffectDescriptor = SelectPayload
export type ActionChannelEffectDescriptor = ActionChannelPayload
export type FlushEffectDescriptor<T> = FlushableChannel<T>
export type CancelledEffectDescriptor = Record<string, never>
export type SetContextEffectDescriptor<C extends object> = C
export type GetContextEffectDescriptor = string
export type AllEffectDescriptor<T> = CombinatorEffectDescriptor<T>
export type RaceEffectDescriptor<T> = CombinatorEffectDescriptor<T>
export type { AllEffect, RaceEffect }

/** A Node-style callback, as `cps` passes it. */
export interface CpsCallback<R> {
  (error: any, result: R): void
  cancel?(): void
}

/** The list without its first element. */
export type Tail<L extends any[]> = L extends [any, ...infer T] ? T : never
/** The list without its last element. */
export type AllButLast<L extends any[]> = L extends [...infer R, any] ? R : L
type Last<L extends any[]> = L extends [...any[], infer X] ? X : never

/** The arguments a helper passes before the action: all but the last when it takes the action. */
export type HelperWorkerParameters<T, Fn extends (...args: any[]) => any> =
  Last<Parameters<Fn>> extends T ? AllButLast<Parameters<Fn>> : Parameters<Fn>

/** A redux-thunk thunk, as `putResolve` accepts it. */
export type ThunkAction<ReturnType, State, ExtraThunkArg, BasicAction extends Action> = (
  dispatch: (action: BasicAction) => unknown,
  getState: () => State,
  extraArgument: ExtraThunkArg,
) => ReturnType

/** The arguments of a `cps` function before its callback. */
export type CpsFunctionParameters<Fn extends (...args: any[]) => any> =
  Last<Parameters<Fn>> extends CpsCallback<any> ? AllButLast<Parameters<Fn>> : never
