/**
 * The inspector's live records: one node per task, one record per effect. Nodes hold the task
 * object itself and read its status when asked, so no work is done when a task ends; effect
 * records hold the effect itself and are described only when a snapshot is taken.
 */
import type { Task } from '../types.js'
import type { EffectOutcome, TaskKind } from './types.js'

/** One effect, from `effectTriggered` until it settles; it is also the effect's log entry. */
export interface EffectRecord {
  readonly kind: 'effect'
  readonly seq: number
  readonly at: number
  readonly id: number
  readonly parentId: number
  readonly owner: TaskNode | undefined
  readonly label: string | undefined
  readonly effect: unknown
  outcome: EffectOutcome
  result: unknown
  /** Pending or settled branches, for an `all` or a `race`. */
  branches: EffectRecord[] | undefined
  /** The descriptions, made on the first snapshot that shows them. */
  text: string | undefined
  detail: string | undefined
}

/** A dispatched action, as a log entry. */
export interface ActionRecord {
  readonly kind: 'action'
  /** The action's `#id`, as `why()` and `effectsOf()` take it. */
  readonly id: number
  readonly seq: number
  readonly at: number
  readonly action: unknown
}

export type Ended = 'done' | 'failed' | 'cancelled'

export class TaskNode {
  /** Set when the runtime hands over the task (a fork's or a root's result). */
  task: Task | undefined = undefined
  /** How a node without a task object (a called saga, a fork that failed) ended. */
  ended: Ended | undefined = undefined
  error: unknown = undefined
  /** The effect the main flow waits on. */
  current: EffectRecord | undefined = undefined
  children: TaskNode[] = []
  /** Prune `children` when it grows past this: pruning is amortised, not done per fork. */
  pruneAt = 0
  endedAt: number | undefined = undefined

  constructor(
    readonly id: number,
    readonly name: string,
    readonly kind: TaskKind,
    readonly parent: TaskNode | undefined,
    readonly startedAt: number,
  ) {}

  /** How the task ended, read from the task itself; `undefined` while it runs. */
  end(): Ended | undefined {
    if (this.ended !== undefined) return this.ended
    const status = this.task?.status
    if (status !== undefined && status !== 'running') return status
    // A fork whose child failed at once is never resolved: the parent's end says how it went.
    if (this.task === undefined && this.kind !== 'call' && this.parent !== undefined) {
      const parentEnd = this.parent.end()
      if (parentEnd === 'failed') return 'failed'
      if (parentEnd !== undefined) return 'cancelled'
    }
    return undefined
  }

  errorOf(): unknown {
    if (this.error !== undefined) return this.error
    if (this.task !== undefined) return this.task.error()
    return this.kind !== 'call' ? this.parent?.errorOf() : undefined
  }

  isCancelling(): boolean {
    return this.task !== undefined ? this.task.isCancelled() : this.end() === 'cancelled'
  }

  /** True while this task or anything below it runs (a spawned child may outlive its parent). */
  isLive(): boolean {
    return this.end() === undefined || this.children.some((child) => child.isLive())
  }
}

/** The kind of an effect object: `"FORK"`, `"RACE"`..., or `undefined` for a plain value. */
export function effectType(effect: unknown): string | undefined {
  if (typeof effect !== 'object' || effect === null) return undefined
  const record = effect as Record<string, unknown>
  return record['@@redux-saga/IO'] === true ? String(record.type) : undefined
}

const COMBINATORS = new Set(['ALL', 'RACE'])

/** An `all` or a `race`: its branches run under its own effect id, for the task that yielded it. */
export function isCombinator(type: string | undefined): boolean {
  return type !== undefined && COMBINATORS.has(type)
}
