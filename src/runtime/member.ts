/**
 * A task's attached children (the tasks it forked), the list a task keeps of them, and how one
 * reports its end to the task it is attached to (rules in task.ts). The task's main flow is not
 * in the list: the task tracks it on its own (task.ts).
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
function detach(member: Member): void {
  member.prevMember = member.nextMember = member.parentTask = undefined
}

/**
 * A task's members, as a list (SagaTask extends it). Members attached while the list is being
 * cancelled start a new one, so a cancel cannot loop on children forked by `finally` blocks.
 */
export abstract class MemberList {
  // `#` fields, as SagaTask's (task.ts).
  #firstMember: Member | undefined
  #lastMember: Member | undefined

  /** Whether a member is still attached (the task waits for it). */
  protected get hasMembers(): boolean {
    return this.#firstMember !== undefined
  }

  /** Makes `child` a member: the task now waits for it, and fails if it fails. */
  attach(child: Member): void {
    const last = this.#lastMember
    child.prevMember = last
    child.nextMember = undefined
    if (last === undefined) this.#firstMember = child
    else last.nextMember = child
    this.#lastMember = child
    child.parentTask = this as unknown as SagaTask
  }

  protected unlink(member: Member): void {
    const { prevMember: prev, nextMember: next } = member
    if (prev === undefined) this.#firstMember = next
    else prev.nextMember = next
    if (next === undefined) this.#lastMember = prev
    else next.prevMember = prev
    detach(member)
  }

  /** Adds what every member runs to `names` (the saga stack of an error that cancels them). */
  protected metasInto(names: TaskMeta[]): void {
    for (let member = this.#firstMember; member !== undefined; member = member.nextMember)
      names.push(member.meta)
  }

  /**
   * Empties the list, then cancels `main` (the task's main flow) and each member the list held,
   * first to last.
   */
  protected cancelAll(main: { cancel(): void }): void {
    let member = this.#firstMember
    this.#firstMember = this.#lastMember = undefined
    main.cancel()
    while (member !== undefined) {
      const next: Member | undefined = member.nextMember
      detach(member)
      member.cancel()
      member = next
    }
  }
}
