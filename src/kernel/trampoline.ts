/**
 * Bounds how deeply resumptions nest on the JavaScript stack.
 *
 * The main loop runs one coroutine's synchronous effects in a loop, but a resumption that crosses
 * coroutines is a call: a saga that calls a saga that calls a saga... starts each one inside the
 * previous one's step, and when the innermost ends, each parent resumes inside its child's end.
 * At a few thousand levels that overflows the stack (redux-saga: about 1,100). Past `MAX_NESTING`
 * levels a resumption is queued here instead, and the outermost resumption runs the queue once
 * it returns: the stack is bounded, the depth only by memory.
 *
 * The trade-off: past that depth a resumption runs a little later than it would have (still
 * before the outermost call returns, so still synchronously for whoever started it). Programs
 * that never nest that deep, which is all but recursive ones, see no difference at all.
 */

/** Nesting of resumptions past which they are queued: far below any stack limit (~7 frames each). */
export const MAX_NESTING = 200

/** A coroutine, as the trampoline resumes it later. */
export interface Resumable {
  /**
   * Resumes with what arrived while the stack was deep (`kind`: an Outcome). `from` is the step
   * that settled (undefined for a cancel or a start), to tell whether it is still the current one.
   */
  resumeDeferred(kind: number, value: unknown, from: unknown, cancelledBefore: boolean): void
}

export class Trampoline {
  /** How many resumptions are on the stack right now (the queue being run counts as one). */
  depth = 0
  private readonly queue: unknown[] = []
  private head = 0

  defer(
    target: Resumable,
    kind: number,
    value: unknown,
    from: unknown,
    cancelledBefore: boolean,
  ): void {
    this.queue.push(target, kind, value, from, cancelledBefore)
  }

  /**
   * Called by the outermost resumption when it returns. The queue runs one level deep, so the
   * resumptions it runs never reach depth 0 and drain it again: what they defer joins the queue.
   */
  drain(): void {
    const queue = this.queue
    if (this.head === queue.length) return
    this.depth++
    try {
      while (this.head < queue.length) {
        const head = this.head
        this.head = head + 5
        const target = queue[head] as Resumable
        const value = queue[head + 2]
        const from = queue[head + 3]
        queue[head] = queue[head + 2] = queue[head + 3] = undefined
        target.resumeDeferred(queue[head + 1] as number, value, from, queue[head + 4] as boolean)
      }
    } finally {
      this.depth--
      if (this.head === queue.length) {
        queue.length = 0
        this.head = 0
      }
    }
  }
}
