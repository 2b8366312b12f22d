/**
 * `call`, `apply`, `cps`, `fork`, `spawn`, `detach`: the effects that run a function. Their types
 * and the helper types of the overloads are in call-signatures.ts; reading and checking the
 * function descriptor is in call-descriptor.ts.
 */
import { describeValue, fail } from '../errors.js'
import { isEffect, makeEffect, makeEffectOf } from './effect.js'
import { cpsRecord } from './call-records.js'
import { callDescriptor } from './call-descriptor.js'
import type {
  AnyFunction,
  CallEffect,
  CpsArgs,
  CpsCallbackParam,
  CpsEffect,
  CpsResult,
  ForkEffect,
  KnownResult,
  Method,
  MethodKeys,
  ResultOf,
  SagaReturnType,
  Target,
  TargetFn,
} from './call-signatures.js'

export type {
  AnyFunction,
  CallEffect,
  CallPayload,
  CpsEffect,
  FnDescriptor,
  ForkEffect,
  ForkPayload,
  ResultOf,
  SagaReturnType,
} from './call-signatures.js'

// --- call, apply, cps ---------------------------------------------------------------------------

/**
 * The effect creator that `call` refuses, as redux-saga refuses `call(delay, ms)`: `delay`, filed
 * by its module when an app bundles it (see `refuseInCall`). One function rather than a set:
 * `call` compares with it on every effect, which costs next to nothing, and a production bundle,
 * which checks nothing, drops the comparison whole (it tests local values only).
 */
let refused: unknown

/** Files the effect creator that `call` refuses (`delay`); returns it. */
export function refuseInCall<F>(creator: F): F {
  refused = creator
  return creator
}

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
    fnDescriptor === refused &&
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

/**
 * Calls a Node-style function `fn(...args, (error, result) => ...)`; the result is the callback's.
 *
 * @example
 * const text = yield* cps(fs.readFile, 'a.txt', 'utf8') // string
 * yield* cps((cb) => setImmediate(() => cb(null, 1))) // an inline callback is typed
 */
export function cps<F extends (callback: CpsCallbackParam) => unknown>(
  fn: F,
): CpsEffect<CpsResult<F>>
// The signature above types the callback of a function written inline that takes only the
// callback, which the `AnyFunction` constraint here would type as `never`.
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
  // A test of local values first, which a production bundle drops whole; then `process.env`
  // (only for a descriptor that is not a function: reading it costs, in Node).
  if (
    typeof fnDescriptor === 'object' &&
    fnDescriptor !== null &&
    process.env.NODE_ENV !== 'production' &&
    isEffect(fnDescriptor)
  ) {
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
