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
 * real promises (unmocked I/O) and outside sources, within one budget for the whole run (the
 * clock then follows real time, so timers race them as under test-plan), and on `.delay(ms)`
 * dispatches, which wait `ms` real milliseconds as test-plan's do (and lengthen the budget by
 * as much: the horizon bounds them).
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
import {
  macrotask,
  realBudget,
  realClearTimeout,
  realNow,
  realSetTimeout,
  realWait,
  type RealTimer,
} from './real-time.js'
import type { SagaRun } from './setup.js'

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
  // After `.delay(ms)` it waits `ms` real milliseconds first: the action's timer is on the
  // virtual clock, so it comes after the timers due before it, and held by a real wait of `ms`.
  const timers: RealTimer[] = []
  // test-plan's timeout is one budget of real time for the whole run, not an allowance per
  // promise: a saga that keeps starting real promises is stopped once it is spent.
  const budget = realBudget(guard, timers)
  const deliver = ({ action, delay }: QueuedAction) => {
    if (delay === undefined) {
      state = setup.reducer(state, action)
      queueMicrotask(() => channel.put(action as NotUndefined))
      return
    }
    clock.setTimer(delay, () => dispatch(action), delay > 0 ? realWait(delay, timers) : undefined)
    budget.extend(delay)
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
  // A dispatch made while the run waits (with no timeout, or on a `.delay`) wakes it.
  let wake: (() => void) | undefined
  const woken = () => new Promise<void>((resolve) => (wake = resolve))
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

  const spent = budget.spent
  let stop: Stop = { kind: 'finished' }
  try {
    for (;;) {
      await macrotask()
      if (finished()) break
      if (work.pending > 0) {
        if (!(await followRealTime(clock, limit(), settlesInTime(work, recorder, spent)))) {
          stop = { kind: 'stuck', on: work.describe() }
          break
        }
        continue
      }
      const moved = clock.advanceToNext(limit())
      if (moved === true) continue
      // The next timer is a `.delay(ms)` dispatch whose real milliseconds have not passed yet.
      if (moved) {
        await Promise.race([moved, recorder.nextEvent(), woken()])
        wake = undefined
        continue
      }
      // An eventChannel is fed from outside the saga (a socket, a real timer): while a task
      // takes from one, wait for its next event within what is left of the budget, as test-plan.
      if (
        waitsOnOutsideSource(recorder) &&
        (await followRealTime(clock, limit(), settlesInTime(work, recorder, spent)))
      )
        continue
      // `run(false)` is test-plan's "wait until the saga finishes, however long": the test may
      // still dispatch (`saga.dispatch(...)` after an `await`), so idle does not end it.
      if (guard === false) {
        await Promise.race([woken(), work.settled()])
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
    timers.forEach(realClearTimeout)
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

/**
 * Waits on `wait` (real work: the saga's real promises, an outside source) with the virtual clock
 * following real time meanwhile: the next timer fires once its due time comes in real
 * milliseconds, and when the wait ends the clock has moved by the real time it took (the timers
 * due by then fired, in order), as far as `limit`. So a `delay` races a real request as under
 * test-plan, where both are real. False if `wait` is (the run's budget ran out).
 */
async function followRealTime(
  clock: VirtualClock,
  limit: number,
  wait: Promise<boolean>,
): Promise<boolean> {
  const from = clock.now()
  const due = clock.nextFree()
  let timer: RealTimer | undefined
  // The due time itself once the timer fired: a real timer may fire a fraction of a ms early.
  let reached = from
  const ticked =
    due === undefined || due > limit
      ? undefined
      : new Promise<true>((resolve) => {
          timer = realSetTimeout(() => {
            reached = due
            resolve(true)
          }, due - from)
        })
  clock.follow(realNow)
  let goesOn: boolean
  try {
    goesOn = await (ticked === undefined ? wait : Promise.race([wait, ticked]))
  } finally {
    if (timer !== undefined) realClearTimeout(timer)
    reached = Math.max(reached, clock.unfollow())
  }
  if (goesOn) clock.advanceTo(Math.min(limit, reached))
  return goesOn
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
