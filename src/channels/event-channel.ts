/**
 * `eventChannel`: a channel fed by an outside source (a socket, a DOM event, a timer), through
 * a queue channel that the `take` runner reaches without a closure (see `queueOf`).
 */
import type { Buffer, End, EventChannel, NotUndefined } from '../types.js'
import { describeValue, fail, failExact } from '../errors.js'
import * as buffers from './buffers.js'
import { isEnd } from './end.js'
import { QUEUE, QueueChannel } from './queue-channel.js'

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
export function eventChannel<T extends NotUndefined>(
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

  const chan = { take: inner.take, flush: inner.flush, close } as EventChannel<T>
  // Not enumerable: the channel looks (and compares) like redux-saga's, the three functions.
  Object.defineProperties(chan, {
    [QUEUE]: { value: inner },
    takerCount: { value: () => inner.takerCount() },
  })
  return chan
}
