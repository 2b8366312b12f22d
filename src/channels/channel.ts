/**
 * Point-to-point channels: `channel` queues messages between sagas (one message, one taker) in a
 * buffer; `eventChannel` adapts an outside source. The multicast channels are in `multicast.ts`.
 */
import type { Buffer, Channel, End, EventChannel } from '../types.js'
import { describeValue, fail, failExact } from '../errors.js'
import * as buffers from './buffers.js'
import { END, checkInput, isEnd } from './end.js'

export { END, isEnd } from './end.js'
export { Multicast, StdChannel, multicastChannel, stdChannel, type Taker } from './multicast.js'

function isBuffer(value: unknown): value is Buffer<unknown> {
  const buffer = value as Partial<Buffer<unknown>> | null
  return (
    typeof buffer === 'object' &&
    buffer !== null &&
    typeof buffer.isEmpty === 'function' &&
    typeof buffer.put === 'function' &&
    typeof buffer.take === 'function'
  )
}

type Callback<T> = ((message: T | End) => void) & { cancel?: () => void }

/** Something waiting for one message: a saga's step (no closure) or a `take(cb)` callback. */
export interface QueueTaker<T> {
  deliver(message: T | End): void
}

class CallbackTaker<T> implements QueueTaker<T> {
  constructor(readonly deliver: (message: T | End) => void) {}
}

/** Where an `eventChannel` keeps its queue, so the `take` runner can reach it without a closure. */
const QUEUE = Symbol('sagaloop.queue')

// --- point-to-point ------------------------------------------------------------------------

export class QueueChannel<T> implements Channel<T> {
  private closed = false
  private takers: QueueTaker<T>[] = []
  /** A taker object no longer queued, for the `take` runner to reuse (see effects/take.ts). */
  spare: QueueTaker<T> | undefined = undefined
  /** What registered this queue's waiting sagas as busy for `settled()` (effects/take.ts). */
  watch: unknown = undefined

  constructor(private readonly buffer: Buffer<T>) {}

  put = (input: T | End): void => {
    checkInput(input)
    if (this.closed) return
    const taker = this.takers.shift()
    if (taker === undefined) this.buffer.put(input as T)
    else taker.deliver(input)
  }

  take = (cb: Callback<T>): void => {
    if (typeof cb !== 'function')
      fail(
        'NOT_A_FUNCTION',
        "channel.take's callback must be a function",
        `channel.take(cb): got ${describeValue(cb)}.`,
      )
    const taker = new CallbackTaker(cb)
    if (this.addTaker(taker)) cb.cancel = () => void this.removeTaker(taker)
  }

  /**
   * Gives `taker` the next message: at once if one is buffered (or `END` if closed), else when
   * it comes. True if the taker waits. The `take` runner calls this with the saga's taker
   * object itself, so a take on a channel allocates no callback and no cancel closure.
   */
  addTaker(taker: QueueTaker<T>): boolean {
    if (!this.buffer.isEmpty()) {
      taker.deliver(this.buffer.take() as T)
      return false
    }
    if (this.closed) {
      taker.deliver(END)
      return false
    }
    this.takers.push(taker)
    return true
  }

  /** Takes `taker` out of the queue; false if it was not there. */
  removeTaker(taker: QueueTaker<T>): boolean {
    const index = this.takers.indexOf(taker)
    if (index < 0) return false
    this.takers.splice(index, 1)
    return true
  }

  flush = (cb: (items: T[] | End) => void): void => {
    if (typeof cb !== 'function')
      fail(
        'NOT_A_FUNCTION',
        "channel.flush' callback must be a function",
        `channel.flush(cb): got ${describeValue(cb)}.`,
      )
    if (this.closed && this.buffer.isEmpty()) {
      cb(END)
      return
    }
    cb(this.buffer.flush ? this.buffer.flush() : drain(this.buffer))
  }

  close = (): void => {
    if (this.closed) return
    this.closed = true
    const takers = this.takers
    this.takers = []
    for (const taker of takers) taker.deliver(END)
  }

  /** The takers waiting now, in order (not to be changed). */
  waiting(): readonly QueueTaker<T>[] {
    return this.takers
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
export function queueOf(source: unknown): QueueChannel<unknown> | undefined {
  if (source instanceof QueueChannel) return source as QueueChannel<unknown>
  if (typeof source === 'object' && source !== null)
    return (source as { [QUEUE]?: QueueChannel<unknown> })[QUEUE]
  return undefined
}

/**
 * A channel for messages between sagas, buffered with `buffer` (default: expanding, so nothing
 * is lost).
 */
export function channel<T>(buffer: Buffer<T> = buffers.expanding<T>()): Channel<T> {
  if (!isBuffer(buffer))
    fail(
      'INVALID_BUFFER',
      'invalid buffer passed to channel factory function',
      `channel(buffer): ${describeValue(buffer)} is not a buffer; use one of buffers.*.`,
    )
  return new QueueChannel(buffer)
}

/** What an `eventChannel` subscriber receives: call it with each message, or with `END` to close. */
export type Emit<T> = (input: T | End) => void

/** Stops an outside source; `eventChannel` calls it exactly once. (redux-saga's name.) */
export type Unsubscribe = () => void

/** Starts listening to an outside source. (redux-saga's name for `eventChannel`'s argument.) */
export type Subscribe<T> = (emit: Emit<T>) => Unsubscribe

/**
 * A channel fed by an outside source. `subscribe(emit)` starts listening and returns the
 * function that stops it; that function runs exactly once, when the channel closes.
 */
export function eventChannel<T>(
  subscribe: Subscribe<T>,
  buffer: Buffer<T> = buffers.none<T>(),
): EventChannel<T> {
  if (typeof subscribe !== 'function')
    fail(
      'NOT_A_FUNCTION',
      `eventChannel(subscribe): subscribe must be a function; got ${describeValue(subscribe)}.`,
    )
  const inner = new QueueChannel<T>(buffer)
  let closed = false
  let unsubscribe: (() => void) | undefined

  const close = (): void => {
    if (closed) return
    closed = true
    const stop = unsubscribe
    unsubscribe = undefined
    stop?.()
    inner.close()
  }

  const returned: unknown = subscribe((input) => {
    if (isEnd(input)) {
      close()
      return
    }
    inner.put(input)
  })
  if (typeof returned !== 'function') {
    // Exactly redux-saga's message: its own tests compare it whole.
    failExact(
      'NOT_A_FUNCTION',
      'in eventChannel: subscribe should return a function to unsubscribe',
      `eventChannel(subscribe): subscribe returned ${describeValue(returned)}; return the function that stops listening, even () => {}.`,
    )
  }
  if (closed) (returned as () => void)()
  else unsubscribe = returned as () => void

  const chan = {
    take: inner.take,
    flush: inner.flush,
    close,
    takerCount: () => inner.takerCount(),
  } as EventChannel<T>
  // Not enumerable: the channel still looks (and compares) like the four functions it is.
  Object.defineProperty(chan, QUEUE, { value: inner })
  return chan
}
