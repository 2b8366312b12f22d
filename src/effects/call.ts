/**
 * `call`, `apply`, `cps`, `fork`, `spawn`, `detach`: the effects that run a function, and the
 * types that say what a saga gets back from one.
 */
import type { Task } from '../types.js'
import { describeValue, fail } from '../errors.js'
import { type Effect, isEffect, makeEffect, makeEffectOf } from './effect.js'
import { cpsRecord } from './call-records.js'

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

type MethodKeys<C> = { [K in keyof C]: C[K] extends AnyFunction ? K : never }[keyof C]
type Method<C, K extends keyof C> = C[K] extends AnyFunction ? C[K] : never
/** The function a `[context, fn]` or `[context, 'method']` target calls. */
type TargetFn<C, K> = K extends AnyFunction ? K : K extends keyof C ? Method<C, K> : never
/** `[context, fn]`, `[context, 'method']`, `{ context, fn }` or `{ context, fn: 'method' }`. */
type Target<C, K> = readonly [C, K] | { context: C; fn: K }

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
type KnownResult<Args extends unknown[], R> = unknown[] extends Args
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

// A function of its own rather than a closure in checkedDescriptor: a production build, which
// drops the hints, then drops it too.
/** Effect creators that `call` refuses, as redux-saga does for `call(delay, ms)`. */
export const effectCreators = new WeakSet<object>()

function callHint(effectName: string, fnDescriptor: unknown): string {
  const result = typeof fnDescriptor === 'object' && fnDescriptor !== null
  const pass = result
    ? ' Pass the function itself, not its result: call(fn, arg), not call(fn(arg)).'
    : ''
  return `${effectName}(fn, ...args) takes a function, [context, fn], [context, 'method'] or { context, fn }; got ${describeValue(fnDescriptor)}.${pass}`
}

/**
 * Reads a function descriptor. In development it is checked as redux-saga's development build
 * checks it: each mistake fails with redux-saga's message for it, then sagaloop's hint. In
 * production, as in redux-saga's, it is only read: a `fn` that is not a function fails when the
 * effect runs (`NOT_A_FUNCTION`, thrown into the saga).
 */
function callDescriptor(effectName: string, fnDescriptor: unknown, args: unknown[]): CallPayload {
  if (typeof fnDescriptor === 'function')
    return { context: null, fn: fnDescriptor as AnyFunction, args }
  const [context, fn] = Array.isArray(fnDescriptor)
    ? (fnDescriptor as [unknown, unknown])
    : [(fnDescriptor as CallPayload | null)?.context, (fnDescriptor as CallPayload | null)?.fn]
  const method: unknown =
    context && typeof fn === 'string' ? (context as Record<string, unknown>)[fn] : fn
  // Only a descriptor that does not give a function has anything to check: `process.env` is read
  // then only (reading it costs, in Node).
  if (typeof method !== 'function' && process.env.NODE_ENV !== 'production')
    return checkedDescriptor(effectName, fnDescriptor, args)
  return { context, fn: method as AnyFunction, args }
}

function checkedDescriptor(
  effectName: string,
  fnDescriptor: unknown,
  args: unknown[],
): CallPayload {
  if (fnDescriptor === undefined || fnDescriptor === null)
    fail(
      'NOT_A_FUNCTION',
      `${effectName}: argument fn is undefined or null`,
      callHint(effectName, fnDescriptor),
    )
  if (typeof fnDescriptor === 'function')
    return { context: null, fn: fnDescriptor as AnyFunction, args }
  let context: unknown = null
  let fn: unknown
  if (Array.isArray(fnDescriptor)) {
    ;[context, fn] = fnDescriptor as [unknown, unknown]
    if (fn === undefined || fn === null)
      fail(
        'NOT_A_FUNCTION',
        `${effectName}: argument of type [context, fn] has undefined or null \`fn\``,
        callHint(effectName, fnDescriptor),
      )
  } else if (typeof fnDescriptor === 'object') {
    ;({ context, fn } = fnDescriptor as { context: unknown; fn: unknown })
    if (fn === undefined || fn === null)
      fail(
        'NOT_A_FUNCTION',
        `${effectName}: argument of type {context, fn} has undefined or null \`fn\``,
        callHint(effectName, fnDescriptor),
      )
  } else {
    fail(
      'NOT_A_FUNCTION',
      `${effectName}: argument fn is not function`,
      callHint(effectName, fnDescriptor),
    )
  }
  if (context && typeof fn === 'string') {
    const method = (context as Record<string, unknown>)[fn]
    if (typeof method !== 'function') {
      fail(
        'NOT_A_FUNCTION',
        `${effectName}: context arguments has no such method - "${fn}"`,
        `The context has no method "${fn}" (got ${describeValue(method)}).`,
      )
    }
    fn = method
  } else if (typeof fn !== 'function') {
    fail(
      'NOT_A_FUNCTION',
      `${effectName}: unpacked fn argument (from [context, fn] or {context, fn}) is not a function`,
      callHint(effectName, fnDescriptor),
    )
  }
  return { context, fn: fn as AnyFunction, args }
}

