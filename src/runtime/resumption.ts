/**
 * When a resumption of a saga's main flow runs. The outcome of its step (kernel/outcome.ts) is
 * applied by `run`, at once, unless:
 * - the flow is still handing out the effect that produced it (a synchronous result): it is
 *   queued, and the loop picks it up when the runner returns, instead of recursing;
 * - resumptions already nest `MAX_NESTING` deep on the stack: the trampoline holds it back and
 *   runs it once the outermost one returns, dropping it if the flow moved on meanwhile.
 * A cancel is a resumption too, one that stops the pending effect first (`stop`).
 */
import type { TaskMeta, TaskStatus } from '../types.js'
import type { Env, StepOwner } from '../kernel/types.js'
import { CANCELLED, DONE, type Outcome } from '../kernel/outcome.js'
import type { Step } from '../kernel/step.js'
import type { PromiseLink } from '../kernel/values.js'
import { MAX_NESTING } from '../kernel/trampoline.js'

/** No resumption is queued. */
export const NONE = -1

export abstract class Resumer implements StepOwner {
  status: TaskStatus = 'running'
  /**
   * The step the flow waits on, or the pair of callbacks of the native promise it waits on with
   * no step (runtime/interpreter.ts).
   */
  protected current: Step | PromiseLink | undefined
  /**
   * While an effect is being handed out, the scheduler depth it was handed out at (a result
   * arriving then is queued, not recursed into); -1 otherwise. One field for both: one write less
   * per yield.
   */
  protected lockDepth = -1
  /** What arrived then, or NONE (one field for both: ~8 bytes a waiting saga). */
  protected queuedKind: Outcome | typeof NONE = NONE
  protected queuedValue: unknown
  /** True once the iterator finished (returned or threw). */
  protected ended = false
  /** True while `cancel()` runs: an error thrown then goes to whoever cancelled. */
  protected cancelling = false

  constructor(
    readonly env: Env,
    readonly meta: TaskMeta,
  ) {}

  /** Applies a resumption: steps the iterator until it waits on something or ends. */
  protected abstract run(kind: Outcome, value: unknown): void
  /** What cancelling means for the main flow: stop the effect it waits on. */
  protected abstract stop(): void

  start(): void {
    this.settle(undefined, DONE, undefined)
  }

  cancel(): void {
    if (this.status !== 'running') return
    // Set here, not only by stop(): a cancel the trampoline holds back must already read as
    // cancelled (the task's isCancelled, a second cancel(), the stale check in resumeDeferred).
    this.status = 'cancelled'
    this.cancelling = true
    try {
      this.settle(undefined, CANCELLED, undefined)
    } finally {
      this.cancelling = false
    }
  }

  /**
   * Resumes the flow with `kind` and `value`. `from`: the step that settled, if any (tells a
   * stale deferred resumption); undefined for a start or a cancel.
   */
  settle(from: unknown, kind: Outcome, value: unknown): void {
    const lock = this.lockDepth
    if (lock !== -1) {
      const depth = this.env.scheduler.depth
      // The same rule as redux-saga: queue only what arrives at the lock depth the effect was
      // handed out at (or deeper, for `fork`), so the order of resumptions is unchanged.
      if (lock > 0 ? depth >= lock : depth === 0) {
        // A cancel stops the pending effect at once; the iterator is returned when dequeued.
        if (kind === CANCELLED) this.stop()
        this.queuedKind = kind
        this.queuedValue = value
        return
      }
    }
    const trampoline = this.env.trampoline
    if (trampoline.depth >= MAX_NESTING) {
      trampoline.defer(this, kind, value, from, this.status === 'cancelled')
      return
    }
    trampoline.depth++
    try {
      this.run(kind, value)
    } finally {
      if (--trampoline.depth === 0) trampoline.drain()
    }
  }

  /** A resumption the trampoline held back; dropped if the saga moved on meanwhile. */
  resumeDeferred(kind: number, value: unknown, from: unknown, cancelledBefore: boolean): void {
    if (this.ended) return
    // A newer resumption (a cancel) got in first: this one is stale, as a settled step is.
    if (kind !== CANCELLED) {
      if (from !== this.current || (this.status === 'cancelled' && !cancelledBefore)) return
    }
    this.settle(from, kind as Outcome, value)
  }
}
