/**
 * Effect descriptors: the plain data a saga yields. Creating one performs nothing; the
 * interpreter reads it and does the work. Own enumerable fields are exactly redux-saga's
 * (`'@@redux-saga/IO', combinator, type, payload`), so `toEqual` and snapshots match.
 */
import { IO, SELF_CANCELLATION } from '../symbols.js'
import type {
  Action,
  ActionPattern,
  Buffer,
  Channel,
  End,
  FlushableChannel,
  MulticastChannel,
  Pattern,
  PuttableChannel,
  TakeableChannel,
  Task,
} from '../types.js'
import type { ActionOf } from './action-of.js'
import { describeValue, fail } from '../runtime/errors.js'

/** The effect types, as redux-saga names them. */
export type EffectType =
  | 'TAKE'
  | 'PUT'
  | 'ALL'
  | 'RACE'
  | 'CALL'
  | 'CPS'
  | 'FORK'
  | 'JOIN'
  | 'CANCEL'
  | 'SELECT'
  | 'ACTION_CHANNEL'
  | 'CANCELLED'
  | 'FLUSH'
  | 'GET_CONTEXT'
  | 'SET_CONTEXT'
  | 'ABORT_SIGNAL'

/**
 * An effect descriptor. `R` is what the saga gets back; it is what `yield*` returns.
 *
 * @example
 * const user = yield* call(fetchUser, id) // typed as the awaited result of fetchUser
 */
export interface Effect<T extends EffectType = EffectType, P = unknown, R = unknown> {
  readonly [IO]: true
  readonly combinator: boolean
  readonly type: T
  readonly payload: P
  [Symbol.iterator](): Iterator<Effect<T, P, R>, R, unknown>
}

/**
 * A saga written with `yield*`: it yields effects and returns `R`. The same name and shape as
 * typed-redux-saga's, so annotated sagas migrate by changing the import.
 *
 * @example
 * function* loadUser(id: string): SagaGenerator<User, CallEffect<User>> {
 *   return yield* call(fetchUser, id)
 * }
 */
export type SagaGenerator<R, E extends Effect = Effect> = Generator<E, R, unknown>

/** What a saga receives back for a yielded value. */
export type EffectResult<E> =
  E extends Effect<EffectType, unknown, infer R>
    ? R
    : E extends PromiseLike<infer V>
      ? V
      : E extends Iterator<unknown, infer R>
        ? R
        : E

// --- the descriptor object -------------------------------------------------------------------

/**
 * `yield*` over a descriptor yields the descriptor once, then returns what the saga was resumed
 * with. This is how `yield*` gets typed results with no wrapper generator and no build step.
 */
class EffectIterator<E, R> implements Iterator<E, R, unknown> {
  private yielded = false
  constructor(private readonly effect: E) {}
  next(value?: unknown): IteratorResult<E, R> {
    if (this.yielded) return { value: value as R, done: true }
    this.yielded = true
    return { value: this.effect, done: false }
  }
  // Errors and cancellation thrown into a delegating saga pass straight through to it.
  throw(error: unknown): IteratorResult<E, R> {
    throw error
  }
  return(value?: unknown): IteratorResult<E, R> {
    return { value: value as R, done: true }
  }
}

class Descriptor {
  readonly [IO] = true as const
  combinator: boolean
  constructor(
    readonly type: EffectType,
    readonly payload: unknown,
    combinator = false,
  ) {
    this.combinator = combinator
  }
}
// Snapshots print `val.constructor.name`, and strict equality compares constructors: with
// `Object` here a descriptor prints and compares exactly like redux-saga's object literal.
Object.defineProperty(Descriptor.prototype, 'constructor', { value: Object, enumerable: false })
Object.defineProperty(Descriptor.prototype, Symbol.iterator, {
  value: function iterator(this: Descriptor) {
    return new EffectIterator(this)
  },
  enumerable: false,
  writable: true,
})

function makeEffect<E extends Effect>(
  type: E['type'],
  payload: E['payload'],
  combinator = false,
): E {
  return new Descriptor(type, payload, combinator) as unknown as E
}

