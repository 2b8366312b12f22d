import { afterEach, describe, expect, test, vi } from 'vitest'
import { decrement, increment, incrementAsync } from './reducer'
import { createCounterStore } from './store'

describe('counter', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  test('increment and decrement change the value at once', () => {
    const { store, task } = createCounterStore()
    store.dispatch(increment())
    store.dispatch(increment())
    store.dispatch(decrement())
    expect(store.getState().value).toBe(1)
    task.cancel()
  })

  test('incrementAsync increments only after the delay', async () => {
    vi.useFakeTimers()
    const { store, task } = createCounterStore(1000)
    store.dispatch(incrementAsync())
    expect(store.getState()).toEqual({ value: 0, pending: 1 })
    await vi.advanceTimersByTimeAsync(999)
    expect(store.getState().value).toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(store.getState()).toEqual({ value: 1, pending: 0 })
    task.cancel()
  })

  test('every incrementAsync runs its own worker, so three clicks add three', async () => {
    vi.useFakeTimers()
    const { store, task } = createCounterStore(1000)
    store.dispatch(incrementAsync())
    await vi.advanceTimersByTimeAsync(300)
    store.dispatch(incrementAsync())
    store.dispatch(incrementAsync())
    expect(store.getState().pending).toBe(3)
    await vi.advanceTimersByTimeAsync(700)
    expect(store.getState().value).toBe(1)
    await vi.advanceTimersByTimeAsync(300)
    expect(store.getState()).toEqual({ value: 3, pending: 0 })
    task.cancel()
  })

  test('incrementAsync carries the amount to add', async () => {
    vi.useFakeTimers()
    const { store, task } = createCounterStore(1000)
    store.dispatch(incrementAsync(5))
    await vi.advanceTimersByTimeAsync(1000)
    expect(store.getState().value).toBe(5)
    task.cancel()
  })

  test('cancelling the root saga stops the pending increments', async () => {
    vi.useFakeTimers()
    const { store, task } = createCounterStore(1000)
    store.dispatch(incrementAsync())
    task.cancel()
    await vi.advanceTimersByTimeAsync(2000)
    expect(store.getState().value).toBe(0)
    expect(task.isCancelled()).toBe(true)
  })
})
