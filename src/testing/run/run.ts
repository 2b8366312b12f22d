/**
 * One `expectSaga` run: a stand-in store (state, reducer, dispatch), the saga on `runSaga` with
 * the recorder and the effect middleware, and the loop that drives virtual time. Whenever the
 * saga is blocked (a real macrotask passed and no real promise it waits on is pending), the
 * clock jumps to the next timer; so ten minutes of polling take a few milliseconds.
 */
import { toMatcher } from '../../channels/pattern.js'
import { stdChannel } from '../../channels/channel.js'
import { isEnd } from '../../channels/end.js'
import type { Effect, TakePayload } from '../../effects/descriptors.js'
import { runSaga } from '../../redux/run-saga.js'
import type { AnyFunction } from '../../effects/descriptors.js'
import type { Task } from '../../types.js'
import { VirtualClock } from './clock.js'
import { SagaAssertionError } from '../diff.js'
import { createEffectMiddleware, OutsideWork } from './effect-middleware.js'
import { checkExpectations, type Expectation, type Outcome } from './expectations.js'
import type { ProviderEntry } from './providers.js'
import { EffectRecorder, type RecordedEffects } from './recorder.js'

// Captured at load: a test that fakes the global timers must not stop the run's own clock.
const realSetTimeout = globalThis.setTimeout
const realClearTimeout = globalThis.clearTimeout
const macrotask: () => Promise<void> =
  typeof globalThis.setImmediate === 'function'
    ? (
        (setImmediate) => () =>
          new Promise<void>((resolve) => setImmediate(resolve))
      )(globalThis.setImmediate)
    : () => new Promise<void>((resolve) => realSetTimeout(resolve, 0))

/** `run(250)`, `run(false)` (no timeout) or `run({ timeout, silenceTimeout })`. */
export interface RunOptions {
  timeout?: number | false
  silenceTimeout?: boolean
}

/** What `run()` resolves with. */
export interface RunResult<R = unknown, S = unknown> {
  /** The recorded effects by kind: `effects.put`, `effects.call`... (absent kinds are absent). */
  effects: RecordedEffects
  /** Every recorded effect, in the order it was yielded. */
  allEffects: Effect[]
  returnValue: R | undefined
  storeState: S
  /** The effects with functions as `'@@redux-saga-test-plan/json/function/name'`, for snapshots. */
  toJSON(): unknown
}

/** What the fluent API collected before `run()`. */
export interface SagaRun {
  saga: AnyFunction
  args: unknown[]
  providers: ProviderEntry[]
  expectations: Expectation[]
  reducer: (state: unknown, action: unknown) => unknown
  state: unknown
  dispatches: { action: unknown; at: number | undefined }[]
  autoAdvance: boolean
  /** With the clock under manual control: how far `.advanceTime(ms)` steps let time go. */
  timeLimit: number
  /** Set while running: dispatches made then go straight in. */
  started: { dispatch(action: unknown, delay: number | undefined): void } | undefined
}

function toJSON(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJSON)
  if (typeof value === 'function')
    return `@@redux-saga-test-plan/json/function/${value.name || '<anonymous>'}`
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJSON(item)]))
  }
  return value
}

function timeoutOf(options: RunOptions | number | false | undefined, fallback: number) {
  if (typeof options === 'number' || options === false) return { timeout: options, silent: false }
  const timeout = options?.timeout === undefined ? fallback : options.timeout
  return { timeout, silent: options?.silenceTimeout === true }
}