// --- call, apply, cps ---------------------------------------------------------------------------

/** What `call`, `apply`, `delay`, `retry` and `callWithSignal` return; `R` is the result. */
export type CallEffect<R = unknown> = Effect<'CALL', CallPayload, R>
/** What `cps` returns; `R` is the result the callback receives. */
export type CpsEffect<R = unknown> = Effect<'CPS', CallPayload, R>

/**
 * Calls `fn(...args)`; a promise is awaited, a generator runs as a saga. With `yield*` the result
 * is typed (the awaited value, or the generator's return) and the arguments are checked. Methods:
 * `call([obj, 'method'], ...args)`, `call([obj, obj.method], ...args)`, `call({ context, fn })`.
 *
 * @example
 * const user = yield* call(fetchUser, id) // User
 * const profile = yield* call([api, 'getProfile'], id) // Profile
 */
export function call<F extends () => unknown>(fn: F): CallEffect<SagaReturnType<F>>
export function call<Args extends unknown[], R>(
  this: KnownResult<Args, R>,
  fn: (...args: Args) => R,
  ...args: Args
): CallEffect<ResultOf<R>>
export function call<F extends AnyFunction>(
  fn: F,
  ...args: Parameters<F>
): CallEffect<SagaReturnType<F>>
export function call<C, K extends MethodKeys<C> | AnyFunction>(
  target: Target<C, K>,
  ...args: Parameters<TargetFn<C, K>>
): CallEffect<SagaReturnType<TargetFn<C, K>>>
export function call(fnDescriptor: unknown, ...args: unknown[]): CallEffect {
  // Refused as redux-saga refuses it (in development): `call(delay, ms)` would resolve at once.
  if (
    typeof fnDescriptor === 'function' &&
    effectCreators.has(fnDescriptor) &&
    process.env.NODE_ENV !== 'production'
  ) {
    const ms = typeof args[0] === 'number' ? args[0] : 'ms'
    fail(
      'NOT_A_FUNCTION',
      `instead of writing \`yield call(delay, ${ms})\` where delay is an effect from \`redux-saga/effects\` you should write \`yield delay(${ms})\``,
      'call(delay, ms) would resolve at once with the delay effect itself, without waiting.',
    )
  }
  return makeEffect<CallEffect>('CALL', callDescriptor('call', fnDescriptor, args))
}

/**
 * `call` with an explicit `this`: `apply(obj, obj.method, [a, b])` or `apply(obj, 'method', [a, b])`.
 *
 * @example
 * const user = yield* apply(api, api.getUser, [id]) // User
 */
export function apply<C, Args extends unknown[], R>(
  this: KnownResult<Args, R>,
  context: C,
  fn: (...args: Args) => R,
  args: Args,
): CallEffect<ResultOf<R>>
export function apply<C, K extends MethodKeys<C>>(
  context: C,
  fn: K,
  args: Parameters<Method<C, K>>,
): CallEffect<SagaReturnType<Method<C, K>>>
export function apply<C, F extends AnyFunction>(
  context: C,
  fn: F,
  args: Parameters<F>,
): CallEffect<SagaReturnType<F>>
export function apply(context: unknown, fn: unknown, args: unknown[] = []): CallEffect {
  return makeEffect<CallEffect>('CALL', callDescriptor('apply', [context, fn], args))
}

// `never` parameters: any callback shape (`(error: Error | null, data?: string) => void`) fits.
type NodeCallback<R> = (error: never, result: R) => unknown
type CpsResult<F> = F extends (...args: infer A) => unknown
  ? A extends [...unknown[], NodeCallback<infer R>]
    ? Exclude<R, undefined>
    : unknown
  : unknown
type CpsArgs<F> = F extends (...args: infer A) => unknown
  ? A extends [...infer Rest, NodeCallback<never>]
    ? Rest
    : never
  : never

