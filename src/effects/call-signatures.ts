/**
 * The types of `call`, `apply`, `cps`, `fork` and `spawn` (creators in call.ts): what a saga gets
 * back from a function, the payloads and effects, and the helper types the typed overloads use.
 * Only the exported names that call.ts re-exports are public; `KnownResult`, `Target` and the
 * other overload helpers are internal (the public `.d.ts` inlines them).
 */
import type { Task } from '../types.js'
import type { Effect } from './effect.js'

// --- functions and their results ---------------------------------------------------------------

/** Any function; `never[]` parameters accept every function without `any`. */
export type AnyFunction = (...args: never[]) => unknown

/** What a saga gets back from `call(fn)`: a generator's return, a promise's value, or the value. */
export type SagaReturnType<F extends AnyFunction> =
  ReturnType<F> extends Iterator<unknown, infer R>
    ? R
    : ReturnType<F> extends PromiseLike<infer V>
      ? Awaited<V>
      : ReturnType<F>

/** What a saga gets back for a function's return value `R` (the same rule as `SagaReturnType`). */
export type ResultOf<R> =
  R extends Iterator<unknown, infer V> ? V : R extends PromiseLike<infer V> ? Awaited<V> : R

/** The payload of `call`, `cps`, `fork` and `spawn`. */
export interface CallPayload<F = AnyFunction> {
  context: unknown
  fn: F
  args: unknown[]
}

export interface ForkPayload<F = AnyFunction> extends CallPayload<F> {
  detached?: true
}

export type MethodKeys<C> = { [K in keyof C]: C[K] extends AnyFunction ? K : never }[keyof C]
export type Method<C, K extends keyof C> = C[K] extends AnyFunction ? C[K] : never
/** The function a `[context, fn]` or `[context, 'method']` target calls. */
export type TargetFn<C, K> = K extends AnyFunction ? K : K extends keyof C ? Method<C, K> : never
/** `[context, fn]`, `[context, 'method']`, `{ context, fn }` or `{ context, fn: 'method' }`. */
export type Target<C, K> = readonly [C, K] | { context: C; fn: K }

/**
 * The `this` of the first `(fn, ...args)` overload: `unknown` (every call fits), or `never` (no
 * call fits) when the call is inside a generic function whose type parameter gives the argument
 * types, as `...args: Parameters<F>` in `function* safeCall<F extends (...a: any[]) => any>(fn: F,
 * ...args: Parameters<F>)`, and the result it would give is not known (`any` or `unknown`, read
 * from F's constraint, also for `Promise<any>`).
 *
 * Why: the first overload infers `R` by instantiating `fn` with the arguments, which is the only
 * way TypeScript types `call(identity, 5)` as `number`; but for a type parameter `F` it reads `R`
 * from F's constraint. Refused there, the call falls through to the `fn: F` overload, whose result
 * stays `SagaReturnType<F>`, so the wrapper's own result is inferred from F.
 *
 * How: `unknown[] extends Args` is false for the tuple of a call written with its arguments, and
 * undecided for a type parameter (a `this` must then fit both branches); `any[]` arguments (`...args:
 * any[]`) pass, as the `fn: F` overload could not take them. With no arguments `Args` is `[]` even
 * in a wrapper, so `(fn: F)` with `F extends () => unknown` comes first and types `call(fn)`.
 * Changing this: run test/types/generic-calls.test-d.ts, every case there is a different path.
 */
export type KnownResult<Args extends unknown[], R> = unknown[] extends Args
  ? 0 extends 1 & Args[number]
    ? unknown
    : unknown extends ResultOf<R>
      ? never
      : unknown
  : unknown

/** `[context, fn]`, `[context, 'methodName']`, `{ context, fn }`: the forms redux-saga accepts. */
export type FnDescriptor =
  | AnyFunction
  | readonly [unknown, AnyFunction | string]
  | { context: unknown; fn: AnyFunction | string }

// --- the effects -----------------------------------------------------------------------------

/** What `call`, `apply`, `delay`, `retry` and `callWithSignal` return; `R` is the result. */
export type CallEffect<R = unknown> = Effect<'CALL', CallPayload, R>
/** What `cps` returns; `R` is the result the callback receives. */
export type CpsEffect<R = unknown> = Effect<'CPS', CallPayload, R>

/** What `fork`, `spawn` and the helpers return; the saga gets a `Task<R>`. */
export type ForkEffect<R = unknown> = Effect<'FORK', ForkPayload, Task<R>>

// --- cps: a Node-style callback ---------------------------------------------------------------

/**
 * The callback `cps` passes to a function written inline (`cps((cb) => ...)`): it takes an error
 * and a result, and may be given a `cancel` to run if the saga stops waiting.
 */
export interface CpsCallbackParam {
  (error: unknown, result: unknown): void
  cancel?: () => void
}

// `never` parameters: any callback shape (`(error: Error | null, data?: string) => void`) fits.
type NodeCallback<R> = (error: never, result: R) => unknown
export type CpsResult<F> = F extends (...args: infer A) => unknown
  ? A extends [...unknown[], NodeCallback<infer R>]
    ? Exclude<R, undefined>
    : unknown
  : unknown
export type CpsArgs<F> = F extends (...args: infer A) => unknown
  ? A extends [...infer Rest, NodeCallback<never>]
    ? Rest
    : never
  : never
