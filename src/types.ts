/**
 * The public types of sagaloop, in one place. Effect types live next to their creators, one file
 * per family under `effects/` (gathered by `effects/descriptors.ts`); everything a saga, a
 * channel or a middleware option is made of is here.
 */
import type { CANCEL, CHANNEL_END_TYPE, MULTICAST, TASK } from './symbols.js'

/** A Redux action: a plain object with a `type`. */
export interface Action<T extends string = string> {
  type: T
}

/** An action whose other fields are not known: what `take('*')` gives. */
export interface UnknownAction extends Action {
  [extraProps: string]: unknown
}

/**
 * The action that closes a channel; `take` on it ends the saga (`takeMaybe` receives it). A type
 * alias (as in redux-saga), so it fits wherever an action with an index signature is expected.
 *
 * @example
 * store.dispatch(END) // every saga waiting in `take` ends
 */
export type End = {
  type: typeof CHANNEL_END_TYPE
}

/** A function that tells whether an input is the one a `take` waits for. */
export type Predicate<T> = (input: T) => boolean

/** A type guard over actions, such as Redux Toolkit's `isAnyOf(...)`. */
// A published type, kept as it is; the rule reads `never & A` as plain `never`.
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
export type Guard<A> = (input: never) => input is never & A

/** An action creator that also says its type, as Redux Toolkit's `createAction` does. */
export interface ActionCreatorWithType<A = Action> {
  (...args: never[]): A
  type: string
  match?: (action: unknown) => boolean
}

/** An action creator whose `toString()` gives its type (redux-actions, older toolkits). */
export interface StringableActionCreator<A = Action> {
  (...args: never[]): A
  toString(): string
}

/** One thing a `take` can wait for. */
export type SubPattern<T = unknown> =
  string | symbol | Predicate<T> | ActionCreatorWithType | StringableActionCreator

/** What `take(pattern)` waits for: `'*'`, a type, a predicate, an action creator or an array of them. */
export type Pattern<T = unknown> = SubPattern<T> | readonly SubPattern<T>[]

/**
 * A predicate over the store's actions. Its parameter may be any action type, wider
 * (`Action`, `unknown`) or narrower (`PayloadAction<number>`, a type guard's input, Redux
 * Toolkit's `isAnyOf(...)`): it is only ever called with dispatched actions. A parameter that
 * cannot be an action (`(item: { id: number }) => boolean`) is refused. (Declared as a method,
 * whose parameter TypeScript compares both ways, for exactly that.)
 */
export type ActionPredicate = {
  matches(action: Action): boolean
}['matches']

/**
 * One thing a `take` of the store's actions can wait for. `A` narrows the action creators to those
 * of `A` (redux-saga's `ActionSubPattern<A>`); types and predicates stay accepted.
 */
export type ActionSubPattern<A extends Action = Action> =
  string | symbol | ActionPredicate | ActionCreatorWithType<A> | StringableActionCreator<A>

/**
 * A pattern over the store's actions, as `take`, `actionChannel` and the helpers accept it: `'*'`,
 * a type, an `ActionPredicate`, an action creator, or an array of them (with `A`, action creators
 * of `A` only).
 *
 * @example
 * const isSaved = (action: UnknownAction) => action.type.endsWith('/saved')
 * const action = yield* take(isSaved)
 */
export type ActionPattern<A extends Action = Action> =
  ActionSubPattern<A> | readonly ActionSubPattern<A>[]

/** Where a plugin recorded a saga's or an effect's place in the source. */
export interface SourceLocation {
  fileName: string
  lineNumber: number
  code?: string
}

/** What a task knows about the saga it runs. */
export interface TaskMeta {
  name: string
  location?: SourceLocation | undefined
}

/** The state a task is in; a task leaves `running` exactly once. */
export type TaskStatus = 'running' | 'done' | 'failed' | 'cancelled'

/**
 * A running saga and everything it forked. Returned by `middleware.run`, `runSaga` and
 * `yield fork(...)`.
 *
 * @example
 * const task = sagaMiddleware.run(rootSaga)
 * await task.toPromise()
 */
