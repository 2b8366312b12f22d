import { describe, expect, test } from 'vitest'
import { buffers, SagaError } from 'sagaloop'

const putAll = <T>(buffer: { put(m: T): void }, items: T[]) => items.forEach((m) => buffer.put(m))
const takeAll = <T>(buffer: { isEmpty(): boolean; take(): T | undefined }) => {
  const items: (T | undefined)[] = []
  while (!buffer.isEmpty()) items.push(buffer.take())
  return items
}

describe('buffers.none', () => {
  test('holds nothing: it is always empty', () => {
    const buffer = buffers.none<number>()
    buffer.put(1)
    expect(buffer.isEmpty()).toBe(true)
    expect(buffer.take()).toBeUndefined()
  })
})

describe('buffers.fixed', () => {
  test('gives messages back in the order they came', () => {
    const buffer = buffers.fixed<number>(3)
    putAll(buffer, [1, 2, 3])
    expect(takeAll(buffer)).toEqual([1, 2, 3])
  })

  test('one message more than the limit throws a SagaError with code BUFFER_OVERFLOW', () => {
    const buffer = buffers.fixed<number>(2)
    putAll(buffer, [1, 2])
    let thrown: unknown
    try {
      buffer.put(3)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(SagaError)
    expect(thrown).toMatchObject({ code: 'BUFFER_OVERFLOW' })
    expect((thrown as Error).message).toMatch(/overflow.*limit|fixed buffer of 2/i)
  })

  test('keeps what it held when it overflows', () => {
    const buffer = buffers.fixed<number>(2)
    putAll(buffer, [1, 2])
    expect(() => buffer.put(3)).toThrow()
    expect(takeAll(buffer)).toEqual([1, 2])
  })

  test('makes room again once messages are taken, wrapping around its ring', () => {
    const buffer = buffers.fixed<number>(2)
    putAll(buffer, [1, 2])
    expect(buffer.take()).toBe(1)
    buffer.put(3)
    expect(takeAll(buffer)).toEqual([2, 3])
  })

  test('rejects a limit that is not a positive integer with code INVALID_BUFFER', () => {
    expect(() => buffers.fixed(0)).toThrow(expect.objectContaining({ code: 'INVALID_BUFFER' }))
    expect(() => buffers.fixed(1.5)).toThrow(expect.objectContaining({ code: 'INVALID_BUFFER' }))
  })
})

describe('buffers.dropping', () => {
  test('ignores new messages once full', () => {
    const buffer = buffers.dropping<number>(2)
    putAll(buffer, [1, 2, 3, 4])
    expect(takeAll(buffer)).toEqual([1, 2])
  })

  test('holds 10 messages when no limit is given, as redux-saga', () => {
    const buffer = buffers.dropping<number>()
    putAll(
      buffer,
      Array.from({ length: 12 }, (_, i) => i),
    )
    expect(takeAll(buffer)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
})

describe('buffers.sliding', () => {
  test('keeps the latest messages once full, dropping the oldest', () => {
    const buffer = buffers.sliding<number>(2)
    putAll(buffer, [1, 2, 3, 4])
    expect(takeAll(buffer)).toEqual([3, 4])
  })

  test('holds the latest 10 messages when no limit is given, as redux-saga', () => {
    const buffer = buffers.sliding<number>()
    putAll(
      buffer,
      Array.from({ length: 12 }, (_, i) => i),
    )
    expect(takeAll(buffer)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  test('keeps order across a slide after some messages were taken', () => {
    const buffer = buffers.sliding<number>(3)
    putAll(buffer, [1, 2, 3])
    expect(buffer.take()).toBe(1)
    putAll(buffer, [4, 5])
    expect(takeAll(buffer)).toEqual([3, 4, 5])
  })
})

describe('buffers.expanding', () => {
  test('grows past its initial size and loses nothing', () => {
    const buffer = buffers.expanding<number>(2)
    const items = Array.from({ length: 50 }, (_, i) => i)
    putAll(buffer, items)
    expect(takeAll(buffer)).toEqual(items)
  })

  test('keeps order when it grows while wrapped around', () => {
    const buffer = buffers.expanding<number>(3)
    putAll(buffer, [1, 2, 3])
    expect(buffer.take()).toBe(1)
    putAll(buffer, [4, 5, 6])
    expect(takeAll(buffer)).toEqual([2, 3, 4, 5, 6])
  })
})

describe('flush', () => {
  test('every buffer kind flushes what it holds, oldest first, and is empty after', () => {
    for (const buffer of [
      buffers.fixed<number>(5),
      buffers.dropping<number>(5),
      buffers.sliding<number>(5),
      buffers.expanding<number>(1),
    ]) {
      putAll(buffer, [1, 2, 3])
      expect(buffer.flush?.()).toEqual([1, 2, 3])
      expect(buffer.isEmpty()).toBe(true)
    }
  })
})
