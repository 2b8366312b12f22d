/**
 * A task's attached children (the tasks it forked), as the list a task keeps of them sees them,
 * and how one reports its end to the task it is attached to (rules and the list in task.ts). The
 * task's main flow is not in the list: the task tracks it on its own.
 */
import type { TaskMeta } from '../types.js'
import type { SagaTask } from './task.js'

/** An attached child of a task: it tells `parentTask` how it ended (task.ts). */
export interface Member {
  readonly meta: TaskMeta
  cancel(): void
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

/** Takes `member` out of its task: its end is no one's business any more. */
export function detach(member: Member): void {
  member.prevMember = member.nextMember = member.parentTask = undefined
}