export interface Task<T = unknown> {
  readonly [TASK]: true
  readonly id: number
  readonly meta: TaskMeta
  /** True until the task and all its attached forks have ended. */
  isRunning(): boolean
  /** True once the task was cancelled (also inside its `finally` blocks). */
  isCancelled(): boolean
  /** True once the task failed with an error. */
  isAborted(): boolean
  /** The value the saga returned, once done. */
  result(): T | undefined
  /** The error the task failed with, once failed. */
  error(): unknown
  /** Resolves with the result (with `undefined`... as redux-saga: the TASK_CANCEL marker on cancel), rejects with the error. */
  toPromise(): Promise<T>
  /** Cancels the task and its attached forks; `finally` blocks run. A no-op once the task ended. */
  cancel(): void
  /**
   * Adds to the context this task's effects read with `getContext`. Name the context's type to
   * have the properties checked: `task.setContext<AppContext>({ api })`.
   */
  setContext<C extends object = Record<string, unknown>>(props: Partial<C>): void
  /** The status as a union, so `switch` is exhaustive. */
  readonly status: TaskStatus
  /**
   * Resolves once this task has ended, or every saga of its run waits only on `take`s (of the
   * store, an `actionChannel` or a `channel()`) and nothing else is pending. Not in redux-saga.
   * With `timeout`, rejects after that many ms with a `SettleTimeoutError` whose `busy` lists
   * each busy saga and the effect it waits on (its type, `'CALL'`, in a production build).
   *
   * @example
   * const task = sagaMiddleware.run(rootSaga)
   * store.dispatch(loadPage('/home'))
   * await task.settled({ timeout: 5_000 })
   */
  settled(options?: { timeout?: number }): Promise<void>
}

/** Holds what a channel received while no taker waited. */
export interface Buffer<T> {
  isEmpty(): boolean
  put(message: T): void
  take(): T | undefined
  flush?(): T[]
}

/** A callback given to `channel.take`; `cancel` is set while it waits. */
export interface TakeCallback<T> {
  (message: T | End): void
  cancel?: () => void
}

/**
 * A message a channel accepts: anything but `undefined` (`null` and every other value are
 * fine). `undefined` is what a buffer's `take()` returns when it is empty, so a channel of
 * `void` or `undefined` could not tell a message from none: `channel<void>()` is a type error,
 * as in redux-saga. A channel of any message is a `Channel<NotUndefined>`.
 */
export type NotUndefined = NonNullable<unknown> | null

/** A point-to-point queue between producers and sagas: each message goes to one taker. */
export interface Channel<T extends NotUndefined> {
  take(cb: (message: T | End) => void): void
  put(message: T | End): void
  flush(cb: (items: T[] | End) => void): void
  close(): void
}

/** A channel fed by an outside source; it has no `put` (the source puts). */
export interface EventChannel<T extends NotUndefined> {
  take(cb: (message: T | End) => void): void
  flush(cb: (items: T[] | End) => void): void
  close(): void
}

/** A channel where each message goes to every taker whose pattern matches it. */
export interface MulticastChannel<T extends NotUndefined> {
  readonly [MULTICAST]: true
  take(cb: (message: T | End) => void, matcher?: Predicate<T>): void
  put(message: T | End): void
  close(): void
}

/** Anything a saga can `take` from. */
export type TakeableChannel<T> = {
  take(cb: (message: T | End) => void): void
}

/** Anything a saga can `put` into. */
export type PuttableChannel<T> = {
  put(message: T | End): void
}

/** Anything a saga can `flush`. */
export type FlushableChannel<T> = {
  flush(cb: (items: T[] | End) => void): void
}

/** A promise that knows how to cancel the work behind it. */
export type CancellablePromise<T> = Promise<T> & { [CANCEL]?: () => void }

/** What a monitor is told of each effect. */
export interface EffectTriggeredInfo {
  effectId: number
  parentEffectId: number
  label?: string
  effect: unknown
}

/** Hooks into the life of sagas and effects, for devtools and loggers. All are optional. */
export interface SagaMonitor {
  /** A root saga was started by `run` or `runSaga`; `effectId` is the id of its task. */
  rootSagaStarted?(options: {
    effectId: number
    saga: (...args: never[]) => unknown
    args: unknown[]
  }): void
  /** A saga yielded a value (or `all`/`race` started a child): it now runs as effect `effectId`. */
  effectTriggered?(options: EffectTriggeredInfo): void
  /** The effect settled with `result` (for a `fork`, the new task). */
  effectResolved?(effectId: number, result: unknown): void
  /** The effect failed with `error`, which is thrown into the saga. */
  effectRejected?(effectId: number, error: unknown): void
  /** The saga stopped waiting for the effect: it was cancelled, or lost a `race`. */
  effectCancelled?(effectId: number): void
  /** An action was dispatched to the store (called by the middleware, before the reducers). */
  actionDispatched?(action: unknown): void
}

