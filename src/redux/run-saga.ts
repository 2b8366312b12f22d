/**
 * `runSaga(options, saga, ...args)`: starts a saga outside of (or without) a Redux store. The
 * middleware's `run` is this function with the store's `dispatch` and `getState` bound.
 */
import { SAGA_ACTION } from '../symbols.js'
import type { EffectMiddleware, MulticastChannel, RunSagaOptions, Task } from '../types.js'
import type { ResultOf } from '../effects/descriptors.js'
import { StdChannel, stdChannel } from '../channels/channel.js'
import { logError } from '../runtime/env.js'
import { ErrorTrail } from '../runtime/saga-stack.js'
import type { Env, RunEffect } from '../kernel/types.js'
import { describeValue, fail } from '../errors.js'
import { runTask } from '../runtime/interpreter.js'
import { runValue } from '../runtime/run-value.js'
import { isIterator } from '../kernel/values.js'
import { metaOf } from '../runtime/describe.js'
import { Scheduler } from '../channels/scheduler.js'
import { Trampoline } from '../kernel/trampoline.js'
import { Activity } from '../runtime/activity.js'
import { guardMonitor } from './guarded-monitor.js'

/** Channels that are not a `stdChannel` get a scheduler of their own, shared by all their runs. */
const schedulers = new WeakMap<object, Scheduler>()

export function schedulerOf(channel: MulticastChannel<unknown>): Scheduler {
  if (channel instanceof StdChannel) return channel.scheduler
  let scheduler = schedulers.get(channel)
  if (scheduler === undefined) {
    scheduler = new Scheduler()
    schedulers.set(channel, scheduler)
  }
  return scheduler
}

/** What the runs of one store share besides the scheduler: the stack bound and the activity. */
interface PerStore {
  readonly trampoline: Trampoline
  readonly activity: Activity
}

const perStore = new WeakMap<Scheduler, PerStore>()

function perStoreOf(scheduler: Scheduler): PerStore {
  let shared = perStore.get(scheduler)
  if (shared === undefined) {
    shared = { trampoline: new Trampoline(), activity: new Activity(() => scheduler.idle) }
    perStore.set(scheduler, shared)
  }
  return shared
}

/** The activity of the sagas on `channel`, for `sagaMiddleware.settled()`. */
export function activityOf(channel: MulticastChannel<unknown>): Activity {
  return perStoreOf(schedulerOf(channel)).activity
}

/** redux-saga's message when the option `name` is not a function. */
const NOT_A_FUNCTION_OPTION: Readonly<Record<string, string>> = {
  dispatch: 'dispatch must be a function',
  getState: 'getState must be a function',
  onError: 'onError passed to the redux-saga is not a function!',
}

function checkFunction(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') {
    fail(
      'INVALID_OPTION',
      NOT_A_FUNCTION_OPTION[name] ?? `${name} must be a function`,
      `runSaga: options.${name} must be a function; got ${describeValue(value)}.`,
    )
  }
}

/** redux-saga's message, verbatim. */
const FROZEN_ACTION = `You can't put (a.k.a. dispatch from saga) frozen actions.
We have to define a special non-enumerable property on those actions for scheduling purposes.
Otherwise you wouldn't be able to communicate properly between sagas & other subscribers (action ordering would become far less predictable).
If you are using redux and you care about this behaviour (frozen actions),
then you might want to switch to freezing actions in a middleware rather than in action creator.
Example implementation:

const freezeActions = store => next => action => next(Object.freeze(action))
`

/** Marks an action as a saga's, so the channel delivers it without scheduling it again. */
const SAGA_ACTION_FLAG: PropertyDescriptor = { value: true }

function sagaDispatch(dispatch: ((action: unknown) => unknown) | undefined) {
  return (action: unknown): unknown => {
    if (dispatch === undefined) {
      fail(
        'INVALID_OPTION',
        `put(${describeValue(action)}): this saga was started by runSaga without a \`dispatch\` option.`,
      )
    }
    if ((typeof action === 'object' && action !== null) || typeof action === 'function') {
      // One defineProperty per put, no isFrozen check first: a frozen (or sealed) action makes
      // it throw, and only then do we pay for the explanation.
      try {
        Object.defineProperty(action, SAGA_ACTION, SAGA_ACTION_FLAG)
      } catch {
        fail(
          'FROZEN_ACTION',
          FROZEN_ACTION,
          `put(${describeValue(action)}): the action is frozen (or sealed).`,
        )
      }
    }
    return dispatch(action)
  }
}

function composeMiddlewares(middlewares: EffectMiddleware[] | undefined): RunEffect {
  if (middlewares === undefined || middlewares.length === 0) return runValue
  if (!Array.isArray(middlewares) || middlewares.some((m) => typeof m !== 'function')) {
    fail(
      'INVALID_OPTION',
      'effectMiddlewares must be an array of functions',
      `runSaga: options.effectMiddlewares must be an array of functions; got ${describeValue(middlewares)}.`,
    )
  }
  return (effect, step, context) => {
    let next = (value: unknown) => runValue(value, step, context)
    for (let i = middlewares.length - 1; i >= 0; i--)
      next = (middlewares[i] as EffectMiddleware)(next)
    next(effect)
  }
}

