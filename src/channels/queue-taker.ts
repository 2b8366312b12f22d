/**
 * A saga waiting on a point-to-point channel, and how what a taker receives resumes a saga.
 * Reached only through a queue channel's `takeStep` (queue-channel.ts): an app that makes no
 * `channel`, `eventChannel` or `actionChannel` bundles none of it.
 *
 * The channels layer comes before the kernel: the saga's step and the store's activity appear
 * here as the few methods a taker calls (kernel/step.ts's `Step`, kernel/types.ts's `Activity`).
 */
import { isEnd } from './end.js'
import type { QueueChannel } from './queue-channel.js'
import type { NotUndefined } from '../types.js'

/** What a taker resumes: the waiting saga's step. */
export interface WaitingStep {
  resolve(value: unknown): void
  reject(error: unknown): void
  end(): void
  markBusy(): void
}

/** The store's activity, as a queue sees it: `settled()` counts the steps a watch lists. */
export interface QueueActivity {
  watch(source: { waiting(): WaitingStep[]; forgotten(): void }): void
  changed(): void
}

/** Delivers what a taker received: an `Error` is thrown into the saga, `END` ends it. */
export function received(step: WaitingStep, maybe: boolean | undefined, input: unknown): void {
  if (input instanceof Error) step.reject(input)
  else if (isEnd(input) && !maybe) step.end()
  else step.resolve(input)
}

/**
 * A saga waiting on a point-to-point channel: its own teardown, so a waiting saga holds no
 * closure for it. Once it has left the channel's queue (delivered or cancelled), no one holds it
 * any more (a settled step drops its teardown), so the channel keeps it as its spare and the
 * next take reuses it: a saga taking from a channel in a loop takes again from inside the
 * delivery, and so allocates no taker per message.
 */
export class QueueStepTaker<T extends NotUndefined = NotUndefined> {
  constructor(
    public step: WaitingStep | undefined,
    public maybe: boolean | undefined,
    private readonly queue: QueueChannel<T>,
  ) {}

  deliver(input: unknown): void {
    const step = this.step as WaitingStep
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
    ;(this.queue.watch as QueueActivity | undefined)?.changed()
  }
}

/**
 * `step` takes the next message of `queue` (the `take` runner's way, with no closures). Gives
 * the taker, its teardown, while it waits; undefined if a buffered message (or `END`) settled
 * the step at once. A queue fed from `outside` the sagas (an eventChannel) counts its waiting
 * step as busy for `settled()`.
 */
export function takeStep<T extends NotUndefined>(
  queue: QueueChannel<T>,
  step: WaitingStep,
  maybe: boolean | undefined,
  activity: QueueActivity,
  outside: boolean,
): QueueStepTaker<T> | undefined {
  let taker = queue.spare as QueueStepTaker<T> | undefined
  if (taker === undefined) taker = new QueueStepTaker(step, maybe, queue)
  else {
    queue.spare = undefined
    taker.step = step
    taker.maybe = maybe
  }
  if (!queue.addTaker(taker)) return undefined
  if (outside && !watched(queue, activity)) step.markBusy()
  return taker
}

/**
 * Counts the steps waiting on `queue` as busy for `activity`; false if another store's owns it.
 * The watch is registered once with the store's activity: it lists the sagas waiting on the
 * queue when `settled()` asks, so a take in a loop costs the activity nothing per message
 * (marking each step busy, then idle, did).
 */
function watched<T extends NotUndefined>(queue: QueueChannel<T>, activity: QueueActivity): boolean {
  if (queue.watch === undefined) {
    queue.watch = activity
    activity.watch({
      // A taker in the queue waits: it leaves the queue before it lets go of its step.
      waiting: () =>
        queue.takers
          .filter((taker) => taker instanceof QueueStepTaker)
          .map((taker) => taker.step as WaitingStep),
      // Forgotten once none waits: the next take registers the queue again.
      forgotten: () => {
        queue.watch = undefined
      },
    })
    return true
  }
  return queue.watch === activity
}
