/**
 * A task's members (its main flow and its attached children), the list a task keeps of them,
 * and how one reports its end to the task it is attached to (rules in task.ts).
 */
import type { TaskMeta } from '../types.js'
import type { Continuation } from '../kernel/types.js'
import type { Outcome } from '../kernel/outcome.js'
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
export function memberEnded(this: Member, outcome: Outcome, value: unknown): void {
  this.parentTask?.memberEnded(this, outcome, value)
}

export const noop: Continuation = () => {}

/**
 * A task's members, as a list (SagaTask extends it). Members attached while the list is being
 * cancelled start a new one, so a cancel cannot loop on children forked by `finally` blocks.
 */
export abstract class MemberList {
  protected firstMember: Member | undefined = undefined
  protected lastMember: Member | undefined = undefined
  protected memberCount = 0

  /** Makes `child` a member: the task now waits for it, and fails if it fails. */
  attach(child: Member): void {
    child.prevMember = this.lastMember
    child.nextMember = undefined
    if (this.lastMember === undefined) this.firstMember = child
    else this.lastMember.nextMember = child
    this.lastMember = child
    this.memberCount++
    child.parentTask = this as unknown as SagaTask
    child.cont = memberEnded
  }

  protected unlink(member: Member): void {
    const { prevMember: prev, nextMember: next } = member
    if (prev === undefined) this.firstMember = next
    else prev.nextMember = next
    if (next === undefined) this.lastMember = prev
    else next.prevMember = prev
    member.prevMember = member.nextMember = undefined
    this.memberCount--
  }

  /** Adds what every member runs to `names` (the saga stack of an error that cancels them). */
  protected metasInto(names: TaskMeta[]): void {
    for (let member = this.firstMember; member !== undefined; member = member.nextMember)
      names.push(member.meta)
  }

  /** Empties the list, then cancels each member it held, first to last. */
  protected cancelAll(): void {
    let member = this.firstMember
    this.firstMember = this.lastMember = undefined
    this.memberCount = 0
    while (member !== undefined) {
      const next: Member | undefined = member.nextMember
      member.prevMember = member.nextMember = undefined
      member.cont = noop
      member.parentTask = undefined
      member.cancel()
      member = next
    }
  }
}
