/**
 * One `expectSaga` run: a stand-in store (state, reducer, dispatch), the saga on `runSaga` with
 * the recorder and the effect middleware, and the loop that runs it until it is idle.
 *
 * Idle: after a real macrotask (every microtask drained), no real promise the saga waits on is
 * pending and no virtual timer is due. Then every live task waits on something only the test can
 * give (a dispatch, a provided promise that never settles), so the run ends at once, with no
 * wall-clock wait, and says which task waits on what (unless the run has no timeout: then it
 * waits for a dispatch). While timers are set the clock jumps to the next one, as far as the
 * virtual horizon; ten minutes of polling take a few milliseconds. Real time is spent only on
 * real promises (unmocked I/O) and outside sources, within one budget for the whole run.
 */
import { stdChannel } from '../../channels/std-channel.js'
import type { Effect, TakePayload } from '../../effects/descriptors.js'
import { runSaga } from '../../redux/run-saga.js'
import type { NotUndefined, Task } from '../../types.js'
import { VirtualClock } from './clock.js'
import { createEffectMiddleware, OutsideWork } from './effect-middleware.js'
import { release, type QueuedAction } from './dispatch-queue.js'
import { EffectRecorder } from './recorder.js'
import { installVirtualNow } from './virtual-now.js'
import type { SagaRun } from './setup.js'

// Captured at load: a test that fakes the global timers must not stop the run's own loop.
const realSetTimeout = globalThis.setTimeout
const realClearTimeout = globalThis.clearTimeout
const macrotask: () => Promise<void> =
  typeof globalThis.setImmediate === 'function'
    ? (
        (setImmediate) => () =>
          new Promise<void>((resolve) => setImmediate(resolve))
      )(globalThis.setImmediate)
    : () => new Promise<void>((resolve) => realSetTimeout(resolve, 0))

/** Why the loop stopped short of the saga's end. */
export type Stop =
  { kind: 'finished' } | { kind: 'idle'; horizon: boolean } | { kind: 'stuck'; on: string[] }

export interface Running {
  task: Task
  recorder: EffectRecorder
  clock: VirtualClock
  state(): unknown
  stop: Stop
}

/**
 * Runs the saga until it is done or idle; `guard` is the run's budget of real time (test-plan's
 * timeout), `false` for none.
 */
export async function runUntilIdle(setup: SagaRun, guard: number | false): Promise<Running> {
  const clock = new VirtualClock()
  const work = new OutsideWork()
  const channel = stdChannel<NotUndefined>()
  let state = setup.state
  const queue: QueuedAction[] = [...setup.dispatches]

  // The actions are the test's, unchecked: the channel itself rejects `undefined` (checkInput).
  const dispatch = (action: unknown): unknown => {
    state = setup.reducer(state, action)
    channel.put(action as NotUndefined)
    return action
  }
  // test-plan applies the reducer at once and lets takers hear the action a microtask later.
  const deliver = ({ action, delay }: QueuedAction) => {
    if (delay === undefined) {
      state = setup.reducer(state, action)
      queueMicrotask(() => channel.put(action as NotUndefined))
    } else clock.setTimer(delay, () => dispatch(action))
  }
  const releaseFor = (effect: Effect) => {
    if (effect.type !== 'TAKE' || queue.length === 0) return
    const payload = effect.payload as TakePayload
    release(queue, payload.pattern ?? recorder.patternOf(payload.channel)).forEach(deliver)
  }
  const recorder = new EffectRecorder(() => clock.now(), releaseFor)
  const restoreNow =
    setup.virtualNow === undefined ? undefined : installVirtualNow(clock, setup.virtualNow)

  let task: Task
  try {
    task = runSaga(
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
  } catch (error) {
    restoreNow?.()
    throw error
  }
  // A dispatch made while the run waits with no timeout wakes it (see the idle case below).
  let wake: (() => void) | undefined
  setup.started = {
    dispatch: (action, delay) => {
      deliver({ action, delay })
      wake?.()
    },
  }

  let ended = false
  task.toPromise().then(
    () => (ended = true),
    () => (ended = true),
  )
  const finished = () => ended && recorder.spawned.every((t) => !t.isRunning())
  const limit = () => (setup.autoAdvance ? setup.horizon : Math.min(setup.timeLimit, setup.horizon))

  // test-plan's timeout is one budget of real time for the whole run, not an allowance per
  // promise: a saga that keeps starting real promises is stopped once it is spent.
  let budget: ReturnType<typeof setTimeout> | undefined
  const spent = new Promise<false>((resolve) => {
    if (guard !== false) budget = realSetTimeout(() => resolve(false), guard)
  })
  let stop: Stop = { kind: 'finished' }
  try {
    for (;;) {
      await macrotask()
      if (finished()) break
      if (work.pending > 0) {
        if (!(await settlesInTime(work, recorder, spent))) {
          stop = { kind: 'stuck', on: work.describe() }
          break
        }
        continue
      }
      if (clock.advanceToNext(limit())) continue
      // An eventChannel is fed from outside the saga (a socket, a real timer): while a task
      // takes from one, wait for its next event within what is left of the budget, as test-plan.
      if (waitsOnOutsideSource(recorder) && (await settlesInTime(work, recorder, spent))) continue
      // `run(false)` is test-plan's "wait until the saga finishes, however long": the test may
      // still dispatch (`saga.dispatch(...)` after an `await`), so idle does not end it.
      if (guard === false) {
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), work.settled()])
        wake = undefined
        continue
      }
      const next = clock.nextDue()
      stop = {
        kind: 'idle',
        horizon: setup.autoAdvance && next !== undefined && next > setup.horizon,
      }
      if (!setup.autoAdvance) clock.moveTo(setup.timeLimit)
      break
    }
  } finally {
    realClearTimeout(budget)
    setup.started = undefined
    restoreNow?.()
  }
  return { task, recorder, clock, state: () => state, stop }
}

/** Whether a pending take reads an eventChannel (a channel with no `put`: its source is outside). */
function waitsOnOutsideSource(recorder: EffectRecorder): boolean {
  return recorder.yielded.some((entry) => {
    if (entry.state !== 'pending' || entry.effect?.type !== 'TAKE') return false
    const channel = (entry.effect.payload as { channel?: { put?: unknown } }).channel
    return channel !== undefined && typeof channel.put !== 'function'
  })
}

/** Waits for the saga's real promises to move; false if the run's real-time budget ran out first. */
function settlesInTime(
  work: OutsideWork,
  recorder: EffectRecorder,
  spent: Promise<false>,
): Promise<boolean> {
  return Promise.race([
    work.settled().then(() => true),
    recorder.nextEvent().then(() => true),
    spent,
  ])
}