/**
 * One saga on the way of an uncaught error, from the one that threw up to the root: what
 * `onError` receives as `sagaFrames`, a structured and fuller version of `sagaStack`.
 */
export interface SagaFrame {
  /** The task's name: the saga function's name, or the helper as written (`takeEvery("A", w)`). */
  readonly name: string
  /** The task's id (`task.id`, the monitor's effect id of the effect that started it). */
  readonly id: number
  /**
   * How the error reached this task: `'threw'` for the first frame; `'called'` if the task was
   * waiting for the previous one through an effect (`call`, `join`, a saga inside `race`/`all`);
   * `'created'` if the previous one was a task it forked.
   */
  readonly via: 'threw' | 'called' | 'created'
  /**
   * The effect that failed in this task, described from its fields (secret-looking values
   * masked): `call(fetchUser, 42)`. A production build carries no rendering of effects: there it
   * is the effect's type, as redux-saga spells it (`'CALL'`, `'TAKE'`).
   */
  readonly effect?: string | undefined
  /** Where that effect is written, if redux-saga's Babel plugin (or another tool) recorded it. */
  readonly effectLocation?: SourceLocation | undefined
  /** Where the saga function is declared, if recorded. */
  readonly location?: SourceLocation | undefined
  /** The members of this task that the error cancelled (the main flow shows as the task's name). */
  readonly cancelled: readonly string[]
}

/** Extra facts `onError` receives. */
export interface ErrorInfo {
  /**
   * redux-saga's saga stack, byte for byte: the saga that failed (with the effect, when its
   * location was recorded), the sagas that created it, and the tasks the error cancelled.
   */
  sagaStack: string
  /** The same path as data, with the effect each saga was on; see `SagaFrame`. */
  sagaFrames: readonly SagaFrame[]
}

/**
 * Wraps the running of every effect: call `next(effect)` to run it (or another effect in its
 * place), or do not call it and resolve the effect some other way.
 */
export type EffectMiddleware = (next: (effect: unknown) => void) => (effect: unknown) => void

/** The options of `runSaga` and of `createSagaMiddleware`. */
export interface RunSagaOptions<A = unknown, S = unknown> {
  /** Where `take` listens and where `put` is heard; defaults to a new `stdChannel()`. */
  channel?: MulticastChannel<A & NotUndefined>
  /** What `put` calls. */
  dispatch?: (action: A) => unknown
  /** What `select` reads. */
  getState?: () => S
  /** The root task's context, read by `getContext`. */
  context?: Record<string | symbol, unknown>
  /** Told of every saga and effect, for devtools and loggers (see `sagaloop/monitor`). */
  sagaMonitor?: SagaMonitor
  /**
   * Called with any error no saga caught. By default, redux-saga's: `console.error` of the error,
   * then of `info.sagaStack`. `logErrorWithFrames` prints `info.sagaFrames` too.
   */
  onError?: (error: Error, info: ErrorInfo) => void
  /** Wrap the running of every effect; the first one in the array is the outermost. */
  effectMiddlewares?: EffectMiddleware[]
}

/** The options of `createSagaMiddleware`. */
export type SagaMiddlewareOptions<C extends object = Record<string, unknown>> = Omit<
  RunSagaOptions,
  'dispatch' | 'getState' | 'context'
> & {
  context?: C
}

/**
 * A saga: a generator function. Its generator is redux-saga's `Generator<any, any, any>`, so
 * that a saga typed `Saga` can be delegated to with `yield*` from a `SagaIterator`, as there;
 * a saga without this annotation keeps its own, precise types.
 *
 * @example
 * const watcher: Saga = function* () { yield takeEvery('ping', pong) }
 * function* rootSaga(): SagaIterator { yield* watcher() }
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- redux-saga's contract, see above
export type Saga<Args extends unknown[] = never[]> = (...args: Args) => Generator<any, any, any>
