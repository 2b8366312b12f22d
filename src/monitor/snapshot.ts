/**
 * Turns the live records into plain data: descriptions are made here, once per effect, so the
 * hooks the runtime calls stay cheap.
 */
import { describeEffect, taskName as runtimeTaskName } from '../runtime/describe.js'
import { isTask } from '../effects/tasks.js'
import { effectType, type ActionRecord, type EffectRecord, type TaskNode } from './tree.js'
import type { InspectorSnapshot, LogEntry, TaskCounts, TaskSnapshot, TaskState } from './types.js'

/** The name of the task a `fork` or a `call` starts (helpers named as the user wrote them). */
export function taskName(entry: EffectRecord): string {
  const type = effectType(entry.effect)
  if (type !== 'FORK' && type !== 'CALL') return entry.owner?.name ?? 'saga'
  return runtimeTaskName(
    (entry.effect as { payload?: { fn?: unknown; args?: unknown[] } }).payload ?? {},
  )
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message
  }
  return describeEffect(error)
}

function describeResult(entry: EffectRecord): string | undefined {
  const value = entry.result
  if (entry.outcome === 'rejected') return describeError(value)
  if (entry.outcome !== 'resolved' || value === undefined) return undefined
  if (isTask(value)) return `task ${value.meta.name}`
  return describeEffect(value)
}

function textOf(entry: EffectRecord): string {
  entry.text ??= describeEffect(entry.effect)
  return entry.text
}

function stateOf(node: TaskNode): TaskState {
  const end = node.end()
  if (end !== undefined) return end
  if (node.current !== undefined) return 'blocked'
  return node.children.some((child) => child.isLive()) ? 'waiting' : 'running'
}

function taskSnapshot(node: TaskNode, counts: TaskCounts): TaskSnapshot {
  const state = stateOf(node)
  counts[state]++
  const snapshot: TaskSnapshot = {
    id: node.id,
    name: node.name,
    kind: node.kind,
    parentId: node.parent?.id ?? null,
    state,
    cancelling: node.isCancelling(),
    startedAt: node.startedAt,
    children: node.children.map((child) => taskSnapshot(child, counts)),
  }
  // A cancelled task may still wait, in a `finally` block: what it waits on is worth showing.
  const current = node.current
  if (current !== undefined) {
    snapshot.blockedOn = textOf(current)
    const pending = current.branches?.filter((branch) => branch.outcome === 'pending')
    if (pending !== undefined && pending.length > 0) {
      snapshot.branches = pending.map((branch) => `${branch.label ?? '?'}: ${textOf(branch)}`)
    }
  }
  if (state === 'failed') snapshot.error = describeError(node.errorOf())
  if (node.endedAt !== undefined) snapshot.endedAt = node.endedAt
  return snapshot
}

function logEntry(entry: EffectRecord | ActionRecord): LogEntry {
  if (entry.kind === 'action') {
    const type = (entry.action as { type?: unknown } | null)?.type
    return { kind: 'action', id: entry.id, seq: entry.seq, at: entry.at, type: String(type) }
  }
  if (entry.outcome !== 'pending') entry.detail ??= describeResult(entry)
  const line: LogEntry = {
    kind: 'effect',
    seq: entry.seq,
    at: entry.at,
    effectId: entry.id,
    taskId: entry.owner?.id ?? null,
    taskName: entry.owner?.name ?? '?',
    text: textOf(entry),
    outcome: entry.outcome,
  }
  if (entry.label !== undefined) line.label = entry.label
  if (entry.detail !== undefined) line.detail = entry.detail
  return line
}

export function toSnapshot(
  at: number,
  roots: readonly TaskNode[],
  log: readonly (EffectRecord | ActionRecord)[],
): InspectorSnapshot {
  const counts: TaskCounts = {
    running: 0,
    blocked: 0,
    waiting: 0,
    done: 0,
    cancelled: 0,
    failed: 0,
  }
  const tree = roots.map((root) => taskSnapshot(root, counts))
  return { at, roots: tree, counts, log: log.map(logEntry) }
}
