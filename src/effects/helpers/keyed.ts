/**
 * The keyed helpers as plain sagas: `takeLatestBy`, `takeLeadingBy` and `takeEveryBy` apply
 * their policy per key, the key being `keyOf(action)` (their effect creators are in
 * `keyed-effects.ts`). Each keeps one table, key → the worker running for it; an entry is removed
 * when its worker ends, so the table holds running workers only, however many keys went by.
 * Workers are forked (attached), so cancelling the helper cancels every key's worker.
 */
import type { Pattern, TakeableChannel, Task } from '../../types.js'
import { SagaError, describeValue } from '../../errors.js'
import { cancel, fork, take } from '../descriptors.js'
import { answerWithTask, callAnswering, claimReply } from './requests.js'

type Worker = (...args: never[]) => unknown
type Source = Pattern | TakeableChannel<unknown>
type Call = (...args: unknown[]) => unknown
type KeyOf = (action: never) => unknown

/** What the helpers share: how each finds the key and the worker's table. */
export interface KeyedRun {
  readonly helper: string
  readonly source: Source
  readonly keyOf: KeyOf
  readonly worker: Worker
  readonly args: unknown[]
}

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
    const reason = cause instanceof Error ? cause.message : describeValue(cause)
    const error = new SagaError(
      'KEY_OF_FAILED',
      `${where(run)}: keyOf threw for the action ${describeValue(action)}: ${reason}. Hint: keyOf must return a key for every action the pattern matches; narrow the pattern or give such actions a key.`,
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

/** The table's entry for `key` goes when that worker ends, unless a newer worker replaced it. */
function evictOnEnd(table: Map<unknown, Task>, key: unknown, task: Task): void {
  const evict = () => {
    if (table.get(key) === task) table.delete(key)
  }
  task.toPromise().then(evict, evict)
}

/**
 * The loop of `takeLatestBy` and `takeLeadingBy`. `table` is a parameter so that tests can watch
 * it; the helpers pass a new Map.
 */
export function* keyedLoop(
  run: KeyedRun,
  replace: boolean,
  table: Map<unknown, Task>,
): Generator<unknown, void, unknown> {
  try {
    for (;;) {
      const action = yield take(run.source as Pattern)
      const key = keyFor(run, action)
      const running = table.get(key)
      // A worker that ended a moment ago may still be listed (eviction runs on its promise).
      if (running !== undefined && running.isRunning()) {
        if (!replace) continue
        yield cancel(running)
      }
      const task = (yield fork(run.worker as Call, ...run.args, action)) as Task
      if (!task.isRunning()) continue
      table.set(key, task)
      evictOnEnd(table, key, task)
      answerWithTask(action, task)
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
 * Runs a key's actions one after another, then ends. Its own task (named after the worker) is
 * what the table holds while the key has work.
 */
function* takeEveryByKey(run: KeyedRun, queue: Queue): Generator<unknown, void, unknown> {
  try {
    for (let action = queue.actions.shift(); action !== undefined; action = queue.actions.shift())
      yield* callAnswering(run.worker, run.args, action)
  } finally {
    // Failed or cancelled: the actions queued behind are never handled; their awaiters learn it.
    cancelQueued(queue, run)
  }
}

function cancelQueued(queue: Queue, run: KeyedRun): void {
  for (const action of queue.actions.splice(0))
    claimReply(action)?.cancel(run.worker.name || 'worker')
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
  const queues = new Map<unknown, { queue: Queue; task: Task }>()
  try {
    for (;;) {
      const action = yield take(source as Pattern)
      const key = keyFor(run, action)
      const entry = queues.get(key)
      if (entry !== undefined && entry.task.isRunning()) {
        entry.queue.actions.push(action)
        continue
      }
      const queue: Queue = { actions: [action] }
      const task = (yield fork(takeEveryByKey, run, queue)) as Task
      if (!task.isRunning()) continue
      queues.set(key, { queue, task })
      const evict = () => {
        if (queues.get(key)?.task === task) queues.delete(key)
      }
      task.toPromise().then(evict, evict)
    }
  } finally {
    queues.clear()
  }
}
