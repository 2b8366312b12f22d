/**
 * The Redux middleware. Every action reaches the reducers first, then the sagas' channel, so a
 * saga that `select`s after a `take` sees the state the action produced.
 */
import type { Middleware } from 'redux'
import type {
  Action,
  MulticastChannel,
  NotUndefined,
  RunSagaOptions,
  SagaMiddlewareOptions,
  Task,
} from '../types.js'
import type { Env } from '../kernel/types.js'
import type { AwaitableAction, AwaitedResult, AwaitOptions } from '../effects/helpers/awaitable.js'
import { awaiting, takeAwaitMark } from '../effects/helpers/awaitable.js'
import { dispatchAwaited, unhandled } from './dispatch-and-wait.js'
import type { AnyFunction, ResultOf, SagaReturnType } from '../effects/descriptors.js'
import { StdChannel } from '../channels/std-channel.js'
import { describeValue, fail } from '../errors.js'
import { assignContext, BY_MIDDLEWARE } from '../kernel/context.js'
import { startSaga } from './run-saga.js'
import { partsOf, perStoreOf } from './shared-parts.js'
import type { SettledOptions } from '../runtime/activity.js'
import { runKeyedOn } from './keyed-runs.js'
import { guardMonitor } from './guarded-monitor.js'

/**
 * What the middleware adds to the store's `dispatch`: an awaitable action returns a promise of
 * its worker's result.
 */
export interface AwaitingDispatch {
  <A extends AwaitableAction<Action>>(action: A): Promise<AwaitedResult<A>>
}

/**
 * A store's `dispatch` type with awaitable actions first. Redux Toolkit reads a middleware's
 * dispatch extension from a `Middleware<Ext>` type alias only (as for thunks), not from an
 * interface that also carries `run`, so the app names its dispatch type once:
 *
 * @example
 * export type AppDispatch = WithAwaiting<typeof store.dispatch>
 * export const useAppDispatch = useDispatch.withTypes<AppDispatch>()
 * const saved = await useAppDispatch()(saveDoc(doc)) // SavedDoc
 */
export type WithAwaiting<D> = AwaitingDispatch & D

/** The middleware, plus `run` to start sagas once it is mounted. */
export interface SagaMiddleware<
  C extends object = Record<string, unknown>,
> extends Middleware<AwaitingDispatch> {
  /** The context every root saga starts with. */
  readonly context: C
  /**
   * Starts a saga; call it after the store is created with this middleware.
   *
   * @example
   * const task = sagaMiddleware.run(rootSaga)
   */
  run<Args extends unknown[], R>(saga: (...args: Args) => R, ...args: Args): Task<ResultOf<R>>
  /** redux-saga's form, for calls that name the saga's type (`run<typeof rootSaga>(rootSaga)`). */
  run<F extends (...args: never[]) => unknown>(
    saga: F,
    ...args: Parameters<F>
  ): Task<SagaReturnType<F>>
  /**
   * Runs a saga under a key: a task still running under that key is cancelled first, in the
   * same step, so no action is lost between the two (see `redux/keyed-runs.ts`). For hot module
   * replacement and injected sagas. Not in redux-saga. (A method of its own rather than an
   * overload of `run`, so that `run`'s type stays redux-saga's.)
   *
   * @example
   * sagaMiddleware.runKeyed('root', rootSaga)
   * import.meta.hot?.accept('./sagas', (next) => sagaMiddleware.runKeyed('root', next.rootSaga))
   */
  runKeyed<Args extends unknown[], R>(
    key: string | symbol,
    saga: (...args: Args) => R,
    ...args: Args
  ): Task<ResultOf<R>>
  /** Adds to the context of every saga (also of those already running). */
  setContext(props: Partial<C>): void
  /**
   * Resolves once every saga of this middleware waits only on `take`s of the store (or of
   * channels no outside source feeds) and no put is queued: for SSR and scripts. The sagas keep
   * running and the store keeps working. With `timeout`, rejects with a `SettleTimeoutError`
   * listing the sagas still busy and what they wait on. Not in redux-saga.
   *
   * @example
   * store.dispatch(loadPage(url))
   * await sagaMiddleware.settled({ timeout: 5_000 })
   * const html = render(store.getState())
   */
  settled(options?: SettledOptions): Promise<void>
  /**
   * Dispatches `action` through the store and returns a promise of the result of the worker a
   * helper (`takeEvery`, `takeLatest`, `takeLeading`, the keyed helpers) starts for it. Rejects
   * with the worker's error, with `CANCELLED` if the worker is cancelled, with `TIMEOUT` after
   * `options.timeout` ms, with `UNHANDLED_ACTION` if no helper took the action.
   *
   * @example
   * const saved = await sagaMiddleware.dispatchAndWait<SavedDoc>(saveDoc(doc), { timeout: 5000 })
   */
  dispatchAndWait<R = never, A extends Action = Action>(
    action: A,
    options?: AwaitOptions,
  ): Promise<[R] extends [never] ? AwaitedResult<A> : R>
}

