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

/**
 * `all` (settles once every child has) or, with `race`, `race` (once the first has): one class,
 * not a base with a subclass each, which an app's bundle pays for in `super` calls and the names
 * of the methods they share. State in `#` fields: a bundler shortens their names.
 */
export class AllOf implements StepOwner {
  #completed = false
  /** The children still to settle before the group does (a race: the first one). */
  #remaining: number
  readonly #race: boolean
  readonly #parent: Step
  readonly #results: Record<string, unknown>
  readonly children: Cancellable[] = []

  constructor(parent: Step, keys: readonly string[], isArray: boolean, race = false) {
    this.#parent = parent
    this.#results = emptyResults(keys, isArray)
    this.#remaining = race ? 1 : keys.length
    this.#race = race
  }

  get done(): boolean {
    return this.#completed
  }

  // Before the child's effect runs: a put that settles the group while it runs (a race won
  // by the take it woke up) must find itself among the children to cancel, as in redux-saga.
  adopt(step: Step): void {
    this.children.push(step)
  }

  // A method, not an arrow property: the group is its step's teardown itself (no closure each).
  cancel(): void {
    if (this.#completed) return
    this.#completed = true
    for (const child of this.children) child.cancel()
  }

  /**
   * The first child that does not simply succeed (an error, `END`, a cancelled join) settles the
   * group with its outcome; the others are cancelled. A race's winner cancels the others too;
   * the last child of `all` has no other left to cancel.
   */
  settle(child: Keyed, outcome: Outcome, value: unknown): void {
    if (this.#completed) return
    if (outcome !== DONE) {
      this.cancel()
      this.#parent.settle(outcome, value)
      return
    }
    this.#results[child.key as string] = value
    if (--this.#remaining !== 0) return
    if (this.#race) this.cancel()
    else this.#completed = true
    this.#parent.resolve(this.#results)
  }
}
