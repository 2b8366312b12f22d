/**
 * What the root sagas started with one options object share (the middleware passes one per
 * store): the dispatch wrapper that marks a saga's puts, the effect middlewares composed, the
 * guarded monitor and the error trail; and what the runs of one store share: the scheduler, the
 * stack bound and the activity. Built once, so starting a root saga is a copy.
 */
import { SAGA_ACTION } from '../symbols.js'
import type { EffectMiddleware, MulticastChannel, NotUndefined, RunSagaOptions } from '../types.js'
import { errorTrail } from '../runtime/saga-stack.js'
import type { Env, RunEffect } from '../kernel/types.js'
import { describeValue, fail } from '../errors.js'
import { runValue } from '../runtime/run-value.js'
import { logError } from '../runtime/env.js'
import { StdChannel } from '../channels/std-channel.js'
import { Scheduler } from '../channels/scheduler.js'
import { Trampoline } from '../kernel/trampoline.js'
import { Activity } from '../runtime/activity.js'
import { guardMonitor } from './guarded-monitor.js'

/** What the runs of one store share: the scheduler, the stack bound and the activity. */
export interface PerStore {
  readonly scheduler: Scheduler
  readonly trampoline: Trampoline
  readonly activity: Activity
}

/** Keyed by the store's scheduler: a `stdChannel`'s, or another channel itself. */
const perStore = new WeakMap<object, PerStore>()

/**
 * What the runs on `channel` share. A `stdChannel` brings its scheduler; any other channel gets
 * one of its own, shared by all its runs.
 */
export function perStoreOf(channel: MulticastChannel<NotUndefined>): PerStore {
  const key = channel instanceof StdChannel ? channel.scheduler : channel
  let shared = perStore.get(key)
  if (!shared) {
    const scheduler = key instanceof Scheduler ? key : new Scheduler()
    shared = {
      scheduler,
      trampoline: new Trampoline(),
      activity: new Activity(() => scheduler.idle),
    }
    perStore.set(key, shared)
  }
  return shared
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

const sagaDispatch =
  (dispatch: ((action: unknown) => unknown) | undefined) =>
  (action: unknown): unknown => {
    if (dispatch === undefined) {
      fail(
        'INVALID_OPTION',
        `put(${describeValue(action)}): this saga was started by runSaga without a \`dispatch\` option.`,
      )
    }
    // One defineProperty per put, no isFrozen check (nor type check) first: a frozen (or sealed)
    // action makes it throw, and only then do we pay for the explanation. A primitive makes it
    // throw too: it cannot carry the mark, and needs none.
    try {
      Object.defineProperty(action, SAGA_ACTION, SAGA_ACTION_FLAG)
    } catch {
      if (Object(action) === action) {
        fail(
          'FROZEN_ACTION',
          FROZEN_ACTION,
          `put(${describeValue(action)}): the action is frozen (or sealed).`,
        )
      }
    }
    return dispatch(action)
  }

function composeMiddlewares(middlewares: EffectMiddleware[] | undefined): RunEffect {
  if (middlewares === undefined || middlewares.length === 0) return runValue
  // Checked in development only, as redux-saga checks them.
  if (
    process.env.NODE_ENV !== 'production' &&
    (!Array.isArray(middlewares) || middlewares.some((m) => typeof m !== 'function'))
  ) {
    fail(
      'INVALID_OPTION',
      'effectMiddlewares must be an array of functions',
      `runSaga: options.effectMiddlewares must be an array of functions; got ${describeValue(middlewares)}.`,
    )
  }
  // The first middleware sees the effect first; the last one hands it to the runtime.
  return (effect, step, context) =>
    middlewares.reduceRight<(value: unknown) => void>(
      (next, middleware) => middleware(next),
      (value) => runValue(value, step, context),
    )(effect)
}

/**
 * What the root sagas started with `options` on `channel` share: everything in their `Env`. Each
 * root saga copies it into an environment of its own (`task.settled()` tells a run's steps from
 * another's by it). The middleware builds it once per store (its options never change after
 * mounting); `runSaga` goes through `sharedOf`.
 */
export function partsOf(options: RunSagaOptions, channel: MulticastChannel<NotUndefined>): Env {
  const { dispatch, getState, sagaMonitor, effectMiddlewares, onError = logError } = options
  const errors = errorTrail()
  return {
    channel,
    dispatch: sagaDispatch(dispatch),
    getState:
      getState ??
      (() =>
        fail(
          'INVALID_OPTION',
          'select: this saga was started by runSaga without a `getState` option.',
        )),
    monitor: sagaMonitor ? guardMonitor(sagaMonitor) : undefined,
    ...perStoreOf(channel),
    errors,
    runEffect: composeMiddlewares(effectMiddlewares),
    reportError: (error) => onError(error as Error, errors.take()),
  }
}

/**
 * Keyed by the options object a `runSaga` caller passes; reused only while its fields (channel
 * included) are the ones it was built from, so an options object changed between two runs, or
 * one without a channel (each run gets a new one), gets parts of its own. Never shared between
 * two channels, hence never between two stores. Only `runSaga` reaches it: an app that mounts
 * the middleware alone bundles none of it.
 */
const sharedParts = new WeakMap<object, { fields: unknown[]; parts: Env }>()

/** `partsOf`, shared by the runs given the same (unchanged) options object. */
export function sharedOf(options: RunSagaOptions, channel: MulticastChannel<NotUndefined>): Env {
  const { dispatch, getState, sagaMonitor, effectMiddlewares, onError } = options
  const fields = [channel, dispatch, getState, sagaMonitor, effectMiddlewares, onError]
  const known = sharedParts.get(options)
  if (known?.fields.every((field, i) => field === fields[i])) return known.parts
  const parts = partsOf(options, channel)
  if (options.channel !== undefined) sharedParts.set(options, { fields, parts })
  return parts
}
