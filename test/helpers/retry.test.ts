import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { retry } from 'sagaloop/effects'
import { makeStore } from '../support/store'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A function that fails `failures` times, then returns `'ok:' + arg`. */
function flaky(failures: number) {
  const fn = vi.fn((arg: string) => {
    if (fn.mock.calls.length <= failures) throw new Error(`failure ${fn.mock.calls.length}`)
    return `ok:${arg}`
  })
  return fn
}

describe('retry', () => {
  test('returns the result of the first call that succeeds, passing the arguments', async () => {
    const fn = flaky(2)
    const task = makeStore().run(function* () {
      return yield* retry(3, 100, fn, 'x')
    })
    await vi.advanceTimersByTimeAsync(200)
    expect(task.result()).toBe('ok:x')
    expect(fn).toHaveBeenCalledTimes(3)
    expect(fn).toHaveBeenCalledWith('x')
  })

  test('waits the delay after each failure before calling again', async () => {
    const fn = flaky(1)
    makeStore().run(function* () {
      yield* retry(3, 100, fn, 'x')
    })
    expect(fn).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(99)
    expect(fn).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(fn).toHaveBeenCalledTimes(2)
  })

  test('throws the last error once maxTries calls have failed', async () => {
    const fn = flaky(5)
    const task = makeStore().run(function* () {
      try {
        yield* retry(3, 100, fn, 'x')
      } catch (error) {
        return (error as Error).message
      }
    })
    await vi.advanceTimersByTimeAsync(1000)
    expect(fn).toHaveBeenCalledTimes(3)
    expect(task.result()).toBe('failure 3')
  })

  test('retries a function that returns a rejected promise', async () => {
    let calls = 0
    const fetchUser = (id: number) =>
      ++calls < 2 ? Promise.reject(new Error('503')) : Promise.resolve({ id })
    const task = makeStore().run(function* () {
      return yield* retry(2, 10, fetchUser, 7)
    })
    await vi.advanceTimersByTimeAsync(10)
    expect(task.result()).toEqual({ id: 7 })
  })
})