/** Runs the saga, checks the expectations, and resolves with what it did. */
export async function runExpectedSaga(
  setup: SagaRun,
  options: RunOptions | number | false | undefined,
  silent: boolean,
  defaultTimeout: number,
): Promise<RunResult> {
  const { timeout, silent: silenceTimeout } = timeoutOf(options, defaultTimeout)
  const clock = new VirtualClock()
  const work = new OutsideWork()
  const channel = stdChannel<unknown>()
  let state = setup.state
  const queued = setup.dispatches.filter((d) => d.at === undefined).map((d) => d.action)

  const dispatch = (action: unknown): unknown => {
    state = setup.reducer(state, action)
    channel.put(action)
    return action
  }
  // Actions dispatched before the run wait for a `take` that wants them, as in
  // redux-saga-test-plan; they go in once the take is listening.
  const releaseFor = (effect: Effect) => {
    if (effect.type !== 'TAKE' || queued.length === 0) return
    const payload = effect.payload as TakePayload
    const pattern = payload.pattern ?? recorder.patternOf(payload.channel)
    if (pattern === undefined && payload.channel !== undefined) return
    const matches = toMatcher(pattern)
    const index = queued.findIndex((action) => isEnd(action) || matches(action))
    if (index < 0) return
    const actions = queued.splice(0, index + 1)
    queueMicrotask(() => actions.forEach(dispatch))
  }
  const recorder = new EffectRecorder(releaseFor)

  const schedule = (action: unknown, at: number | undefined) => {
    if (at === undefined) queueMicrotask(() => dispatch(action))
    else clock.setTimer(at - clock.now(), () => dispatch(action))
  }
  for (const { action, at } of setup.dispatches) if (at !== undefined) schedule(action, at)

  let outcome: Outcome | undefined
  const task: Task = runSaga(
    {
      channel,
      dispatch,
      getState: () => state,
      sagaMonitor: recorder,
      effectMiddlewares: [createEffectMiddleware(setup.providers, clock, work)],
      onError: () => {}, // the run reports the error itself
    },
    setup.saga as (...args: unknown[]) => Iterator<unknown>,
    ...setup.args,
  )
  setup.started = {
    dispatch: (action, at) => schedule(action, at === undefined ? at : clock.now() + at),
  }
  task.toPromise().then(
    (value) => (outcome ??= { kind: 'returned', value }),
    (error: unknown) => (outcome ??= { kind: 'threw', error }),
  )

  let timedOut = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<void>((resolve) => {
    if (timeout !== false)
      timer = realSetTimeout(() => {
        timedOut = true
        resolve()
      }, timeout)
  })
  const finished = () => outcome !== undefined && recorder.spawned.every((t) => !t.isRunning())
  const limit = () => (setup.autoAdvance ? Infinity : setup.timeLimit)

  try {
    for (;;) {
      await macrotask()
      if (finished() || timedOut) break
      if (work.pending > 0) await Promise.race([work.settled(), recorder.nextEvent(), deadline])
      else if (!clock.advanceToNext(limit())) {
        clock.moveTo(limit())
        await Promise.race([recorder.nextEvent(), work.settled(), deadline])
      }
    }
  } finally {
    realClearTimeout(timer)
    setup.started = undefined
  }

  if (!finished()) {
    task.cancel()
    for (const spawned of recorder.spawned) spawned.cancel()
    if (!silent && !silenceTimeout) {
      console.warn(
        `sagaloop/testing: expectSaga(${setup.saga.name || 'saga'}) did not finish within ${String(timeout)} ms of real time, so it was cancelled and the assertions were checked against what it did until then. ` +
          'This is expected of a saga that never ends (a watcher): use .silentRun() to silence this warning, or .run({ timeout }) to wait longer.',
      )
    }
    outcome = { kind: 'timed out', timeout: timeout === false ? Infinity : timeout }
  }
  const final = outcome as Outcome

  const failures = checkExpectations(setup.expectations, {
    outcome: final,
    allEffects: recorder.allEffects,
    storeState: state,
  })
  // With a `.throws` (or `.not.throws`) assertion, the error is the assertion's to judge.
  const expectsError = setup.expectations.some((e) => e.kind === 'throws')
  if (final.kind === 'threw' && !expectsError) throw final.error
  // A spawned task is a root of its own: its failure would go to onError, unseen. Report it.
  const failedSpawn = recorder.spawned.find((spawned) => spawned.isAborted())
  if (failedSpawn !== undefined) throw failedSpawn.error()
  if (failures.length > 0) {
    const name = setup.saga.name || 'saga'
    throw new SagaAssertionError(
      `expectSaga(${name}): ${failures.length} of ${setup.expectations.length} assertions failed.\n\n${failures.join('\n\n')}`,
    )
  }
  const effects = recorder.grouped()
  return {
    effects,
    allEffects: recorder.allEffects,
    returnValue: final.kind === 'returned' ? final.value : undefined,
    storeState: state,
    toJSON: () => toJSON(effects),
  }
}