/** True for any effect descriptor, sagaloop's or redux-saga's. */
export function isEffect(value: unknown): value is Effect {
  return typeof value === 'object' && value !== null && (value as { [IO]?: unknown })[IO] === true
}

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

/** `[context, fn]`, `[context, 'methodName']`, `{ context, fn }`: the forms redux-saga accepts. */
export type FnDescriptor =
  | AnyFunction
  | readonly [unknown, AnyFunction | string]
  | { context: unknown; fn: AnyFunction | string }

function callDescriptor(effectName: string, fnDescriptor: unknown, args: unknown[]): CallPayload {
  let context: unknown = null
  let fn: unknown = fnDescriptor
  if (typeof fnDescriptor !== 'function') {
    if (Array.isArray(fnDescriptor)) {
      ;[context, fn] = fnDescriptor as [unknown, unknown]
    } else if (typeof fnDescriptor === 'object' && fnDescriptor !== null) {
      ;({ context, fn } = fnDescriptor as { context: unknown; fn: unknown })
    }
    if (context && typeof fn === 'string') {
      const method = (context as Record<string, unknown>)[fn]
      if (typeof method !== 'function') {
        fail(
          'NOT_A_FUNCTION',
          `${effectName}: the context has no method "${fn}" (got ${describeValue(method)}).`,
        )
      }
      fn = method
    }
  }
  if (typeof fn !== 'function') {
    fail(
      'NOT_A_FUNCTION',
      `${effectName}(fn, ...args): fn must be a function, [context, fn], [context, 'method'] or { context, fn }; got ${describeValue(fnDescriptor)}.`,
    )
  }
  return { context, fn: fn as AnyFunction, args }
}

// --- take ---------------------------------------------------------------------------------

/** The payload of a `take`/`takeMaybe` descriptor: a pattern, a channel, or both. */
export interface TakePayload {
  pattern?: Pattern
  channel?: TakeableChannel<unknown>
  maybe?: true
}
/** What `take` and `takeMaybe` return; `R` is what the saga gets back. */
export type TakeEffect<R = unknown> = Effect<'TAKE', TakePayload, R>

function isPattern(value: unknown): boolean {
  if (typeof value === 'string') return value !== ''
  if (typeof value === 'symbol' || typeof value === 'function') return true
  return Array.isArray(value) && value.every(isPattern)
}

function isChannel(value: unknown): value is TakeableChannel<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { take?: unknown }).take === 'function' &&
    typeof (value as { close?: unknown }).close === 'function'
  )
}

function isMulticast(value: unknown): value is MulticastChannel<unknown> {
  return (
    isChannel(value) &&
    (value as { '@@redux-saga/MULTICAST'?: unknown })['@@redux-saga/MULTICAST'] === true
  )
}

function takePayload(name: string, args: unknown[]): TakePayload {
  const [patternOrChannel = '*', multicastPattern] = args
  if (args.length > 0 && (args[0] === undefined || args[0] === null)) {
    fail(
      'INVALID_PATTERN',
      `${name}(pattern): the pattern is ${String(args[0])}. Pass '*', an action type, a predicate, an action creator, an array of them, or a channel.`,
    )
  }
  if (isPattern(patternOrChannel)) return { pattern: patternOrChannel as Pattern }
  if (
    isMulticast(patternOrChannel) &&
    multicastPattern !== undefined &&
    isPattern(multicastPattern)
  ) {
    return { channel: patternOrChannel, pattern: multicastPattern as Pattern }
  }
  if (isChannel(patternOrChannel)) return { channel: patternOrChannel }
  return fail(
    'INVALID_PATTERN',
    `${name}(pattern): ${describeValue(patternOrChannel)} is neither a pattern nor a channel. A pattern is '*', an action type, a predicate, an action creator, or an array of them.`,
  )
}

/**
 * Waits for an action matching `pattern` (default `'*'`), or a message on `channel`. With
 * `yield*` the result is typed from the pattern: a string gives an action of that `type`, an
 * action creator (Redux Toolkit's `createAction`, a slice's actions) its action, a type guard
 * (`isAnyOf(...)`, `creator.match`) the guarded action, an array the union. An explicit action
 * type (`take<MyAction>('A')`, as in redux-saga code) is accepted too.
 *
 * @example
 * const { payload } = yield* take(todoAdded) // PayloadAction<Todo, 'todos/added'>
 * const message = yield* take(socketChannel) // the channel's message type
 */
