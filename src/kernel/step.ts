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
  /** Waiting on outside work (a promise, a callback): `settled()` waits for it. */
  private busy = false

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
    if (this.busy) this.idle()
    this.teardown = undefined
    this.env.monitor?.effectResolved(this.id, value)
    this.owner.settle(this, true, value)
  }

  reject(error: unknown): void {
    if (this.state !== PENDING) return
    this.state = SETTLED
    if (this.busy) this.idle()
    this.teardown = undefined
    this.env.monitor?.effectRejected(this.id, error)
    this.env.errors.setCrashedEffect(this.effect)
    this.owner.settle(this, false, error)
  }

  /** The step waits on outside work until it settles or is cancelled (see runtime/activity.ts). */
  markBusy(): void {
    if (this.state !== PENDING || this.busy) return
    this.busy = true
    this.env.activity.add(this)
  }

  private idle(): void {
    this.busy = false
    this.env.activity.remove(this)
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
    if (this.busy) this.idle()
    const teardown = this.teardown
    this.teardown = undefined
    if (teardown !== undefined) runTeardown(teardown)
    this.env.monitor?.effectCancelled(this.id)
  }
}
