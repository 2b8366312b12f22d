/**
 * The taker of the `take` runner on a multicast channel (the store's): a saga's step, its own
 * teardown. (On a point-to-point channel: channels/queue-taker.ts, which the queue reaches.)
 */
import { received } from '../channels/queue-taker.js'
import type { Bucket, Taker, TakerIndex } from '../channels/taker-index.js'
import type { Matcher } from '../channels/pattern.js'
import type { Step } from '../kernel/step.js'

/** A saga waiting on a multicast channel; the channel files it under its action type, if any. */
export class StepTaker implements Taker<unknown> {
  seq = 0
  active = true
  bucket: Bucket<unknown> | undefined = undefined

  constructor(
    private readonly step: Step,
    private readonly maybe: boolean | undefined,
    readonly match: Matcher | undefined,
    private readonly channel: TakerIndex<unknown>,
  ) {}

  deliver(input: unknown): void {
    received(this.step, this.maybe, input)
  }

  /** Its pattern threw on a message: the taking saga fails with that error (it may catch it). */
  fail(error: unknown): void {
    this.step.reject(error)
  }

  /** The step's teardown: the taker is its own, so a waiting saga holds no closure for it. */
  cancel(): void {
    this.channel.cancel(this)
  }
}