export function take<const P extends ActionPattern = '*'>(pattern?: P): TakeEffect<ActionOf<P>>
export function take<A extends Action>(pattern?: ActionPattern): TakeEffect<A>
export function take<T>(channel: TakeableChannel<T>): TakeEffect<T>
export function take<T, P extends Pattern<T>>(
  channel: MulticastChannel<T>,
  pattern: P,
): TakeEffect<T>
export function take(...args: unknown[]): TakeEffect {
  return makeEffect<TakeEffect>('TAKE', takePayload('take', args))
}

/**
 * Like `take`, but `END` is delivered to the saga instead of ending it: the result adds `End`.
 *
 * @example
 * const action = yield* takeMaybe(todoAdded)
 * if (isEnd(action)) return
 */
export function takeMaybe<const P extends ActionPattern = '*'>(
  pattern?: P,
): TakeEffect<ActionOf<P> | End>
export function takeMaybe<A extends Action>(pattern?: ActionPattern): TakeEffect<A | End>
export function takeMaybe<T>(channel: TakeableChannel<T>): TakeEffect<T | End>
export function takeMaybe<T, P extends Pattern<T>>(
  channel: MulticastChannel<T>,
  pattern: P,
): TakeEffect<T | End>
export function takeMaybe(...args: unknown[]): TakeEffect {
  const payload = takePayload('takeMaybe', args)
  payload.maybe = true
  return makeEffect<TakeEffect>('TAKE', payload)
}

// --- put ----------------------------------------------------------------------------------

/** The payload of a `put`/`putResolve` descriptor. */
export interface PutPayload<A = unknown> {
  channel: PuttableChannel<A> | undefined
  action: A
  resolve?: true
}
/** What `put` and `putResolve` return; `R` is what the saga gets back. */
export type PutEffect<A = unknown, R = A> = Effect<'PUT', PutPayload<A>, R>

function putPayload(name: string, args: unknown[]): PutPayload {
  if (args.length > 1) {
    const [channel, action] = args
    if (!channel || typeof (channel as { put?: unknown }).put !== 'function') {
      fail(
        'INVALID_CHANNEL',
        `${name}(channel, action): ${describeValue(channel)} is not a channel.`,
      )
    }
    if (action === undefined || action === null) {
      fail('INVALID_ACTION', `${name}(channel, action): the action is ${String(action)}.`)
    }
    return { channel: channel as PuttableChannel<unknown>, action }
  }
  const action = args[0]
  if (action === undefined || action === null) {
    fail(
      'INVALID_ACTION',
      `${name}(action): the action is ${String(action)}. Check that the action creator returns an action.`,
    )
  }
  return { channel: undefined, action }
}

/**
 * Dispatches `action` to the store (or puts it into `channel`), after the current step. With
 * `yield*` it gives back what `dispatch` returned (the action, for a plain action).
 *
 * @example
 * yield* put(todoAdded(todo))
 * yield* put(requests, { id: 1 }) // into a channel
 */
export function put<A>(action: A): PutEffect<A>
export function put<T>(channel: PuttableChannel<T>, message: T | End): PutEffect<T | End>
export function put(...args: unknown[]): PutEffect {
  return makeEffect<PutEffect>('PUT', putPayload('put', args))
}

/** What `dispatch(action)` gives back once settled: a thunk's awaited result, else the action. */
export type Dispatched<A> = A extends AnyFunction ? Awaited<ReturnType<A>> : A

/**
 * Like `put`, but waits for a promise that `dispatch` returns (a thunk's, say) and gives its
 * value: for a `createAsyncThunk` thunk, its fulfilled or rejected action.
 *
 * @example
 * const result = yield* putResolve(fetchTodos()) // the fulfilled or rejected action
 * if (fetchTodos.fulfilled.match(result)) console.log(result.payload)
 */
