import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { END } from 'sagaloop'
import { delay, takeLeading } from 'sagaloop/effects'
import { makeStore } from '../support/store'

type Save = { type: 'SAVE'; n: number }

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('takeLeading', () => {
  test('ignores matching actions while its worker is busy', async () => {
    const { store, run } = makeStore()
    const saved: number[] = []
    run(function* () {
      yield takeLeading('SAVE', function* (action: Save) {
        yield delay(100)
        saved.push(action.n)
      })
    })
    store.dispatch({ type: 'SAVE', n: 1 })
    store.dispatch({ type: 'SAVE', n: 2 })
    await vi.advanceTimersByTimeAsync(50)
    store.dispatch({ type: 'SAVE', n: 3 })
    await vi.advanceTimersByTimeAsync(50)
    expect(saved).toEqual([1])
  })

  test('takes the next action once the worker is done', async () => {
    const { store, run } = makeStore()
    const saved: number[] = []
    run(function* () {
      yield takeLeading('SAVE', function* (action: Save) {
        yield delay(100)
        saved.push(action.n)
      })
    })
    store.dispatch({ type: 'SAVE', n: 1 })
    await vi.advanceTimersByTimeAsync(100)
    store.dispatch({ type: 'SAVE', n: 2 })
    await vi.advanceTimersByTimeAsync(100)
    expect(saved).toEqual([1, 2])
  })

  test('END ends it while it waits for an action', async () => {
    const { store, run } = makeStore()
    const root = run(function* () {
      yield takeLeading('SAVE', function* () {
        yield delay(100)
      })
    })
    store.dispatch(END)
    expect(root.isRunning()).toBe(false)
  })
})
