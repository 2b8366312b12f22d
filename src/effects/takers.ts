/**
 * The takers of the `take` runner: a saga waiting on a multicast channel (the store's) or on a
 * point-to-point one, each its own teardown, and the watch that counts the sagas waiting on an
 * eventChannel as busy for `settled()`.
 */
import { isEnd } from '../channels/end.js'
import type { Multicast } from '../channels/multicast.js'
import type { QueueChannel } from '../channels/queue-channel.js'
import type { Bucket, Taker } from '../channels/taker-index.js'
import type { Matcher } from '../channels/pattern.js'
import type { Step } from '../kernel/step.js'
import type { Activity } from '../kernel/types.js'

/** Delivers what a taker received: an `Error` is thrown into the saga, `END` ends it. */
export function received(step: Step, maybe: boolean | undefined, input: unknown): void {
  if (input instanceof Error) step.reject(input)
  else if (isEnd(input) && !maybe) step.end()
  else step.resolve(input)
}

/** A saga waiting on a multicast channel; the channel files it under its action type, if any. */
export class StepTaker implements Taker<unknown> {
  seq = 0
  active = true
  bucket: Bucket<unknown> | undefined = undefined

  constructor(
    private readonly step: Step,
    private readonly maybe: boolean | undefined,
    readonly match: Matcher | undefined,
    private readonly channel: Multicast<unknown>,
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

/**
 * A saga waiting on a point-to-point channel: its own teardown, like `StepTaker`. Once it has
 * left the channel's queue (delivered or cancelled), no one holds it any more (a settled step
 * drops its teardown), so the channel keeps it as its spare and the next take reuses it: a
 * saga taking from a channel in a loop takes again from inside the delivery, and so allocates
 * no taker per message.
 */
export class QueueStepTaker {
  constructor(
    public step: Step | undefined,
    public maybe: boolean | undefined,
    private readonly queue: QueueChannel<unknown>,
  ) {}

  deliver(input: unknown): void {
    const step = this.step as Step
    const maybe = this.maybe
    // Released first: the saga it resumes takes again from inside `received`, reusing it.
    this.release()
    received(step, maybe, input)
  }

  cancel(): void {
    // Only if it was still queued: close() hands END to a copy of the queue, which may still
    // hold this taker; reused meanwhile, it would get another step's message.
    if (this.queue.removeTaker(this)) this.release()
  }

  private release(): void {
    this.step = undefined
    this.queue.spare = this
    // A watched queue's activity is told that one of its busy steps stopped waiting.
    ;(this.queue.watch as Activity | undefined)?.changed()
  }
}

/** The taker for `step` on `queue`: the queue's spare one if it has one. */
export function queueTaker(
  step: Step,
  maybe: boolean | undefined,
  queue: QueueChannel<unknown>,
): QueueStepTaker {
  const spare = queue.spare as QueueStepTaker | undefined
  if (spare === undefined) return new QueueStepTaker(step, maybe, queue)
  queue.spare = undefined
  spare.step = step
  spare.maybe = maybe
  return spare
}

/**
 * Counts the steps waiting on `queue` as busy for `activity`; false if another store's owns it.
 * The watch is registered once with the store's activity: it lists the sagas waiting on the
 * queue when `settled()` asks, so a take in a loop costs the activity nothing per message
 * (marking each step busy, then idle, did).
 */
export function watched(queue: QueueChannel<unknown>, activity: Activity): boolean {
  if (queue.watch === undefined) {
    queue.watch = activity
    activity.watch({
      // A taker in the queue waits: it leaves the queue before it lets go of its step.
      waiting: () =>
        queue.takers
          .filter((taker) => taker instanceof QueueStepTaker)
          .map((taker) => taker.step as Step),
      // Forgotten once none waits: the next take registers the queue again.
      forgotten: () => {
        queue.watch = undefined
      },
    })
    return true
  }
  return queue.watch === activity
}
