import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { END, channel } from 'sagaloop'
import { throttle } from 'sagaloop/effects'
import { makeStore } from '../support/store'

type Move = { type: 'MOVE'; n: number }

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function setup() {
  const { store, run } = makeStore()
  const seen: number[] = []
  const root = run(function* () {
    yield throttle(100, 'MOVE', (action: Move) => {
      seen.push(action.n)
    })
  })
  const move = (n: number) => store.dispatch({ type: 'MOVE', n })
  return { store, root, seen, move }
}

describe('throttle', () => {
  test('runs the worker at once for the first action', () => {
    const { seen, move } = setup()
    move(1)
    expect(seen).toEqual([1])
  })

  test('during the window, keeps only the latest action and runs it when the window ends', async () => {
    const { seen, move } = setup()
    move(1)
    move(2)
    move(3)
    await vi.advanceTimersByTimeAsync(99)
    expect(seen).toEqual([1])
    await vi.advanceTimersByTimeAsync(1)
    expect(seen).toEqual([1, 3])
  })

  test('an action after a quiet window runs at once', async () => {
    const { seen, move } = setup()
    move(1)
    await vi.advanceTimersByTimeAsync(250)
    move(2)
    expect(seen).toEqual([1, 2])
  })

  test('takes one message per window from a channel, leaving the rest in its buffer', async () => {
    const chan = channel<number>()
    const seen: number[] = []
    makeStore().run(function* () {
      yield throttle(100, chan, (n: number) => {
        seen.push(n)
      })
    })
    chan.put(1)
    chan.put(2)
    chan.put(3)
    expect(seen).toEqual([1])
    await vi.advanceTimersByTimeAsync(100)
    expect(seen).toEqual([1, 2])
    await vi.advanceTimersByTimeAsync(100)
    expect(seen).toEqual([1, 2, 3])
  })

  test('END ends it once the window is over', async () => {
    const { store, root } = setup()
    store.dispatch(END)
    await vi.advanceTimersByTimeAsync(100)
    expect(root.isRunning()).toBe(false)
  })
})
