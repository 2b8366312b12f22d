import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { END, channel } from 'sagaloop'
import { debounce } from 'sagaloop/effects'
import { makeStore } from '../support/store'

type Type = { type: 'TYPE'; text: string }

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function setup() {
  const { store, run } = makeStore()
  const seen: string[] = []
  const root = run(function* () {
    yield debounce(100, 'TYPE', (action: Type) => {
      seen.push(action.text)
    })
  })
  const type = (text: string) => store.dispatch({ type: 'TYPE', text })
  return { store, root, seen, type }
}

describe('debounce', () => {
  test('runs the worker once no action came for the delay', async () => {
    const { seen, type } = setup()
    type('a')
    await vi.advanceTimersByTimeAsync(99)
    expect(seen).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(seen).toEqual(['a'])
  })

  test('each new action restarts the delay, and the worker gets the latest one', async () => {
    const { seen, type } = setup()
    type('s')
    await vi.advanceTimersByTimeAsync(60)
    type('sa')
    await vi.advanceTimersByTimeAsync(60)
    type('sag')
    await vi.advanceTimersByTimeAsync(99)
    expect(seen).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(seen).toEqual(['sag'])
  })

  test('after running the worker, it waits for the next burst', async () => {
    const { seen, type } = setup()
    type('a')
    await vi.advanceTimersByTimeAsync(100)
    type('b')
    await vi.advanceTimersByTimeAsync(100)
    expect(seen).toEqual(['a', 'b'])
  })

  test('debounces a channel', async () => {
    const chan = channel<string>()
    const seen: string[] = []
    makeStore().run(function* () {
      yield debounce(100, chan, (text: string) => {
        seen.push(text)
      })
    })
    chan.put('x')
    chan.put('y')
    await vi.advanceTimersByTimeAsync(100)
    expect(seen).toEqual(['y'])
  })

  test('END while it waits for a burst ends it', () => {
    const { store, root } = setup()
    store.dispatch(END)
    expect(root.isRunning()).toBe(false)
  })

  test('END during the delay ends it without running the worker', async () => {
    const { store, root, seen, type } = setup()
    type('a')
    store.dispatch(END)
    await vi.advanceTimersByTimeAsync(100)
    expect(root.isRunning()).toBe(false)
    expect(seen).toEqual([])
  })
})
