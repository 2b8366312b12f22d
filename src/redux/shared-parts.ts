/**
 * What the root sagas started with one options object share (the middleware passes one per
 * store): the dispatch wrapper that marks a saga's puts, the effect middlewares composed, the
 * guarded monitor and the error trail. Built once, so a root saga's own environment is small.
 */
import { SAGA_ACTION } from '../symbols.js'
import type { EffectMiddleware, MulticastChannel, RunSagaOptions } from '../types.js'
import { ErrorTrail } from '../runtime/saga-stack.js'
import type { Env, RunEffect } from '../kernel/types.js'
import { describeValue, fail } from '../errors.js'
import { runValue } from '../runtime/run-value.js'
import { guardMonitor } from './guarded-monitor.js'

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

export function sharedOf(
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