/**
 * Calls a Node-style function `fn(...args, (error, result) => ...)`; the result is the callback's.
 *
 * @example
 * const text = yield* cps(fs.readFile, 'a.txt', 'utf8') // string
 */
export function cps<F extends AnyFunction>(fn: F, ...args: CpsArgs<F>): CpsEffect<CpsResult<F>>
export function cps<C, K extends MethodKeys<C>>(
  target: readonly [C, K] | { context: C; fn: K },
  ...args: CpsArgs<Method<C, K>>
): CpsEffect<CpsResult<Method<C, K>>>
export function cps<C, F extends AnyFunction>(
  target: readonly [C, F] | { context: C; fn: F },
  ...args: CpsArgs<F>
): CpsEffect<CpsResult<F>>
export function cps(fnDescriptor: unknown, ...args: unknown[]): CpsEffect {
  return makeEffectOf<CpsEffect>(cpsRecord, callDescriptor('cps', fnDescriptor, args))
}

// --- fork, spawn, detach ----------------------------------------------------------------------

/** What `fork`, `spawn` and the helpers return; the saga gets a `Task<R>`. */
export type ForkEffect<R = unknown> = Effect<'FORK', ForkPayload, Task<R>>

/**
 * Starts `fn(...args)` as a child task attached to this one, and goes on at once. `yield*` gives
 * a `Task` of the function's result.
 *
 * @example
 * const task = yield* fork(loadUser, id) // Task<User>
 * const user = yield* join(task) // User
 */
export function fork<F extends () => unknown>(fn: F): ForkEffect<SagaReturnType<F>>
export function fork<Args extends unknown[], R>(
  this: KnownResult<Args, R>,
  fn: (...args: Args) => R,
  ...args: Args
): ForkEffect<ResultOf<R>>
export function fork<F extends AnyFunction>(
  fn: F,
  ...args: Parameters<F>
): ForkEffect<SagaReturnType<F>>
export function fork<C, K extends MethodKeys<C> | AnyFunction>(
  target: Target<C, K>,
  ...args: Parameters<TargetFn<C, K>>
): ForkEffect<SagaReturnType<TargetFn<C, K>>>
export function fork(fnDescriptor: unknown, ...args: unknown[]): ForkEffect {
  if (isEffect(fnDescriptor) && process.env.NODE_ENV !== 'production') {
    // redux-saga checks the descriptor first: an effect is an object without `fn`.
    fail(
      'NOT_A_FUNCTION',
      'fork: argument of type {context, fn} has undefined or null `fn`',
      `fork(fn): got the effect ${describeValue(fnDescriptor)}; fork a function, not an effect.`,
    )
  }
  return makeEffect<ForkEffect>('FORK', callDescriptor('fork', fnDescriptor, args))
}

/**
 * Like `fork`, but the child is detached: its errors and cancellation do not reach this task (an
 * error is reported to `onError`).
 *
 * @example
 * yield* spawn(sendAnalytics, event) // Task<void>
 */
export function spawn<F extends () => unknown>(fn: F): ForkEffect<SagaReturnType<F>>
export function spawn<Args extends unknown[], R>(
  this: KnownResult<Args, R>,
  fn: (...args: Args) => R,
  ...args: Args
): ForkEffect<ResultOf<R>>
export function spawn<F extends AnyFunction>(
  fn: F,
  ...args: Parameters<F>
): ForkEffect<SagaReturnType<F>>
export function spawn<C, K extends MethodKeys<C> | AnyFunction>(
  target: Target<C, K>,
  ...args: Parameters<TargetFn<C, K>>
): ForkEffect<SagaReturnType<TargetFn<C, K>>>
export function spawn(fnDescriptor: unknown, ...args: unknown[]): ForkEffect {
  return makeEffect<ForkEffect>('FORK', {
    ...callDescriptor('spawn', fnDescriptor, args),
    detached: true,
  })
}

/** Turns a `fork` effect into a detached one (`spawn`). */
export function detach<R>(effect: ForkEffect<R>): ForkEffect<R> {
  if (!isEffect(effect) || effect.type !== 'FORK') {
    fail(
      'INVALID_EFFECT',
      'detach(eff): argument must be a fork effect',
      `Got ${describeValue(effect)}.`,
    )
  }
  return makeEffect<ForkEffect<R>>('FORK', { ...effect.payload, detached: true })
}