export function putResolve<A>(action: A): PutEffect<A, Dispatched<A>>
export function putResolve<T>(
  channel: PuttableChannel<T>,
  message: T | End,
): PutEffect<T | End, unknown>
export function putResolve(...args: unknown[]): PutEffect {
  const payload = putPayload('putResolve', args)
  payload.resolve = true
  return makeEffect<PutEffect>('PUT', payload)
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
export function call<Args extends unknown[], R>(
  fn: (...args: Args) => R,
  ...args: Args
): CallEffect<ResultOf<R>>
export function call<C, K extends MethodKeys<C>>(
  target: readonly [C, K],
  ...args: Parameters<Method<C, K>>
): CallEffect<SagaReturnType<Method<C, K>>>
export function call<C, F extends AnyFunction>(
  target: readonly [C, F] | { context: C; fn: F },
  ...args: Parameters<F>
): CallEffect<SagaReturnType<F>>
export function call(fnDescriptor: unknown, ...args: unknown[]): CallEffect {
  return makeEffect<CallEffect>('CALL', callDescriptor('call', fnDescriptor, args))
}

/**
 * `call` with an explicit `this`: `apply(obj, obj.method, [a, b])` or `apply(obj, 'method', [a, b])`.
 *
 * @example
 * const user = yield* apply(api, api.getUser, [id]) // User
 */
export function apply<C, K extends MethodKeys<C>>(
  context: C,
  fn: K,
  args?: Parameters<Method<C, K>>,
): CallEffect<SagaReturnType<Method<C, K>>>
export function apply<C, F extends AnyFunction>(
  context: C,
  fn: F,
  args?: Parameters<F>,
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
export function cps<C, F extends AnyFunction>(
  target: readonly [C, F] | { context: C; fn: F },
  ...args: CpsArgs<F>
): CpsEffect<CpsResult<F>>
export function cps(fnDescriptor: unknown, ...args: unknown[]): CpsEffect {
  return makeEffect<CpsEffect>('CPS', callDescriptor('cps', fnDescriptor, args))
}

// --- fork, spawn, join, cancel ---------------------------------------------------------------

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
export function fork<Args extends unknown[], R>(
  fn: (...args: Args) => R,
  ...args: Args
): ForkEffect<ResultOf<R>>
export function fork<C, K extends MethodKeys<C>>(
  target: readonly [C, K],
  ...args: Parameters<Method<C, K>>
): ForkEffect<SagaReturnType<Method<C, K>>>
export function fork<C, F extends AnyFunction>(
  target: readonly [C, F] | { context: C; fn: F },
  ...args: Parameters<F>
): ForkEffect<SagaReturnType<F>>
export function fork(fnDescriptor: unknown, ...args: unknown[]): ForkEffect {
  if (isEffect(fnDescriptor)) {
    fail(
      'NOT_A_FUNCTION',
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
export function spawn<Args extends unknown[], R>(
  fn: (...args: Args) => R,
  ...args: Args
): ForkEffect<ResultOf<R>>
export function spawn<C, K extends MethodKeys<C>>(
  target: readonly [C, K],
  ...args: Parameters<Method<C, K>>
): ForkEffect<SagaReturnType<Method<C, K>>>
export function spawn<C, F extends AnyFunction>(
  target: readonly [C, F] | { context: C; fn: F },
  ...args: Parameters<F>
): ForkEffect<SagaReturnType<F>>
export function spawn(fnDescriptor: unknown, ...args: unknown[]): ForkEffect {
  return makeEffect<ForkEffect>('FORK', {
    ...callDescriptor('spawn', fnDescriptor, args),
    detached: true,
  })
}

/** Turns a `fork` effect into a detached one (`spawn`). */
export function detach<R>(effect: ForkEffect<R>): ForkEffect<R> {
  if (!isEffect(effect) || effect.type !== 'FORK') {
    fail('INVALID_EFFECT', `detach(effect): ${describeValue(effect)} is not a fork effect.`)
  }
  return makeEffect<ForkEffect<R>>('FORK', { ...effect.payload, detached: true })
}

function isTask(value: unknown): value is Task {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { '@@redux-saga/TASK'?: unknown })['@@redux-saga/TASK'] === true
  )
}

function checkTasks(name: string, tasks: unknown): void {
  const list = Array.isArray(tasks) ? tasks : [tasks]
  for (const task of list) {
    if (!isTask(task)) {
      fail(
        'INVALID_TASK',
        `${name}: ${describeValue(task)} is not a task. Pass what \`yield fork(...)\` returned (in unit tests, createMockTask() from 'sagaloop/testing').`,
      )
    }
  }
}

type TaskResults<T extends readonly Task<unknown>[]> = {
  -readonly [K in keyof T]: T[K] extends Task<infer R> ? R : never
}

/** What `join` returns; `R` is the joined task's result (a tuple for an array of tasks). */
export type JoinEffect<R = unknown> = Effect<'JOIN', Task | readonly Task[], R>

/**
 * Waits for a task (or all of an array of tasks) to end, and gets its result.
 *
 * @example
 * const [user, posts] = yield* join([userTask, postsTask]) // [User, Post[]]
 */
export function join<T>(task: Task<T>): JoinEffect<T>
export function join<const T extends readonly Task<unknown>[]>(tasks: T): JoinEffect<TaskResults<T>>
export function join(...args: unknown[]): JoinEffect {
  if (args.length > 1)
    fail('INVALID_TASK', 'join(...tasks) is not supported; use join([...tasks]).')
  checkTasks('join', args[0])
  return makeEffect<JoinEffect>('JOIN', args[0] as Task)
}

/** What `cancel` returns. */
export type CancelEffect = Effect<'CANCEL', Task | readonly Task[] | typeof SELF_CANCELLATION, void>

/** Cancels a task, an array of tasks, or (with no argument) the current task. */
export function cancel(task?: Task<unknown> | readonly Task<unknown>[]): CancelEffect
export function cancel(...args: unknown[]): CancelEffect {
  if (args.length > 1)
    fail('INVALID_TASK', 'cancel(...tasks) is not supported; use cancel([...tasks]).')
  const target = args.length === 0 || args[0] === undefined ? SELF_CANCELLATION : args[0]
  if (target !== SELF_CANCELLATION) checkTasks('cancel', target)
  return makeEffect<CancelEffect>('CANCEL', target as CancelEffect['payload'])
}

/** What `cancelled` returns; the saga gets a boolean. */
export type CancelledEffect = Effect<'CANCELLED', Record<string, never>, boolean>

/**
 * Tells whether the current task was cancelled (true in its `finally` blocks after a cancel).
 *
 * @example
 * finally { if (yield* cancelled()) yield* put(loadCancelled()) }
 */
export function cancelled(): CancelledEffect {
  return makeEffect<CancelledEffect>('CANCELLED', {})
}

// --- select ---------------------------------------------------------------------------------

/** The payload of a `select` descriptor: the selector and its extra arguments. */
export interface SelectPayload {
  selector: (state: never, ...args: never[]) => unknown
  args: unknown[]
}
/** What `select` returns; `R` is the selector's result. */
export type SelectEffect<R = unknown> = Effect<'SELECT', SelectPayload, R>

type Tail<A extends unknown[]> = A extends [unknown, ...infer Rest] ? Rest : []

const identity = <T>(value: T): T => value

/**
 * Reads the store's state through `selector(state, ...args)`; with no selector, the whole state.
 * The extra arguments are checked against the selector's. For a selector that receives the app's
 * `RootState` without annotations, use `withTypes` from `sagaloop/toolkit`.
 *
 * @example
 * const user = yield* select(selectUserById, id) // User | undefined
 */
export function select(): SelectEffect<unknown>
export function select<F extends (state: never, ...args: never[]) => unknown>(
  selector: F,
  ...args: Tail<Parameters<F>>
): SelectEffect<ReturnType<F>>
export function select(...args: unknown[]): SelectEffect {
  const [selector = identity, ...rest] = args
  if (args.length > 0 && typeof selector !== 'function') {
    fail(
      'NOT_A_FUNCTION',
      `select(selector, ...args): the selector must be a function; got ${describeValue(args[0])}.`,
    )
  }
  return makeEffect<SelectEffect>('SELECT', {
    selector: selector as SelectPayload['selector'],
    args: rest,
  })
}

// --- race, all ------------------------------------------------------------------------------

type Results<T> = { -readonly [K in keyof T]: EffectResult<T[K]> }
type RaceResults<T> = { -readonly [K in keyof T]: EffectResult<T[K]> | undefined }
/** A race over an object gives only the winner's key: the others are absent, so optional. */
type RaceRecordResults<T> = { -readonly [K in keyof T]?: EffectResult<T[K]> }

/** What `all` returns; `R` is the tuple or object of results. */
export type AllEffect<R = unknown> = Effect<'ALL', readonly unknown[] | Record<string, unknown>, R>
/** What `race` returns; `R` has the winner's result, `undefined` for the others. */
export type RaceEffect<R = unknown> = Effect<
  'RACE',
  readonly unknown[] | Record<string, unknown>,
  R
>

function checkCombinator(name: string, effects: unknown): void {
  if (typeof effects !== 'object' || effects === null) {
    fail(
      'INVALID_EFFECT',
      `${name}(effects): expected an array or an object of effects; got ${describeValue(effects)}.`,
    )
  }
}

/**
 * Runs effects in parallel and waits for all; the first error cancels the rest. A tuple gives a
 * tuple of results, an object an object of results.
 *
 * @example
 * const [user, posts] = yield* all([call(fetchUser, id), call(fetchPosts, id)]) // [User, Post[]]
 */
export function all<const T extends readonly unknown[]>(effects: T): AllEffect<Results<T>>
export function all<T extends Record<string, unknown>>(effects: T): AllEffect<Results<T>>
export function all(effects: readonly unknown[] | Record<string, unknown>): AllEffect {
  checkCombinator('all', effects)
  return makeEffect<AllEffect>('ALL', effects, true)
}

/**
 * Runs effects in parallel; the first to finish wins and the others are cancelled. Each result is
 * `undefined` but the winner's.
 *
 * @example
 * const { user, timeout } = yield* race({ user: call(fetchUser, id), timeout: delay(5000) })
 * // user: User | undefined, timeout: true | undefined
 */
export function race<const T extends readonly unknown[]>(effects: T): RaceEffect<RaceResults<T>>
export function race<T extends Record<string, unknown>>(
  effects: T,
): RaceEffect<RaceRecordResults<T>>
export function race(effects: readonly unknown[] | Record<string, unknown>): RaceEffect {
  checkCombinator('race', effects)
  return makeEffect<RaceEffect>('RACE', effects, true)
}

// --- channels and context ---------------------------------------------------------------------

/** The payload of an `actionChannel` descriptor. */
export interface ActionChannelPayload {
  pattern: Pattern
  buffer: Buffer<unknown> | undefined
}
/** What `actionChannel` returns; the saga gets the channel. */
export type ActionChannelEffect<R = unknown> = Effect<'ACTION_CHANNEL', ActionChannelPayload, R>

/**
 * A channel that queues the store actions matching `pattern`, so none is lost while busy. Its
 * messages are typed like `take(pattern)`'s result (or by an explicit action type).
 *
 * @example
 * const requests = yield* actionChannel(fetchRequested, buffers.sliding(5))
 * const { payload } = yield* take(requests)
 */
export function actionChannel<const P extends ActionPattern>(
  pattern: P,
  buffer?: Buffer<ActionOf<P>>,
): ActionChannelEffect<Channel<ActionOf<P>>>
export function actionChannel<A extends Action>(
  pattern: ActionPattern,
  buffer?: Buffer<A>,
): ActionChannelEffect<Channel<A>>
export function actionChannel(
  pattern: ActionPattern,
  buffer?: Buffer<unknown>,
): ActionChannelEffect<Channel<unknown>> {
  if (!isPattern(pattern)) {
    fail(
      'INVALID_PATTERN',
      `actionChannel(pattern): ${describeValue(pattern)} is not a valid pattern.`,
    )
  }
  if (
    buffer !== undefined &&
    (typeof buffer !== 'object' || buffer === null || typeof buffer.put !== 'function')
  ) {
    fail(
      'INVALID_BUFFER',
      `actionChannel(pattern, buffer): ${describeValue(buffer)} is not a buffer.`,
    )
  }
  return makeEffect<ActionChannelEffect<Channel<unknown>>>('ACTION_CHANNEL', {
    pattern: pattern as Pattern,
    buffer,
  })
}

/** What `flush` returns; the saga gets the buffered messages (or `END`). */
export type FlushEffect<R = unknown> = Effect<'FLUSH', FlushableChannel<unknown>, R>

/**
 * Takes every message buffered in `channel` at once (or `END` if it is closed and empty).
 *
 * @example
 * const pending = yield* flush(requests) // Request[] | End
 */
export function flush<T>(channel: FlushableChannel<T>): FlushEffect<T[] | End> {
  if (!isChannel(channel))
    fail('INVALID_CHANNEL', `flush(channel): ${describeValue(channel)} is not a channel.`)
  return makeEffect<FlushEffect<T[] | End>>('FLUSH', channel as FlushableChannel<unknown>)
}

/** What `getContext` returns; `R` is the value read. */
export type GetContextEffect<R = unknown> = Effect<'GET_CONTEXT', string, R>
/** What `setContext` returns. */
export type SetContextEffect = Effect<'SET_CONTEXT', Record<string, unknown>, void>

/**
 * Reads a property of the task's context (inherited from its parents). The type is the caller's
 * word (`getContext<Api>('api')`), as nothing checks it at runtime; `unknown` otherwise.
 *
 * @example
 * const api = yield* getContext<Api>('api')
 */
export function getContext<T = unknown>(prop: string): GetContextEffect<T> {
  if (typeof prop !== 'string')
    fail(
      'INVALID_CONTEXT',
      `getContext(prop): the property name must be a string; got ${describeValue(prop)}.`,
    )
  return makeEffect<GetContextEffect<T>>('GET_CONTEXT', prop)
}

/** Adds properties to the task's context; children forked later see them. */
export function setContext(props: Record<string, unknown>): SetContextEffect {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    fail(
      'INVALID_CONTEXT',
      `setContext(props): props must be a plain object; got ${describeValue(props)}.`,
    )
  }
  return makeEffect<SetContextEffect>('SET_CONTEXT', props)
}

// --- abortSignal (a sagaloop addition) ----------------------------------------------------------

/** What `abortSignal` returns; the saga gets the task's `AbortSignal`. */
export type AbortSignalEffect = Effect<'ABORT_SIGNAL', Record<string, never>, AbortSignal>

/**
 * The `AbortSignal` of the current task: it aborts when the task is cancelled (by `cancel`, a
 * lost `race`, `takeLatest` starting a newer worker, a failing parent) or fails. Pass it to
 * `fetch` so that a cancelled saga really stops its request. Not in redux-saga.
 *
 * @example
 * function* fetchUser(id: string) {
 *   const signal = yield* abortSignal()
 *   return yield* call(fetchJson, `/users/${id}`, { signal })
 * }
 */
export function abortSignal(): AbortSignalEffect {
  return makeEffect<AbortSignalEffect>('ABORT_SIGNAL', {})
}

// --- delay ---------------------------------------------------------------------------------

/** setTimeout's limit: a larger delay would fire at once. */
const MAX_DELAY = 0x7fffffff

/**
 * The function behind `delay`: resolves with `value` after `ms`, and clears its timer when the
 * task is cancelled. Exported so tests and providers can recognise `call(delayP, ms)`.
 */
export function delayP<T = true>(ms: number, value: T = true as T): Promise<T> {
  if (ms > MAX_DELAY)
    fail(
      'INVALID_OPTION',
      `delay(ms): at most ${MAX_DELAY} ms (about 24.8 days) is supported; got ${ms}.`,
    )
  let timer: ReturnType<typeof setTimeout> | undefined
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(resolve, ms, value)
  }) as Promise<T> & { '@@redux-saga/CANCEL_PROMISE'?: () => void }
  promise['@@redux-saga/CANCEL_PROMISE'] = () => clearTimeout(timer)
  return promise
}

/**
 * Waits `ms` milliseconds, then gives `value` (default `true`). The same as `call(delayP, ms, value)`.
 *
 * @example
 * const { timeout } = yield* race({ data: call(load), timeout: delay(1000) }) // true | undefined
 */
export function delay<T = true>(ms: number, value?: T): CallEffect<T> {
  const args: unknown[] = value === undefined ? [ms] : [ms, value]
  return makeEffect<CallEffect<T>>('CALL', { context: null, fn: delayP as AnyFunction, args })
}
