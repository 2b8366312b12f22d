/**
 * The steps of one store that wait on outside work (runtime/activity.ts reads them for
 * `settled()`). A promise step is added and removed once each, so both must be cheap: an array
 * with each step's index on the step itself (`busySlot`) and swap-with-last removal, rather than
 * a `Set`, whose hashing and tombstones cost a tenth of a loop of promise `call`s.
 */
import type { Step } from './step.js'

export class BusySteps implements Iterable<Step> {
  private readonly steps: Step[] = []

  get size(): number {
    return this.steps.length
  }

  add(step: Step): void {
    if (step.busySlot >= 0) return
    step.busySlot = this.steps.length
    this.steps.push(step)
  }

  delete(step: Step): void {
    const slot = step.busySlot
    if (slot < 0) return
    step.busySlot = -1
    const last = this.steps.pop() as Step
    if (last !== step) {
      this.steps[slot] = last
      last.busySlot = slot
    }
  }

  [Symbol.iterator](): Iterator<Step> {
    return this.steps[Symbol.iterator]()
  }
}
