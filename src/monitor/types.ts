/**
 * What the inspector shows: plain, JSON-safe data, so a snapshot can be sent over a socket,
 * written to a file or handed to React as it is.
 */

/** How a task came to be: started by `run`, forked, spawned (detached), or a called saga. */
export type TaskKind = 'root' | 'fork' | 'spawn' | 'call'

/**
 * Where a task is. `blocked`: its main flow waits on an effect (see `blockedOn`). `waiting`:
 * its main flow has returned and it waits for its attached forks. `running`: between effects
 * (only seen in the middle of a synchronous step).
 */
export type TaskState = 'running' | 'blocked' | 'waiting' | 'done' | 'cancelled' | 'failed'

/** One task of the tree, with its children. */
export interface TaskSnapshot {
  /** The task id: the effect id of its `fork` (or of the `call`), or the root id. */
  id: number
  name: string
  kind: TaskKind
  parentId: number | null
  state: TaskState
  /** True while the task is being cancelled (its `finally` blocks run), and after. */
  cancelling: boolean
  /** The effect the main flow waits on, described: `take("LOGOUT")`, `call(fetchUser, 1)`. */
  blockedOn?: string
  /** For an `all` or a `race`: what each of its pending branches waits on, `key: effect`. */
  branches?: string[]
  /** The error message, for a failed task. */
  error?: string
  /** Milliseconds since the inspector was created. */
  startedAt: number
  /** When the inspector saw the task end; absent while it runs. */
  endedAt?: number
  children: TaskSnapshot[]
}

/** How an effect ended, or `pending`. */
export type EffectOutcome = 'pending' | 'resolved' | 'rejected' | 'cancelled'

/** One line of the effect log: an effect and how it ended, or a dispatched action. */
export type LogEntry =
  | {
      kind: 'effect'
      /** Increases by one per entry, so a view can key on it. */
      seq: number
      at: number
      effectId: number
      /** The task whose effect this is (a `call`ed saga counts as a task). */
      taskId: number | null
      taskName: string
      /** The key within an `all` or a `race`. */
      label?: string
      text: string
      outcome: EffectOutcome
      /** The result or the error, described briefly. */
      detail?: string
    }
  | {
      kind: 'action'
      /** The action's `#id`, as `why()` and `effectsOf()` take it. */
      id: number
      seq: number
      at: number
      type: string
    }

/** Counts of the tasks in the tree, by state. */
export type TaskCounts = Record<TaskState, number>

/** Everything the inspector knows at one moment. */
export interface InspectorSnapshot {
  /** Milliseconds since the inspector was created. */
  at: number
  roots: TaskSnapshot[]
  counts: TaskCounts
  /** Oldest first; at most `logSize` entries. */
  log: LogEntry[]
}
