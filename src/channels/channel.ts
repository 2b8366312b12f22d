/**
 * `channel`: a queue of messages between sagas (one message, one taker), kept in a buffer.
 */
import type { Buffer, Channel, NotUndefined } from '../types.js'
import { describeValue, fail } from '../errors.js'
import * as buffers from './buffers.js'
import { QueueChannel } from './queue-channel.js'

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

/**
 * A channel for messages between sagas, buffered with `buffer` (default: expanding, so nothing
 * is lost).
 */
export function channel<T extends NotUndefined>(
  buffer: Buffer<T> = buffers.expanding<T>(),
): Channel<T> {
  if (!isBuffer(buffer))
    fail(
      'INVALID_BUFFER',
      'invalid buffer passed to channel factory function',
      `channel(buffer): ${describeValue(buffer)} is not a buffer; use one of buffers.*.`,
    )
  return new QueueChannel(buffer)
}
