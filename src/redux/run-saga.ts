/**
 * `runSaga(options, saga, ...args)`: starts a saga outside of (or without) a Redux store. The
 * middleware's `run` is this function with the store's `dispatch` and `getState` bound.
 */
import type { MulticastChannel, NotUndefined, RunSagaOptions, Task } from '../types.js'
import type { ResultOf, SagaReturnType } from '../effects/descriptors.js'
import { StdChannel } from '../channels/std-channel.js'
import type { Env } from '../kernel/types.js'
import { describeValue, fail } from '../errors.js'
import { runTask } from '../runtime/start.js'
import { isIterator } from '../kernel/values.js'
import { metaOf } from '../runtime/describe.js'
import { sharedOf } from './shared-parts.js'
import { registerEffects } from '../kernel/record.js'
import { callRecord, forkRecord } from '../effects/call-records.js'
import { takeRecord } from '../effects/take.js'
import { putRecord } from '../effects/put.js'
import { selectRecord } from '../effects/select.js'
import { cancelledRecord, cancelRecord } from '../effects/tasks.js'

// The runners every run carries: redux-saga's everyday effects, which the helpers use too. Their
// creators stay plain data (an app that only builds effects gets no runtime); every other
// effect's creator refers to its record itself (`makeEffectOf`), so a bundle holds its runner
// only when it uses it. The list of all records is effects/records.ts.
registerEffects([
  takeRecord,
  putRecord,
  callRecord,
  forkRecord,
  selectRecord,
  cancelRecord,
  cancelledRecord,
])

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
): Task<ResultOf<R>>
/**
 * redux-saga's form, for calls that name the action, state and saga types
 * (`runSaga<MyAction, State, typeof saga>(options, saga)`).
 */
export function runSaga<A, S, F extends (...args: never[]) => unknown>(
  options: RunSagaOptions<A, S>,
  saga: F,
  ...args: Parameters<F>
): Task<SagaReturnType<F>>
export function runSaga(
  options: RunSagaOptions,
  saga: (...args: unknown[]) => unknown,
  ...args: unknown[]
): Task {
  return startSaga(false, options, saga, args, sharedOf)
}

/** How the messages name the caller (redux-saga says `runSaga(...)` for both). */
const signatureOf = (viaMiddleware: boolean) =>
  viaMiddleware ? 'sagaMiddleware.run(saga, ...args)' : 'runSaga(options, saga, ...args)'

/**
 * `runSaga`, and (`viaMiddleware`) `sagaMiddleware.run` with the store's options. `shared` gives
 * what the root sagas of `options` share: the middleware passes its own per-store builder, so
 * that an app without `runSaga` bundles no `sharedOf`.
 */
export function startSaga<Args extends unknown[], R, A = unknown, S = unknown>(
  viaMiddleware: boolean,
  options: RunSagaOptions<A, S>,
  saga: (...args: Args) => R,
  args: Args,
  shared: (options: RunSagaOptions, channel: MulticastChannel<NotUndefined>) => Env,
): Task<ResultOf<R>> {
  if (typeof saga !== 'function') {
    fail(
      'NOT_A_GENERATOR',
      `${signatureOf(viaMiddleware)}: saga argument must be a Generator function!`,
      `Got ${describeValue(saga)}. A saga is a generator function: function* rootSaga() { ... }.`,
    )
  }
  // The runtime hands any action to dispatch; A and S type the caller's side.
  const { channel = new StdChannel(), context = {} } = options as RunSagaOptions
  // The options are checked in development only, as redux-saga checks them.
  if (process.env.NODE_ENV !== 'production') {
    checkFunction('dispatch', options.dispatch)
    checkFunction('getState', options.getState)
    checkFunction('onError', options.onError)
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
  }

  const iterator: unknown = (saga as unknown as (...a: unknown[]) => unknown)(
    ...(args as unknown[]),
  )
  if (!isIterator(iterator)) {
    fail(
      'NOT_A_GENERATOR',
      `${signatureOf(viaMiddleware)}: saga argument must be a Generator function!`,
      `${describeValue(saga)} returned ${describeValue(iterator)}, not an iterator. A saga is a generator function: function* ${saga.name || 'saga'}() { ... }.`,
    )
  }

  // A fresh environment per root saga, holding only references: `task.settled()` tells a run's
  // steps from another's by it. What it points to is built once per store or options object.
  const env: Env = { ...shared(options as RunSagaOptions, channel) }
  const { monitor, scheduler } = env
  const effectId = scheduler.nextId()
  monitor?.rootSagaStarted({ effectId, saga, args })
  return scheduler.immediately(() => {
    const task = runTask(env, iterator, context, effectId, metaOf(saga), true, saga)
    monitor?.effectResolved(effectId, task)
    return task as Task<ResultOf<R>>
  })
}
