/**
 * A task's members (its main flow and its attached children) and how one reports its end to the
 * task it is attached to (rules in task.ts).
 */
import type { TaskMeta } from '../types.js'
import type { Continuation } from '../kernel/types.js'
import type { SagaTask } from './task.js'

/** A member of a task: its main flow or an attached child. */
export interface Member {
  readonly meta: TaskMeta
  cont: Continuation
  cancel(): void
  /** True once the main flow was cancelled (asked while the task still runs). */
  isCancelled?(): boolean
  /**
   * Links in the owning task's list of members. The list is intrusive (the links live on the
   * members) so that a member that ends is unlinked in O(1) with no allocation: with an array,
   * each of N children ending costs an indexOf and a splice, and fork+join grows as N².
   */
  prevMember: Member | undefined
  nextMember: Member | undefined
  /** The task this member is attached to, while attached. */
  parentTask: SagaTask | undefined
}

/**
 * The continuation of an attached member. Always called as a method (`member.cont(ok, value)`),
 * so `this` is the member: one shared function instead of a closure per forked task (~80 bytes
 * a waiting saga).
 */
export function memberEnded(this: Member, ok: boolean, value: unknown): void {
  this.parentTask?.memberEnded(this, ok, value)
}

export const noop: Continuation = () => {}
