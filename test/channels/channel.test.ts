import { describe, expect, test, vi } from 'vitest'
import { END, buffers, channel, isEnd } from 'sagaloop'
import { call, cancel, delay, flush, fork, put, race, take, takeMaybe } from 'sagaloop/effects'
import { makeStore } from '../support/store'
import { takerCount } from '../support/channels'
import { QueueChannel, queueOf } from '../../src/channels/queue-channel'
import { QueueStepTaker } from '../../src/channels/queue-taker'

describe('channel()', () => {
  test('a message put while no one takes waits in the buffer for the next taker', () => {
    const chan = channel<number>()
    chan.put(1)
    const got: unknown[] = []
    chan.take((message) => got.push(message))
    expect(got).toEqual([1])
  })

  test('the default buffer holds any number of messages, in order', () => {
    const chan = channel<number>()
    const items = Array.from({ length: 100 }, (_, i) => i)
    items.forEach((n) => chan.put(n))
    let flushed: unknown
    chan.flush((all) => (flushed = all))
    expect(flushed).toEqual(items)
  })

  test('a waiting taker receives the next message put', () => {
    const chan = channel<number>()
    const got: unknown[] = []
    chan.take((message) => got.push(message))
    chan.put(7)
    expect(got).toEqual([7])
  })

  test('each message goes to exactly one taker, in the order the takers came', () => {
    const chan = channel<string>()
    const got: string[] = []
    chan.take((message) => got.push(`first:${String(message)}`))
    chan.take((message) => got.push(`second:${String(message)}`))
    chan.put('a')
    chan.put('b')
    chan.put('c')
    expect(got).toEqual(['first:a', 'second:b'])
    chan.take((message) => got.push(`third:${String(message)}`))
    expect(got).toEqual(['first:a', 'second:b', 'third:c'])
  })

  test('takers waiting when the channel closes receive END', () => {
    const chan = channel<number>()
    const got: unknown[] = []
    chan.take((message) => got.push(message))
    chan.take((message) => got.push(message))
    chan.close()
    expect(got).toEqual([END, END])
  })

  test('a take on a closed, empty channel receives END at once', () => {
    const chan = channel<number>()
    chan.close()
    let got: unknown
    chan.take((message) => (got = message))
    expect(isEnd(got)).toBe(true)
  })

  test('messages buffered before close are still taken, then END', () => {
    const chan = channel<number>()
    chan.put(1)
    chan.put(2)
    chan.close()
    const got: unknown[] = []
    for (let i = 0; i < 3; i++) chan.take((message) => got.push(message))
    expect(got).toEqual([1, 2, END])
  })

  test('puts on a closed channel are ignored', () => {
    const chan = channel<number>()
    chan.close()
    chan.put(1)
    const got: unknown[] = []
    chan.take((message) => got.push(message))
    expect(got).toEqual([END])
  })

  test('closing twice is harmless', () => {
    const chan = channel<number>()
    const got: unknown[] = []
    chan.take((message) => got.push(message))
    chan.close()
    chan.close()
    expect(got).toEqual([END])
  })

  test('putting undefined throws a SagaError with code INVALID_ACTION', () => {
    // The types forbid it (a channel's messages are never undefined); untyped code can still try.
    const chan = channel<number>()
    expect(() => chan.put(undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ACTION' }),
    )
  })

  test('channel() rejects something that is not a buffer with code INVALID_BUFFER', () => {
    expect(() => channel({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_BUFFER' }))
  })

  test('flush gives every buffered message and empties the buffer', () => {
    const chan = channel<number>()
    chan.put(1)
    chan.put(2)
    let flushed: unknown
    chan.flush((items) => (flushed = items))
    expect(flushed).toEqual([1, 2])
    chan.flush((items) => (flushed = items))
    expect(flushed).toEqual([])
  })

  test('flush of a closed, empty channel gives END', () => {
    const chan = channel<number>()
    chan.close()
    let flushed: unknown
    chan.flush((items) => (flushed = items))
    expect(flushed).toBe(END)
  })

  test('the flush effect resolves with the buffered messages', () => {
    const chan = channel<number>(buffers.expanding())
    chan.put(1)
    chan.put(2)
    const { run } = makeStore()
    const task = run(function* () {
      return yield* flush(chan)
    })
    expect(task.result()).toEqual([1, 2])
  })
})

describe('sagas taking from a channel', () => {
  test('a saga takes the messages another saga puts, in order', () => {
    const chan = channel<number>()
    const got: number[] = []
    const { run } = makeStore()
    run(function* () {
      for (;;) got.push(yield* take(chan))
    })
    run(function* () {
      yield put(chan, 1)
      yield put(chan, 2)
    })
    expect(got).toEqual([1, 2])
  })

  test('take of END ends the saga without running the code after the take', () => {
    const chan = channel<number>()
    const after: unknown[] = []
    const { run } = makeStore()
    const task = run(function* () {
      const message = yield* take(chan)
      after.push(message)
      return 'not reached'
    })
    chan.close()
    expect(task.isRunning()).toBe(false)
    expect(task.isCancelled()).toBe(false)
    expect(task.result()).toBeUndefined()
    expect(after).toEqual([])
  })

  test('takeMaybe receives END instead of ending the saga', () => {
    const chan = channel<number>()
    const { run } = makeStore()
    const task = run(function* () {
      return yield* takeMaybe(chan)
    })
    chan.close()
    expect(task.result()).toBe(END)
  })

  test('an Error put into a channel is thrown into the taking saga', () => {
    const chan = channel<number | Error>()
    const { run } = makeStore()
    const task = run(function* () {
      try {
        yield* take(chan)
        return 'no error'
      } catch (error) {
        return (error as Error).message
      }
    })
    chan.put(new Error('boom'))
    expect(task.result()).toBe('boom')
  })

  test('a cancelled saga leaves no taker on the channel', () => {
    const chan = channel<number>()
    const { run } = makeStore()
    const task = run(function* () {
      yield* take(chan)
    })
    expect(takerCount(chan)).toBe(1)
    task.cancel()
    expect(takerCount(chan)).toBe(0)
    chan.put(1)
    let got: unknown
    chan.take((message) => (got = message))
    expect(got).toBe(1)
  })

  test('a take that loses a race leaves no taker on the channel', async () => {
    const chan = channel<number>()
    const { run } = makeStore()
    const task = run(function* () {
      return yield* race({ message: take(chan), timeout: delay(1) })
    })
    expect(takerCount(chan)).toBe(1)
    await task.toPromise()
    expect(task.result()).toEqual({ timeout: true })
    expect(takerCount(chan)).toBe(0)
  })

  test('cancelling a forked taker gives the next message to the saga still waiting', () => {
    const chan = channel<string>()
    const got: string[] = []
    const { run } = makeStore()
    run(function* () {
      const first = yield* fork(function* () {
        got.push(`first:${yield* take(chan)}`)
      })
      yield* fork(function* () {
        got.push(`second:${yield* take(chan)}`)
      })
      yield cancel(first)
      yield call(() => chan.put('x'))
    })
    expect(got).toEqual(['second:x'])
    expect(takerCount(chan)).toBe(0)
  })
})

describe('the take runner on a queue channel', () => {
  test("takes through the queue's own takeStep, reusing one taker for a loop of takes", async () => {
    const takeStep = vi.spyOn(QueueChannel.prototype, 'takeStep')
    try {
      const chan = channel<number>()
      const { sagaMiddleware } = makeStore()
      const got: number[] = []
      const task = sagaMiddleware.run(function* () {
        for (let i = 0; i < 3; i++) got.push((yield take(chan)) as number)
      })
      const queue = queueOf(chan)
      expect(queue).toBe(chan)
      const taker = queue?.takers[0]
      expect(taker).toBeInstanceOf(QueueStepTaker)
      chan.put(1)
      chan.put(2)
      expect(queue?.takers[0]).toBe(taker)
      chan.put(3)
      await task.toPromise()
      expect(got).toEqual([1, 2, 3])
      expect(takeStep).toHaveBeenCalledTimes(3)
      expect(queue?.spare).toBe(taker)
    } finally {
      takeStep.mockRestore()
    }
  })
})
