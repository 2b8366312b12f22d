/**
 * The steps of one store that wait on outside work (runtime/activity.ts reads them for
 * `settled()`). A promise step is added and removed once each, so both must be cheap: an array
 * with each step's index on the step itself (`busySlot`) and swap-with-last removal, rather than
 * a `Set`, whose hashing and tombstones cost a tenth of a loop of promise `call`s. The array
 * keeps its length (`count` says how much is in use): one that empties and refills on every
 * step would have its storage shrunk and grown again each time.
 */
import type { Step } from './step.js'

export class BusySteps implements Iterable<Step> {
  private readonly steps: (Step | undefined)[] = []
  private count = 0

  get size(): number {
    return this.count
  }

  add(step: Step): void {
    if (step.busySlot >= 0) return
    const slot = this.count++
    step.busySlot = slot
    if (slot < this.steps.length) this.steps[slot] = step
    else this.steps.push(step)
  }

  delete(step: Step): void {
    const slot = step.busySlot
    if (slot < 0) return
    step.busySlot = -1
    const lastSlot = --this.count
    const last = this.steps[lastSlot] as Step
    this.steps[lastSlot] = undefined
    if (last !== step) {
      this.steps[slot] = last
      last.busySlot = slot
    }
  }

  *[Symbol.iterator](): Iterator<Step> {
    for (let slot = 0; slot < this.count; slot++) yield this.steps[slot] as Step
  }
}
