/**
 * The effect log of a run and the report of what is still blocked at its end: plain data with
 * run-local ids and no functions, so `expect(result.log).toMatchSnapshot()` is stable.
 */
import { delayP } from '../../effects/descriptors.js'
import { describeEffect } from '../../runtime/describe.js'
import { TASK } from '../../symbols.js'
import { isMockTask } from '../step/mock-task.js'
import { describeThrown } from '../describe-value.js'
import type { RunTask, Yielded } from './recorder.js'

/** The task that yielded an effect: ids count from 1 in the order tasks started. */
export interface LogTask {
  readonly id: number
  readonly name: string
  /** The id of the task that forked it; `null` for the root saga. */
  readonly parent: number | null
}

/** One yielded effect (or plain value) of a run. */
export interface LogEntry {
  /** Order in the run, from 1. */
  readonly seq: number
  readonly task: LogTask
  /** `PUT`, `CALL`...; `null` for a yielded value that is not an effect (a promise). */
  readonly type: string | null
  /** `put({"type":"SAVED"})`: the effect on one line. */
  readonly effect: string
  readonly status: 'pending' | 'resolved' | 'rejected' | 'cancelled'
  /** What the effect gave the saga (functions by name), when it resolved. */
  readonly result?: unknown
  /** The error it threw into the saga, when it was rejected. */
  readonly error?: string
  /** Virtual milliseconds when it was yielded, and when it settled. */
  readonly at: number
  readonly settledAt?: number
}

/** A task still running at the end of the run, and the effects it waits on. */
export interface BlockedTask {
  readonly task: LogTask
  readonly on: readonly string[]
}

/** How deep a log entry's result is written out: results can be whole states or channels. */
const LOG_DEPTH = 6

/**
 * A value with functions as test-plan's `'@@redux-saga-test-plan/json/function/name'`, written
 * out to any depth as test-plan's (a cycle, where test-plan overflowed its stack, is
 * `'[Circular]'`). A task the runtime started is `'@@sagaloop/task/name'`; a mock task is an
 * object like @redux-saga/testing-utils' (see createMockTask).
 */
export function toJSON(value: unknown, maxDepth = Infinity): unknown {
  return jsonOf(value, maxDepth, [])
}

function jsonOf(value: unknown, maxDepth: number, path: object[]): unknown {
  if (typeof value === 'function')
    return `@@redux-saga-test-plan/json/function/${(value as { name?: string }).name || '<anonymous>'}`
  if (typeof value !== 'object' || value === null) return value
  if (path.length > maxDepth) return '[…]'
  if (path.includes(value)) return '[Circular]'
  if ((value as Record<string, unknown>)[TASK] === true && !isMockTask(value)) {
    const meta = (value as { meta?: { name?: string } }).meta
    return `@@sagaloop/task/${meta?.name ?? 'task'}`
  }
  const inner = [...path, value]
  const json = (item: unknown) => jsonOf(item, maxDepth, inner)
  return Array.isArray(value)
    ? value.map(json)
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, json(item)]))
}

export function logTask(task: RunTask): LogTask {
  return { id: task.id, name: task.name, parent: task.parent ?? null }
}

function describe(entry: Yielded): string {
  if (entry.effect !== undefined) return describeEffect(entry.effect, { maskSecrets: false })
  const value = entry.value as { then?: unknown } | null
  return typeof value?.then === 'function'
    ? 'a promise'
    : describeEffect(entry.value, { maskSecrets: false })
}

export function logEntry(entry: Yielded): LogEntry {
  const base = {
    seq: entry.seq,
    task: logTask(entry.task),
    type: entry.effect?.type ?? null,
    effect: describe(entry),
    status: entry.state,
    at: entry.at,
  }
  const settled = entry.settledAt === undefined ? {} : { settledAt: entry.settledAt }
  if (entry.state === 'resolved')
    return { ...base, result: toJSON(entry.result, LOG_DEPTH), ...settled }
  if (entry.state === 'rejected')
    return { ...base, error: describeThrown(entry.result), ...settled }
  return { ...base, ...settled }
}

/** Why a pending effect still waits once the run is idle. */
function reason(entry: Yielded): string {
  const effect = entry.effect as { type: string; payload: { fn?: unknown } } | undefined
  if (effect === undefined) return ''
  if (effect.type === 'TAKE') return ' (no dispatched action matches)'
  if (effect.type === 'CALL' && effect.payload.fn === delayP)
    return ' (a timer past the end of virtual time)'
  if (effect.type === 'JOIN') return ' (the joined task has not ended)'
  return ''
}

/** The innermost pending effects of every task still live: what each one waits on. */
export function blockedTasks(
  yielded: readonly Yielded[],
  isLive: (task: RunTask) => boolean,
): BlockedTask[] {
  const pending = yielded.filter((entry) => entry.state === 'pending')
  const outer = new Set(pending.map((entry) => entry.parent).filter((p) => p !== undefined))
  const byTask = new Map<RunTask, string[]>()
  for (const entry of pending) {
    if (outer.has(entry) || !isLive(entry.task)) continue
    const list = byTask.get(entry.task) ?? []
    list.push(`${describe(entry)}${reason(entry)}`)
    byTask.set(entry.task, list)
  }
  return [...byTask].map(([task, on]) => ({ task: logTask(task), on }))
}

/** `  watcher (task 2, forked by task 1) waits on take("A") (no dispatched action matches)` */
export function describeBlocked(blocked: readonly BlockedTask[]): string {
  return blocked
    .map(({ task, on }) => {
      const where = task.parent === null ? 'the root saga' : `forked by task ${task.parent}`
      return `  ${task.name} (task ${task.id}, ${where}) waits on ${on.join(' and ')}`
    })
    .join('\n')
}
