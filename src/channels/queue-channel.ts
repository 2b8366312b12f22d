/**
 * The queue channel behind `channel` and `eventChannel`: point to point, each message goes to
 * one taker, the first in line, or waits in the buffer until one comes.
 */
import type { Buffer, Channel, End, NotUndefined } from '../types.js'
import { describeValue, fail } from '../errors.js'
import { END, checkInput } from './end.js'
import {
  type QueueActivity,
  type QueueStepTaker,
  type WaitingStep,
  takeStep,
} from './queue-taker.js'

type Callback<T> = ((message: T | End) => void) & { cancel?: () => void }

/** Something waiting for one message: a saga's step (no closure) or a `take(cb)` callback. */
export interface QueueTaker<T> {
  deliver(message: T | End): void
}

/**
 * Where a queue channel is, on itself and on the `eventChannel` around it: the `take` runner
 * reaches it there, without naming the class (which then stays out of an app that makes none).
 * Marked pure: a bundle that takes from no channel (sagaloop/toolkit's) drops it.
 */
export const QUEUE = /* @__PURE__ */ Symbol('sagaloop.queue')

export class QueueChannel<T extends NotUndefined> implements Channel<T> {
  // The channel prints and compares as redux-saga's, an object of `take`, `put`, `flush` and
  // `close`: its state is in `#` fields, or in fields the constructor makes not enumerable, and
  // its `constructor` reads `Object` (as a descriptor's: see effects/effect.ts).
  #closed = false
  readonly #buffer: Buffer<T>
  /** The takers waiting now, in order (read by the watch in queue-taker.ts, not changed). */
  declare takers: QueueTaker<T>[]
  /** A taker object no longer queued, for the `take` runner to reuse (see queue-taker.ts). */
  declare spare: QueueTaker<T> | undefined
  /** The activity that counts this queue's waiting sagas as busy for `settled()` (queue-taker.ts). */
  declare watch: unknown

  declare readonly [QUEUE]: QueueChannel<T>

  constructor(buffer: Buffer<T>) {
    this.#buffer = buffer
    // Set here, not as fields: a class with a computed key (QUEUE) would stay in every bundle,
    // and fields are enumerable. Always in this order, so every queue has one shape.
    Object.defineProperties(this, {
      takers: { value: [], writable: true },
      spare: { value: undefined, writable: true },
      watch: { value: undefined, writable: true },
      [QUEUE]: { value: this },
      constructor: { value: Object },
    })
  }

  put = (input: T | End): void => {
    checkInput(input)
    if (this.#closed) return
    const taker = this.takers.shift()
    if (taker === undefined) this.#buffer.put(input as T)
    else taker.deliver(input)
  }

  take = (cb: Callback<T>): void => {
    // Checked in development only, as redux-saga does (flush's too).
    if (typeof cb !== 'function' && process.env.NODE_ENV !== 'production')
      fail(
        'NOT_A_FUNCTION',
        "channel.take's callback must be a function",
        `channel.take(cb): got ${describeValue(cb)}.`,
      )
    const taker = { deliver: cb }
    if (this.addTaker(taker)) cb.cancel = () => void this.removeTaker(taker)
  }

  /**
   * Gives `taker` the next message: at once if one is buffered (or `END` if closed), else when
   * it comes. True if the taker waits. The `take` runner calls this with the saga's taker
   * object itself, so a take on a channel allocates no callback and no cancel closure.
   */
  addTaker(taker: QueueTaker<T>): boolean {
    if (!this.#buffer.isEmpty()) {
      taker.deliver(this.#buffer.take() as T)
      return false
    }
    if (this.#closed) {
      taker.deliver(END)
      return false
    }
    this.takers.push(taker)
    return true
  }

  /** The `take` runner's take: see queue-taker.ts. */
  takeStep(
    step: WaitingStep,
    maybe: boolean | undefined,
    activity: QueueActivity,
    outside: boolean,
  ): QueueStepTaker<T> | undefined {
    return takeStep(this, step, maybe, activity, outside)
  }

  /** Takes `taker` out of the queue; false if it was not there. */
  removeTaker(taker: QueueTaker<T>): boolean {
    const index = this.takers.indexOf(taker)
    if (index < 0) return false
    this.takers.splice(index, 1)
    return true
  }

  flush = (cb: (items: T[] | End) => void): void => {
    if (typeof cb !== 'function' && process.env.NODE_ENV !== 'production')
      fail(
        'NOT_A_FUNCTION',
        "channel.flush' callback must be a function",
        `channel.flush(cb): got ${describeValue(cb)}.`,
      )
    if (this.#closed && this.#buffer.isEmpty()) {
      cb(END)
      return
    }
    cb(this.#buffer.flush ? this.#buffer.flush() : drain(this.#buffer))
  }

  close = (): void => {
    if (this.#closed) return
    this.#closed = true
    const takers = this.takers
    this.takers = []
    for (const taker of takers) taker.deliver(END)
  }

  /** How many takers wait; zero after every cancel and race. */
  takerCount(): number {
    return this.takers.length
  }
}

function drain<T>(buffer: Buffer<T>): T[] {
  const items: T[] = []
  while (!buffer.isEmpty()) items.push(buffer.take() as T)
  return items
}

/** The queue behind a channel made here (`channel` or `eventChannel`); undefined for others. */
export function queueOf(source: object): QueueChannel<NotUndefined> | undefined {
  return (source as { [QUEUE]?: QueueChannel<NotUndefined> })[QUEUE]
}