/**
 * Creates the saga middleware.
 *
 * @example
 * const sagaMiddleware = createSagaMiddleware()
 * const store = configureStore({ reducer, middleware: (gDM) => gDM().concat(sagaMiddleware) })
 * sagaMiddleware.run(rootSaga)
 */
export function createSagaMiddleware<C extends object = Record<string, unknown>>(
  options: SagaMiddlewareOptions<C> = {},
): SagaMiddleware<C> {
  const { context = {} as C, channel = new StdChannel(), sagaMonitor, ...rest } = options
  // Checked in development only, as redux-saga checks it.
  if (
    process.env.NODE_ENV !== 'production' &&
    (typeof channel !== 'object' ||
      channel === null ||
      typeof channel.put !== 'function' ||
      typeof channel.take !== 'function')
  ) {
    fail(
      'INVALID_OPTION',
      'options.channel passed to the Saga middleware is not a channel',
      `createSagaMiddleware: options.channel must be a channel (stdChannel()); got ${describeValue(channel)}.`,
    )
  }
  const keyed = new Map<string | symbol, Task>()
  // Any falsy monitor is none, as for runSaga (and redux-saga, which tests it the same way).
  const monitor = sagaMonitor ? guardMonitor(sagaMonitor) : undefined
  // One options object per store, and what its root sagas share, built on the first run.
  let runOptions: (RunSagaOptions & { dispatch: (action: unknown) => unknown }) | undefined
  let parts: Env | undefined
  const storeParts = (options: RunSagaOptions, channel: MulticastChannel<NotUndefined>): Env =>
    (parts ??= partsOf(options, channel))

  // Redux declares `getState` as a method, but the store's functions do not use `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const sagaMiddleware: Middleware = ({ getState, dispatch }) => {
    runOptions = {
      ...rest,
      context: context as Record<string, unknown>,
      channel,
      dispatch: dispatch as (action: unknown) => unknown,
      getState,
      sagaMonitor,
    }
    parts = undefined
    return (next) => {
      const forward = (action: unknown): unknown => {
        monitor?.actionDispatched(action)
        const result = next(action) // reducers first
        // Whatever was dispatched: the channel itself rejects `undefined` (checkInput).
        channel.put(action as NotUndefined)
        return result
      }
      return (action) => {
        const awaited = takeAwaitMark(action)
        return awaited === undefined
          ? forward(action)
          : dispatchAwaited(action as object, awaited, forward)
      }
    }
  }

  return Object.assign(sagaMiddleware, {
    context,
    run(saga: AnyFunction, ...args: unknown[]): Task {
      if (runOptions === undefined) {
        fail(
          'MIDDLEWARE_NOT_MOUNTED',
          'Before running a Saga, you must mount the Saga middleware on the Store using applyMiddleware',
          `sagaMiddleware.run(${saga?.name || 'saga'}): the middleware is not mounted yet. Create the store with it first (configureStore({ middleware: (gDM) => gDM().concat(sagaMiddleware) }) or applyMiddleware(sagaMiddleware)), then call run.`,
        )
      }
      return startSaga(true, runOptions, saga, args as never[], storeParts)
    },
    runKeyed(key: string | symbol, saga: AnyFunction, ...args: unknown[]): Task {
      const { scheduler } = perStoreOf(channel)
      return runKeyedOn(keyed, scheduler, key, () => this.run(saga, ...args), rest.onError)
    },
    settled(options?: SettledOptions) {
      return perStoreOf(channel).activity.settled(options)
    },
    dispatchAndWait(action: Action, options?: AwaitOptions): Promise<unknown> {
      if (runOptions === undefined) {
        fail(
          'MIDDLEWARE_NOT_MOUNTED',
          `sagaMiddleware.dispatchAndWait(action): the middleware is not mounted yet. Create the store with it first, then dispatch.`,
        )
      }
      const result = runOptions.dispatch(awaiting(action, options))
      if (result instanceof Promise) return result
      // The mark was not seen: a middleware before this one swallowed or copied the action.
      takeAwaitMark(action)
      return Promise.reject(unhandled(action, true))
    },
    setContext(props: Partial<C>) {
      assignContext(BY_MIDDLEWARE, context as Record<string, unknown>, props)
    },
  }) as SagaMiddleware<C>
}
