import { describe, expect, test, vi } from 'vitest'
import { END, buffers, eventChannel, type Emit } from 'sagaloop'
import { take, takeMaybe } from 'sagaloop/effects'
import { makeStore } from '../support/store'
import { takerCount } from '../support/channels'

/** An outside source the test drives by hand, like a websocket or a DOM element. */
function source<T>() {
  let emit: Emit<T> | undefined
  const unsubscribe = vi.fn()
  const subscribe = (e: Emit<T>) => {
    emit = e
    return unsubscribe
  }
  return { subscribe, unsubscribe, emit: (input: T | typeof END) => emit?.(input) }
}

describe('eventChannel()', () => {
  test('a saga takes what the source emits', () => {
    const src = source<number>()
    const chan = eventChannel(src.subscribe)
    const got: number[] = []
    makeStore().run(function* () {
      for (;;) got.push(yield* take(chan))
    })
    src.emit(1)
    src.emit(2)
    expect(got).toEqual([1, 2])
  })

  test('without a buffer, what is emitted while no saga takes is lost', () => {
    const src = source<number>()
    const chan = eventChannel(src.subscribe)
    src.emit(1)
    const got: unknown[] = []
    chan.take((message) => got.push(message))
    src.emit(2)
    expect(got).toEqual([2])
  })

  test('with a buffer, what is emitted while no saga takes waits for the next take', () => {
    const src = source<number>()
    const chan = eventChannel(src.subscribe, buffers.expanding())
    src.emit(1)
    src.emit(2)
    const got: unknown[] = []
    chan.take((message) => got.push(message))
    chan.take((message) => got.push(message))
    expect(got).toEqual([1, 2])
  })

  test('emitting END unsubscribes exactly once and ends the taking saga', () => {
    const src = source<number>()
    const chan = eventChannel(src.subscribe)
    const task = makeStore().run(function* () {
      for (;;) yield* take(chan)
    })
    src.emit(END)
    src.emit(END)
    expect(src.unsubscribe).toHaveBeenCalledTimes(1)
    expect(task.isRunning()).toBe(false)
  })

  test('close() unsubscribes exactly once, however often it is called', () => {
    const src = source<number>()
    const chan = eventChannel(src.subscribe)
    chan.close()
    chan.close()
    src.emit(END)
    expect(src.unsubscribe).toHaveBeenCalledTimes(1)
  })

  test('a saga that closes the channel in finally unsubscribes once when cancelled', () => {
    const src = source<number>()
    const chan = eventChannel(src.subscribe)
    const task = makeStore().run(function* () {
      try {
        for (;;) yield* take(chan)
      } finally {
        chan.close()
      }
    })
    task.cancel()
    expect(src.unsubscribe).toHaveBeenCalledTimes(1)
    expect(takerCount(chan)).toBe(0)
  })

  test('END emitted synchronously during subscribe unsubscribes once, right after subscribe returns', () => {
    const unsubscribe = vi.fn()
    const chan = eventChannel<number>((emit) => {
      emit(END)
      expect(unsubscribe).not.toHaveBeenCalled()
      return unsubscribe
    })
    expect(unsubscribe).toHaveBeenCalledTimes(1)
    chan.close()
    expect(unsubscribe).toHaveBeenCalledTimes(1)
    let got: unknown
    chan.take((message) => (got = message))
    expect(got).toBe(END)
  })

  test('what is emitted after END is ignored', () => {
    const src = source<number>()
    const chan = eventChannel(src.subscribe, buffers.expanding())
    src.emit(END)
    src.emit(1)
    let got: unknown
    chan.take((message) => (got = message))
    expect(got).toBe(END)
  })

  test('takeMaybe receives END from a closed event channel', () => {
    const src = source<number>()
    const chan = eventChannel(src.subscribe)
    const task = makeStore().run(function* () {
      return yield* takeMaybe(chan)
    })
    src.emit(END)
    expect(task.result()).toBe(END)
  })

  test('an Error emitted is thrown into the taking saga', () => {
    const src = source<number | Error>()
    const chan = eventChannel(src.subscribe)
    const task = makeStore().run(function* () {
      try {
        yield* take(chan)
      } catch (error) {
        return (error as Error).message
      }
    })
    src.emit(new Error('socket closed'))
    expect(task.result()).toBe('socket closed')
  })

  test('a subscriber that returns no function is rejected with code NOT_A_FUNCTION', () => {
    expect(() => eventChannel((() => undefined) as never)).toThrow(
      expect.objectContaining({ code: 'NOT_A_FUNCTION' }),
    )
  })

  test('emitting undefined throws a SagaError with code INVALID_ACTION', () => {
    // The types forbid it (a channel's messages are never undefined); untyped code can still try.
    const src = source<number>()
    eventChannel(src.subscribe)
    expect(() => src.emit(undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ACTION' }),
    )
  })
})
