/**
 * The end of a run: how it ended, the warning for a saga that did not finish (worded as
 * redux-saga-test-plan's, then why), the assertions, and what `run()` resolves with.
 */
import type { Effect } from '../../effects/descriptors.js'
import { SagaAssertionError } from '../diff.js'
import { checkExpectations, type Outcome } from './expectations.js'
import type { Recorded } from './effect-listing.js'
import {
  blockedTasks,
  describeBlocked,
  logEntry,
  toJSON,
  type BlockedTask,
  type LogEntry,
} from './log.js'
import type { RecordedEffects } from './recorder.js'
import { runUntilIdle } from './run.js'
import type { RunOptions, SagaRun } from './setup.js'

/** What `run()` resolves with. */
export interface RunResult<R = unknown, S = unknown> {
  /** The recorded effects by kind, with test-plan's keys: take, put, race, call, cps, fork, getContext, setContext, select, actionChannel. */
  effects: RecordedEffects
  /** Every recorded effect, in the order it was yielded (`all`, `join`... included). */
  allEffects: Effect[]
  returnValue: R | undefined
  storeState: S
  /** The effects with functions as `'@@redux-saga-test-plan/json/function/name'`, for snapshots. */
  toJSON(): unknown
  /** Every yielded effect in order, with its task, result and virtual time. */
  log: LogEntry[]
  /** The tasks still running when the run ended, and what each waited on (empty if it finished). */
  blocked: BlockedTask[]
  /** Why the run ended: the saga finished, went idle, hit the virtual horizon, or waited on a real promise too long. */
  ended: 'finished' | 'idle' | 'horizon' | 'stuck'
  /** Virtual milliseconds the run covered. */
  virtualTime: number
}

function optionsOf(options: RunOptions | number | false | undefined, fallback: number) {
  if (typeof options === 'number' || options === false)
    return { timeout: options, silent: false, horizon: undefined }
  const timeout = options?.timeout === undefined ? fallback : options.timeout
  return { timeout, silent: options?.silenceTimeout === true, horizon: options?.horizon }
}

/** Runs the saga, checks the expectations, and resolves with what it did. */
export async function runExpectedSaga(
  setup: SagaRun,
  options: RunOptions | number | false | undefined,
  silent: boolean,
  defaultTimeout: number,
): Promise<RunResult> {
  const { timeout, silent: silenceTimeout, horizon } = optionsOf(options, defaultTimeout)
  // test-plan's timeout is how long the saga may run: the same span, in virtual time, is how far
  // a clock that runs by itself may go (a `delay` past it does not fire, as under test-plan).
  if (horizon !== undefined) setup.horizon = horizon
  else if (timeout !== false && setup.autoAdvance) setup.horizon = timeout
  const running = await runUntilIdle(setup, timeout)
  const { task, recorder, clock, stop } = running
  const state = () => running.state()
  const name = setup.saga.name || 'saga'

  // Taken before the end-of-run cancel, so what was still waiting shows as pending.
  const log = recorder.yielded.map(logEntry)
  let outcome: Outcome
  let blocked: BlockedTask[] = []
  if (stop.kind === 'finished') {
    outcome = task.isAborted()
      ? { kind: 'threw', error: task.error() }
      : { kind: 'returned', value: task.result() }
  } else {
    blocked = blockedTasks(recorder.yielded, (t) => recorder.isLive(t, task))
    outcome =
      stop.kind === 'stuck'
        ? { kind: 'stuck', on: stop.on, timeout: timeout === false ? Infinity : timeout }
        : { kind: 'idle', blocked }
    task.cancel()
    for (const spawned of recorder.spawned) spawned.cancel()
    // Two arguments, as test-plan's `warn` (console.warn bound to '[WARNING]:') gives them.
    if (!silent && !silenceTimeout)
      console.warn('[WARNING]:', warning(name, stop, timeout, blocked, setup.horizon))
  }

  const effects: Recorded[] = recorder.yielded.flatMap((entry) =>
    entry.effect === undefined
      ? []
      : [
          {
            seq: entry.seq,
            effect: entry.effect,
            task: entry.task.name,
            taskId: entry.task.id,
            at: entry.at,
          },
        ],
  )
  const { failures, usedUp } = checkExpectations(setup.expectations, {
    outcome,
    effects,
    storeState: state(),
    strict: setup.strict,
  })
  // With a `.throws` (or `.not.throws`) assertion, the error is the assertion's to judge.
  const expectsError = setup.expectations.some((e) => e.kind === 'throws')
  if (outcome.kind === 'threw' && !expectsError) throw outcome.error
  // A spawned task is a root of its own: its failure would go to onError, unseen. Report it.
  const failedSpawn = recorder.spawned.find((spawned) => spawned.isAborted())
  if (failedSpawn !== undefined) throw failedSpawn.error()
  if (failures.length > 0) {
    const first = failures[0] as (typeof failures)[number]
    throw new SagaAssertionError(
      `${first.phrase}\n\nexpectSaga(${name}): ${failures.length} of ${setup.expectations.length} assertions failed.\n\n${failures.map((f) => f.text).join('\n\n')}`,
    )
  }
  const grouped = recorder.grouped(usedUp)
  return {
    effects: grouped,
    allEffects: recorder.allEffects,
    returnValue: outcome.kind === 'returned' ? outcome.value : undefined,
    storeState: state(),
    toJSON: () => toJSON(grouped),
    log,
    blocked,
    ended: stop.kind === 'idle' && stop.horizon ? 'horizon' : stop.kind,
    virtualTime: clock.now(),
  }
}

function warning(
  name: string,
  stop: { kind: 'idle'; horizon: boolean } | { kind: 'stuck'; on: string[] },
  timeout: number | false,
  blocked: readonly BlockedTask[],
  horizon: number,
): string {
  const head =
    timeout === false
      ? `Saga did not finish (run with no timeout)`
      : `Saga exceeded async timeout of ${timeout}ms`
  if (stop.kind === 'stuck') {
    return `${head}\nexpectSaga(${name}) waited ${timeout === false ? 'without limit' : `${timeout} ms of real time`} on ${stop.on.join(' and ')}: a real promise that did not settle. Mock it with .provide(...), or give it longer with .run({ timeout }).\n${describeBlocked(blocked)}`
  }
  const why = stop.horizon
    ? `it kept setting timers, so virtual time was cut at the horizon of ${horizon} ms (.run({ horizon }) moves it).`
    : 'it became idle: no task can go on without something only the test can give.'
  return `${head}\nexpectSaga(${name}) did not finish; ${why} It was cancelled, and the assertions were checked against what it did. Blocked:\n${describeBlocked(blocked)}\nThis is expected of a watcher: .silentRun() silences this warning.`
}
