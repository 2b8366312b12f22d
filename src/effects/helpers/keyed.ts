/**
 * The keyed helpers as plain sagas: `takeLatestBy`, `takeLeadingBy` and `takeEveryBy` apply
 * their policy per key, the key being `keyOf(action)` (their effect creators are in
 * `keyed-effects.ts`). Each keeps one table, key → the worker running for it; an entry is removed
 * when its worker ends, so the table holds running workers only, however many keys went by.
 * Workers are forked (attached), so cancelling the helper cancels every key's worker.
 */
import type { Pattern, Task } from '../../types.js'
import { SagaError, describeValue } from '../../errors.js'
import { cancel, fork, take } from '../descriptors.js'
import { answerWithTask, callAnswering, claimReply } from './requests.js'
import {
  workerRunner,
  type KeyedEntry,
  type KeyedRun,
  type KeyOf,
  type Source,
  type Table,
  type Worker,
} from './keyed-worker.js'

export type { KeyedEntry, KeyedRun } from './keyed-worker.js'

function describeSource(source: Source): string {
  if (typeof source === 'function') {
    const type = (source as { type?: unknown }).type
    return typeof type === 'string' ? JSON.stringify(type) : source.name || 'predicate'
  }
  return typeof source === 'object' && !Array.isArray(source) ? 'channel' : describeValue(source)
}

function where(run: KeyedRun): string {
  const keyOf = run.keyOf.name || 'keyOf'
  return `${run.helper}(${describeSource(run.source)}, ${keyOf}, ${run.worker.name || 'worker'})`
}

/**
 * `keyOf(action)`, or a `SagaError` naming the helper: thrown in the helper's saga, so it fails
 * the helper (and its parent, as a worker's error would) while `dispatch` returns as usual.
 */
export function keyFor(run: KeyedRun, action: unknown): unknown {
  let key: unknown
  try {
    key = (run.keyOf as (action: unknown) => unknown)(action)
  } catch (cause) {
    // The reason is read in the message itself, which a production build drops.
    const error = new SagaError(
      'KEY_OF_FAILED',
      `${where(run)}: keyOf threw for the action ${describeValue(action)}: ${cause instanceof Error ? cause.message : describeValue(cause)}. Hint: keyOf must return a key for every action the pattern matches; narrow the pattern or give such actions a key.`,
    )
    Object.defineProperty(error, 'cause', { value: cause, configurable: true, writable: true })
    throw error
  }
  if ((typeof key === 'object' && key !== null) || typeof key === 'function') {
    throw new SagaError(
      'INVALID_KEY',
      `${where(run)}: keyOf returned ${describeValue(key)} for the action ${describeValue(action)}; a key must be a string, number, symbol, bigint, boolean, null or undefined. Hint: an object is a new key on every dispatch (return its id instead).`,
    )
  }
  return key
}

/**
 * The loop of `takeLatestBy` and `takeLeadingBy`. `table` is a parameter so that tests can watch
 * it; the helpers pass a new Map.
 */
export function* keyedLoop(
  run: KeyedRun,
  replace: boolean,
  table: Table,
): Generator<unknown, void, unknown> {
  const runWorker = workerRunner(run) as (...args: unknown[]) => unknown
  try {
    for (;;) {
      const action = yield take(run.source as Pattern)
      const key = keyFor(run, action)
      const running = table.get(key)
      if (running !== undefined) {
        if (!replace) continue
        // Not cancel(undefined): that would cancel this helper itself.
        if (running.task !== undefined) yield cancel(running.task)
      }
      const entry: KeyedEntry = { task: undefined }
      const task = (yield fork(runWorker, table, key, entry, action)) as Task
      answerWithTask(action, task)
      if (!task.isRunning()) continue
      entry.task = task
      table.set(key, entry)
    }
  } finally {
    // Cancelled or failed: the workers were attached, so they are cancelled with the helper.
    table.clear()
  }
}

/** Forks `worker(...args, action)` per key, cancelling that key's previous worker. */
export function* takeLatestByHelper(
  source: Source,
  keyOf: KeyOf,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  yield* keyedLoop({ helper: 'takeLatestBy', source, keyOf, worker, args }, true, new Map())
}

/** Forks `worker(...args, action)` for a key with no running worker; ignores the action otherwise. */
export function* takeLeadingByHelper(
  source: Source,
  keyOf: KeyOf,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  yield* keyedLoop({ helper: 'takeLeadingBy', source, keyOf, worker, args }, false, new Map())
}

/** One key of `takeEveryBy`: the actions still to handle, in order. */
interface Queue {
  readonly actions: unknown[]
}

/**
 * Runs a key's actions one after another, then ends, forgetting the key in its `finally`. The
 * table holds the queue while the key has work.
 */
function* takeEveryByKey(
  run: KeyedRun,
  queues: Map<unknown, Queue>,
  key: unknown,
  queue: Queue,
): Generator<unknown, void, unknown> {
  try {
    for (let action = queue.actions.shift(); action !== undefined; action = queue.actions.shift())
      yield* callAnswering(run.worker, run.args, action)
  } finally {
    if (queues.get(key) === queue) queues.delete(key)
    // Failed or cancelled: the actions queued behind are never handled; their awaiters learn it.
    for (const action of queue.actions.splice(0))
      claimReply(action)?.cancel(run.worker.name || 'worker')
  }
}

/**
 * Handles every action, one at a time per key and in dispatch order; different keys run side
 * by side. A key's queue lives while it has work.
 */
export function* takeEveryByHelper(
  source: Source,
  keyOf: KeyOf,
  worker: Worker,
  ...args: unknown[]
): Generator<unknown, void, unknown> {
  const run: KeyedRun = { helper: 'takeEveryBy', source, keyOf, worker, args }
  const queues = new Map<unknown, Queue>()
  try {
    for (;;) {
      const action = yield take(source as Pattern)
      const key = keyFor(run, action)
      const queued = queues.get(key)
      if (queued !== undefined) {
        queued.actions.push(action)
        continue
      }
      const queue: Queue = { actions: [action] }
      queues.set(key, queue)
      // A key whose worker ends at once has already left the table when `fork` returns.
      yield fork(takeEveryByKey, run, queues, key, queue)
    }
  } finally {
    queues.clear()
  }
}
