/**
 * `all` and `race`: a parent step waiting on several children, keyed by index or name. The
 * first child that does not simply succeed (it fails, takes `END`, or joins a cancelled task)
 * settles the parent with that outcome and cancels the others; `all` otherwise waits for every
 * child, `race` for the first.
 */
import type { Step } from './step.js'
import type { Keyed, StepOwner } from './types.js'
import { DONE, type Outcome } from './outcome.js'

/** Something a combinator can cancel: a child step, or a pending join. */
export interface Cancellable {
  cancel(): void
}

export function emptyResults(keys: readonly string[], isArray: boolean): Record<string, unknown> {
  if (!isArray) return {}
  // An array of `undefined`s, not a holey one: results compare equal to redux-saga's. (A loop:
  // `Array.from({ length })` goes through the iterator protocol, a fifth of a small race.)
  const results: unknown[] = []
  for (let i = 0; i < keys.length; i++) results.push(undefined)
  return results as unknown as Record<string, unknown>
}

abstract class Combinator implements StepOwner {
  protected completed = false
  protected readonly results: Record<string, unknown>
  readonly children: Cancellable[] = []

  constructor(
    protected readonly parent: Step,
    keys: readonly string[],
    isArray: boolean,
  ) {
    this.results = emptyResults(keys, isArray)
  }

  get done(): boolean {
    return this.completed
  }

  abstract settle(child: Keyed, outcome: Outcome, value: unknown): void

  // Before the child's effect runs: a put that settles the group while it runs (a race won
  // by the take it woke up) must find itself among the children to cancel, as in redux-saga.
  adopt(step: Step): void {
    this.children.push(step)
  }

  // A method, not an arrow property: the group is its step's teardown itself (no closure each).
  cancel(): void {
    if (this.completed) return
    this.completed = true
    for (const child of this.children) child.cancel()
  }

  /** Settles the group before all its children have: on an error, `END` or a cancelled join. */
  protected settleEarly(outcome: Outcome, value: unknown): void {
    this.cancel()
    this.parent.settle(outcome, value)
  }
}

export class AllOf extends Combinator {
  private remaining: number

  constructor(parent: Step, keys: readonly string[], isArray: boolean) {
    super(parent, keys, isArray)
    this.remaining = keys.length
  }

  settle(child: Keyed, outcome: Outcome, value: unknown): void {
    if (this.completed) return
    if (outcome !== DONE) {
      this.settleEarly(outcome, value)
      return
    }
    this.results[child.key as string] = value
    if (--this.remaining === 0) {
      this.completed = true
      this.parent.resolve(this.results)
    }
  }
}

export class RaceOf extends Combinator {
  settle(child: Keyed, outcome: Outcome, value: unknown): void {
    if (this.completed) return
    if (outcome !== DONE) {
      this.settleEarly(outcome, value)
      return
    }
    this.cancel()
    this.results[child.key as string] = value
    this.parent.resolve(this.results)
  }
}