/** What the root sagas started with one options object share: built from its fields once. */
interface SharedParts {
  readonly channel: MulticastChannel<unknown>
  readonly fields: readonly unknown[]
  readonly dispatch: Env['dispatch']
  readonly getState: Env['getState']
  readonly monitor: Env['monitor']
  readonly errors: ErrorTrail
  readonly runEffect: RunEffect
  readonly reportError: Env['reportError']
}

/**
 * Keyed by the options object (the middleware passes one per store); reused only while its
 * fields are the ones it was built from, so an options object changed between two runs, or one
 * without a channel (each run gets a new one), gets parts of its own. Never shared between two
 * channels, hence never between two stores.
 */
const sharedParts = new WeakMap<object, SharedParts>()

function sharedOf(
  options: object,
  channel: MulticastChannel<unknown>,
  dispatch: ((action: unknown) => unknown) | undefined,
  getState: (() => unknown) | undefined,
  sagaMonitor: RunSagaOptions['sagaMonitor'],
  effectMiddlewares: EffectMiddleware[] | undefined,
  onError: NonNullable<RunSagaOptions['onError']>,
): SharedParts {
  const fields = [dispatch, getState, sagaMonitor, effectMiddlewares, onError]
  const known = sharedParts.get(options)
  if (
    known !== undefined &&
    known.channel === channel &&
    known.fields.every((field, i) => field === fields[i])
  )
    return known
  const errors = new ErrorTrail()
  const parts: SharedParts = {
    channel,
    fields,
    dispatch: sagaDispatch(dispatch),
    getState:
      getState ??
      (() =>
        fail(
          'INVALID_OPTION',
          'select: this saga was started by runSaga without a `getState` option.',
        )),
    monitor: sagaMonitor ? guardMonitor(sagaMonitor) : undefined,
    errors,
    runEffect: composeMiddlewares(effectMiddlewares),
    reportError(error) {
      const sagaStack = errors.toString()
      const sagaFrames = errors.toFrames()
      errors.clear()
      onError(error as Error, { sagaStack, sagaFrames })
    },
  }
  if ((options as RunSagaOptions).channel !== undefined) sharedParts.set(options, parts)
  return parts
}

/**
 * Starts `saga(...args)` and returns its task. It runs synchronously until its first effect that
 * waits.
 *
 * @example
 * const task = runSaga({ dispatch: (a) => log.push(a), getState: () => state }, saga, 42)
 * await task.toPromise()
 */
export function runSaga<Args extends unknown[], R, A = unknown, S = unknown>(
  options: RunSagaOptions<A, S>,
  saga: (...args: Args) => R,
  ...args: Args
): Task<ResultOf<R>> {
  return startSaga('runSaga(options, saga, ...args)', options, saga, args)
}

/**
 * `runSaga`, and `sagaMiddleware.run` with the store's options; `signature` names the caller in
 * the messages (redux-saga says `runSaga(...)` for both).
 */
export function startSaga<Args extends unknown[], R, A = unknown, S = unknown>(
  signature: string,
  options: RunSagaOptions<A, S>,
  saga: (...args: Args) => R,
  args: Args,
): Task<ResultOf<R>> {
  const notAGenerator = `${signature}: saga argument must be a Generator function!`
  if (typeof saga !== 'function') {
    fail(
      'NOT_A_GENERATOR',
      notAGenerator,
      `Got ${describeValue(saga)}. A saga is a generator function: function* rootSaga() { ... }.`,
    )
  }
  const {
    channel = stdChannel(),
    dispatch,
    getState,
    context = {},
    sagaMonitor,
    effectMiddlewares,
    onError = logError,
  } = options as RunSagaOptions // the runtime hands any action to dispatch; A and S type the caller's side
  checkFunction('dispatch', dispatch)
  checkFunction('getState', getState)
  checkFunction('onError', onError)
  if (
    typeof channel !== 'object' ||
    channel === null ||
    typeof channel.take !== 'function' ||
    typeof channel.put !== 'function'
  ) {
    fail(
      'INVALID_OPTION',
      `runSaga: options.channel must be a multicast channel (stdChannel()); got ${describeValue(channel)}.`,
    )
  }

  const iterator: unknown = (saga as unknown as (...a: unknown[]) => unknown)(
    ...(args as unknown[]),
  )
  if (!isIterator(iterator)) {
    fail(
      'NOT_A_GENERATOR',
      notAGenerator,
      `${describeValue(saga)} returned ${describeValue(iterator)}, not an iterator. A saga is a generator function: function* ${saga.name || 'saga'}() { ... }.`,
    )
  }

  const scheduler = schedulerOf(channel)
  const shared = sharedOf(
    options,
    channel,
    dispatch,
    getState,
    sagaMonitor,
    effectMiddlewares,
    onError,
  )
  const { monitor } = shared
  // A fresh environment per root saga, holding only references: `task.settled()` tells a run's
  // steps from another's by it. What it points to is built once per options object.
  const env: Env = {
    channel,
    dispatch: shared.dispatch,
    getState: shared.getState,
    monitor,
    scheduler,
    errors: shared.errors,
    runEffect: shared.runEffect,
    ...perStoreOf(scheduler),
    reportError: shared.reportError,
  }

  const effectId = scheduler.nextId()
  monitor?.rootSagaStarted({ effectId, saga, args })
  return scheduler.immediately(() => {
    const task = runTask(env, iterator, {
      parentContext: context,
      id: effectId,
      meta: metaOf(saga),
      isRoot: true,
      source: saga,
    })
    monitor?.effectResolved(effectId, task)
    return task as Task<ResultOf<R>>
  })
}
