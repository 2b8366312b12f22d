/**
 * What the causality tracker answers: plain, JSON-safe data, so a chain can be logged, sent to
 * Redux DevTools or drawn by a panel as it is.
 */
import type { TaskKind } from './types.js'

/** A recorded action: `#id` counts dispatches from 1, in the order the store saw them. */
export interface ActionSummary {
  id: number
  type: string
  /** Milliseconds since the monitor was created. */
  at: number
  /** `outside`: dispatched by the app (a component, a test); `saga`: put by a saga. */
  origin: 'outside' | 'saga'
}

/** A task, as the causality tracker knows it. */
export interface TaskSummary {
  id: number
  name: string
  kind: TaskKind
  parentId: number | null
}

/**
 * One link of a `why()` chain, read from the action back to its first cause:
 * - `dispatched`: the action came from outside the sagas (the chain ends here);
 * - `put`: the action was put by `task` at effect `effectId`;
 * - `took`: `task` was running because its `take` (effect `effectId`) received `action`; the
 *   next link says where that action came from;
 * - `message`: `task` was running because a `take` on a channel received a message;
 * - `forked`: `task` was started by `parent` (`fork`, `spawn` or a `call` of a saga);
 * - `root`: `task` was started by `run` (the chain ends here);
 * - `forgotten`: the rest of the chain was evicted (see `maxAge`).
 */
export type WhyLink =
  | { kind: 'dispatched'; action: ActionSummary }
  | { kind: 'put'; action: ActionSummary; task: TaskSummary; effectId: number }
  | { kind: 'took'; task: TaskSummary; effectId: number; action: ActionSummary }
  | { kind: 'message'; task: TaskSummary; effectId: number }
  | {
      kind: 'forked'
      task: TaskSummary
      parent: TaskSummary
      effectId: number
      how: 'fork' | 'spawn' | 'call'
    }
  | { kind: 'root'; task: TaskSummary }
  | { kind: 'forgotten' }

/** What an action made happen, directly: the tasks it woke or started, and what they put. */
export interface ActionEffects {
  action: ActionSummary
  /** Tasks whose `take` received the action. */
  woke: { task: TaskSummary; effectId: number }[]
  /** Tasks started because of it (a helper's worker, and what that worker forked). */
  started: { task: TaskSummary; parent: TaskSummary; effectId: number }[]
  /** Actions put by those tasks while they ran for this action. */
  put: { action: ActionSummary; task: TaskSummary; effectId: number }[]
}

/** Answers "why was this dispatched?" and "what did it cause?" for recent actions. */
export interface CausalityQueries {
  /** The chain from `action` (the object, or its `#id`) back to an outside dispatch or a root. */
  why(action: unknown): WhyLink[]
  /** What `action` (the object, or its `#id`) woke, started and put; `undefined` if unknown. */
  effectsOf(action: unknown): ActionEffects | undefined
  /** The recorded action, by object or `#id`. */
  actionOf(action: unknown): ActionSummary | undefined
  /** The link that says why the task started (the first `forked` or `root` link of its chain). */
  startOf(taskId: number): WhyLink[]
  /** The action object itself, by `#id`, while it is remembered. */
  actionObject(id: number): unknown
  /** The recorded actions, oldest first (at most `maxAge`). */
  actions(): ActionSummary[]
}
