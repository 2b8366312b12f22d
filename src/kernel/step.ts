/**
 * A step is one effect in flight: what a runner settles when the result is there, and what the
 * interpreter cancels when the saga stops waiting for it. Completion and cancellation exclude
 * each other: a step settles or is cancelled exactly once, and later calls are ignored.
 */
import { TASK_CANCEL, TERMINATE } from '../symbols.js'
import type { Env, StepOwner, Teardown } from './types.js'
import { CANCELLED, DONE, ENDED, FAILED, type Outcome } from './outcome.js'
import { runTeardown, unlink } from './values.js'

const PENDING = 0
const SETTLED = 1
const STOPPED = 2

/**
 * `busySlot` of a busy step that its promise's callbacks list (kernel/values.ts `linkedSteps`):
 * LINKED for the first pair of callbacks, LINKED - n for pair n, so that a cancel finds its pair
 * at once.
 */
export const LINKED = -2

export class Step {
  // Declared, then assigned in the constructor: class fields would be defined one by one
  // (define semantics), which costs more than plain stores, and a step is made per effect.
  declare private state: number
  declare private teardown: Teardown | undefined
  /**
   * Where the step sits in its store's list of busy steps (runtime/activity.ts), LINKED or below
   * when its promise's callbacks list it instead, or -1: it is busy while it waits on outside work (a
   * promise, a callback), and `settled()` waits for it.
   */
  declare busySlot: number
  declare readonly env: Env
  declare readonly owner: StepOwner
  declare readonly id: number
  /** Given by the main loop after the fact to a step a cancel made while `runNow` ran. */
  declare effect: unknown
  /** The key within `all`/`race`, or `undefined` for a saga's own step. */
  declare readonly key: string | undefined

  constructor(env: Env, owner: StepOwner, id: number, effect: unknown, key: string | undefined) {
    this.state = PENDING
    this.teardown = undefined
    this.busySlot = -1
    ;(this as { env: Env }).env = env
    ;(this as { owner: StepOwner }).owner = owner
    ;(this as { id: number }).id = id
    this.effect = effect
    ;(this as { key: string | undefined }).key = key
  }

  get pending(): boolean {
    return this.state === PENDING
  }

  resolve(value: unknown): void {
    this.settle(DONE, value)
  }

  reject(error: unknown): void {
    this.settle(FAILED, error)
  }

  /** A `take` received `END`: the saga that waits on this step returns. */
  end(): void {
    this.settle(ENDED, undefined)
  }

  /** Settles with an outcome (`value`: the result, or the error when FAILED). */
  settle(outcome: Outcome, value: unknown): void {
    if (this.state !== PENDING) return
    this.state = SETTLED
    if (this.busySlot !== -1) this.env.activity.remove(this)
    this.teardown = undefined
    const monitor = this.env.monitor
    if (outcome === FAILED) {
      monitor?.effectRejected(this.id, value)
      this.env.errors.setCrashedEffect(this.effect)
    } else if (monitor !== undefined) {
      // The monitor sees what redux-saga's sees: its marker values for a cancel and for END.
      const shown = outcome === CANCELLED ? TASK_CANCEL : outcome === ENDED ? TERMINATE : value
      monitor.effectResolved(this.id, shown)
    }
    this.owner.settle(this, outcome, value)
  }

  /**
   * The step waits on outside work until it settles or is cancelled (see runtime/activity.ts);
   * `link`: the index of the callbacks of its promise, which list it (kernel/values.ts): no list
   * needs it.
   */
  markBusy(link?: number): void {
    if (this.state !== PENDING || this.busySlot !== -1) return
    if (link !== undefined) this.busySlot = LINKED - link
    else this.env.activity.add(this)
  }

  /** Records how to undo the effect; runs it at once if the step was cancelled meanwhile. */
  onCancel(teardown: Teardown | void): void {
    if (teardown === undefined) return
    if (this.state === PENDING) this.teardown = teardown
    else if (this.state === STOPPED) runTeardown(teardown)
  }

  cancel(): void {
    if (this.state !== PENDING) return
    this.state = STOPPED
    if (this.busySlot <= LINKED) unlink(this, LINKED - this.busySlot)
    if (this.busySlot !== -1) this.env.activity.remove(this)
    const teardown = this.teardown
    this.teardown = undefined
    if (teardown !== undefined) runTeardown(teardown)
    this.env.monitor?.effectCancelled(this.id)
  }
}
