/**
 * The causality tracker's records. A `Cause` says why a task was running at some moment; each
 * one carries the nearest action up its chain (`action`), so "what did this action cause" is
 * filed in one step, without walking the chain.
 */
import type { Task } from '../types.js'
import type { ActionSummary, TaskSummary } from './causality-types.js'
import type { TaskKind } from './types.js'

export type Cause =
  | { kind: 'root'; task: TaskRec; action: undefined }
  | { kind: 'took'; task: TaskRec; effectId: number; action: ActionRec }
  | { kind: 'message'; task: TaskRec; effectId: number; then: Cause; action: ActionRec | undefined }
  | {
      kind: 'forked'
      task: TaskRec
      parent: TaskRec
      effectId: number
      how: 'fork' | 'spawn' | 'call'
      then: Cause
      action: ActionRec | undefined
    }

const UNKNOWN: Cause = {
  kind: 'root',
  task: undefined as unknown as TaskRec,
  action: undefined,
}

export class TaskRec {
  /** Set right after construction: why the task started. */
  start: Cause = UNKNOWN
  /** The last `take` that woke the task: what it runs for now. */
  wake: Cause | undefined = undefined
  task: Task | undefined = undefined

  constructor(
    readonly id: number,
    readonly name: string,
    readonly kind: TaskKind,
    readonly parent: TaskRec | undefined,
  ) {}

  summary(): TaskSummary {
    return { id: this.id, name: this.name, kind: this.kind, parentId: this.parent?.id ?? null }
  }

  /** Drops what the record points at, once nothing asks for it by id any more. */
  forget(): void {
    this.wake = undefined
    this.task = undefined
  }
}

/** What an action caused, filed as it happens. */
export interface Consequences {
  woke: { task: TaskRec; effectId: number }[]
  started: TaskRec[]
  put: ActionRec[]
}

export class ActionRec {
  /** The action object, for lookups; dropped on eviction. */
  object: object | undefined
  effects: Consequences | undefined = undefined
  forgotten = false

  constructor(
    readonly id: number,
    readonly type: string,
    readonly at: number,
    action: unknown,
    public putBy: TaskRec | undefined,
    public putAt: number | undefined,
    /** Why `putBy` was running when it put the action. */
    public cause: Cause | undefined,
  ) {
    this.object =
      (typeof action === 'object' && action !== null) || typeof action === 'function'
        ? action
        : undefined
  }

  note(what: 'woke' | 'started' | 'put', task: TaskRec, effectId?: number, put?: ActionRec) {
    if (this.forgotten) return
    const effects = (this.effects ??= { woke: [], started: [], put: [] })
    if (what === 'woke') effects.woke.push({ task, effectId: effectId ?? task.id })
    else if (what === 'started') effects.started.push(task)
    else if (put !== undefined) effects.put.push(put)
  }

  summary(): ActionSummary {
    return { id: this.id, type: this.type, at: this.at, origin: this.putBy ? 'saga' : 'outside' }
  }

  /** Evicted: keep the summary fields, drop every reference. */
  forget(): void {
    this.forgotten = true
    this.object = undefined
    this.effects = undefined
    this.cause = undefined
  }
}

/** Why `task` is running now. */
export function causeOf(task: TaskRec): Cause {
  return task.wake ?? task.start
}
