/**
 * Buffers hold the messages a channel received while no taker waited. All but `none` are one
 * ring buffer; they differ only in what happens when it is full.
 */
import type { Buffer } from '../types.js'
import { fail } from '../errors.js'
import { invalidBufferLimit } from '../messages.js'

type Overflow = 'throw' | 'drop' | 'slide' | 'expand'

/** The public name of each kind of buffer, for messages. */
const names = { throw: 'fixed', drop: 'dropping', slide: 'sliding', expand: 'expanding' } as const

class RingBuffer<T> implements Buffer<T> {
  // Declared, then assigned in the constructor: as fields they would be defined first, with
  // undefined (more code in a bundle, for nothing).
  declare private items: (T | undefined)[]
  declare private limit: number
  declare private readonly overflow: Overflow
  private start = 0
  private length = 0

  constructor(limit: number, overflow: Overflow) {
    if (!Number.isInteger(limit) || limit < 1)
      fail('INVALID_BUFFER', invalidBufferLimit(names[overflow], limit))
    this.limit = limit
    this.overflow = overflow
    this.items = new Array<T | undefined>(limit)
  }

  isEmpty(): boolean {
    return this.length === 0
  }

  put(message: T): void {
    if (this.length < this.limit) {
      this.items[(this.start + this.length) % this.limit] = message
      this.length++
      return
    }
    switch (this.overflow) {
      case 'throw':
        fail(
          'BUFFER_OVERFLOW',
          "Channel's Buffer overflow!",
          `A fixed buffer of ${this.limit} is full. Take messages faster, or use buffers.expanding/sliding/dropping.`,
        )
        break
      case 'drop':
        return
      case 'slide':
        // Overwrite the oldest message: the buffer keeps the latest `limit` ones.
        this.items[this.start] = message
        this.start = (this.start + 1) % this.limit
        return
      case 'expand': {
        const items = this.flush()
        const held = items.length
        this.limit *= 2
        items.length = this.limit
        this.items = items
        this.start = 0
        this.length = held
        this.put(message)
      }
    }
  }

  take(): T | undefined {
    if (this.length === 0) return undefined
    const message = this.items[this.start]
    this.items[this.start] = undefined
    this.start = (this.start + 1) % this.limit
    this.length--
    return message
  }

  flush(): T[] {
    const items: T[] = []
    while (this.length > 0) items.push(this.take() as T)
    return items
  }
}

const zeroBuffer: Buffer<never> = {
  isEmpty: () => true,
  put: () => {},
  take: () => undefined,
  flush: () => [],
}

/** Holds nothing: a message put while no taker waits is lost. */
export const none = <T>(): Buffer<T> => zeroBuffer

/** Holds up to `limit` (default 10) messages and throws when one more arrives. */
export const fixed = <T>(limit = 10): Buffer<T> => new RingBuffer<T>(limit, 'throw')

/** Holds up to `limit` (default 10) messages and ignores new ones when full. */
export const dropping = <T>(limit = 10): Buffer<T> => new RingBuffer<T>(limit, 'drop')

/** Holds the latest `limit` (default 10) messages, dropping the oldest when full. */
export const sliding = <T>(limit = 10): Buffer<T> => new RingBuffer<T>(limit, 'slide')

/** Starts with room for `initialSize` messages and doubles when full: never loses one. */
export const expanding = <T>(initialSize = 10): Buffer<T> =>
  new RingBuffer<T>(initialSize, 'expand')
