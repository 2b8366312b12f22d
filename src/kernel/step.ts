/**
 * A step is one effect in flight: what a runner settles when the result is there, and what the
 * interpreter cancels when the saga stops waiting for it. Completion and cancellation exclude
 * each other: a step settles or is cancelled exactly once, and later calls are ignored.
 */
import type { Env, StepOwner, Teardown } from './types.js'
import { runTeardown } from './values.js'

const PENDING = 0
const SETTLED = 1
const CANCELLED = 2

export class Step {
  private state = PENDING
  private teardown: Teardown | undefined = undefined
  /**
   * Waiting on outside work (a promise, a callback) when ≥ 0: `settled()` waits for it. The
   * activity keeps its busy steps in an array and this is the step's index there, so marking a
   * step busy and idle costs two stores, not a hash-set insert and delete (which resize the set
   * on every 0 ↔ 1 change: the eventChannel take loop paid for that on every message).
   */
  busySlot = -1

  constructor(
    readonly env: Env,
    readonly owner: StepOwner,
    readonly id: number,
    readonly effect: unknown,
    /** The key within `all`/`race`, or `undefined` for a saga's own step. */
    readonly key: string | undefined,
  ) {}

  get pending(): boolean {
    return this.state === PENDING
  }

  resolve(value: unknown): void {
    if (this.state !== PENDING) return
    this.state = SETTLED
    if (this.busySlot >= 0) this.env.activity.remove(this)
    this.teardown = undefined
    this.env.monitor?.effectResolved(this.id, value)
    this.owner.settle(this, true, value)
  }

  reject(error: unknown): void {
    if (this.state !== PENDING) return
    this.state = SETTLED
    if (this.busySlot >= 0) this.env.activity.remove(this)
    this.teardown = undefined
    this.env.monitor?.effectRejected(this.id, error)
    this.env.errors.setCrashedEffect(this.effect)
    this.owner.settle(this, false, error)
  }

  /** The step waits on outside work until it settles or is cancelled (see runtime/activity.ts). */
  markBusy(): void {
    if (this.state !== PENDING || this.busySlot >= 0) return
    this.env.activity.add(this)
  }

  /** Settles with `ok`/`value` as received from a callback-style source. */
  settle(ok: boolean, value: unknown): void {
    if (ok) this.resolve(value)
    else this.reject(value)
  }

  /** Records how to undo the effect; runs it at once if the step was cancelled meanwhile. */
  onCancel(teardown: Teardown | void): void {
    if (teardown === undefined) return
    if (this.state === PENDING) this.teardown = teardown
    else if (this.state === CANCELLED) runTeardown(teardown)
  }

  cancel(): void {
    if (this.state !== PENDING) return
    this.state = CANCELLED
    if (this.busySlot >= 0) this.env.activity.remove(this)
    const teardown = this.teardown
    this.teardown = undefined
    if (teardown !== undefined) runTeardown(teardown)
    this.env.monitor?.effectCancelled(this.id)
  }
}
