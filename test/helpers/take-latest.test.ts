import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { END, channel } from 'sagaloop'
import { cancelled, delay, put, takeLatest } from 'sagaloop/effects'
import { makeStore } from '../support/store'

type Search = { type: 'SEARCH'; q: string }

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function* search(log: string[], action: Search) {
  try {
    yield delay(100)
    log.push(`done ${action.q}`)
    yield put({ type: 'RESULT', q: action.q })
  } finally {
    if (yield* cancelled()) log.push(`cancelled ${action.q}`)
  }
}

describe('takeLatest', () => {
  test('cancels the running worker when a new action comes: its finally runs with cancelled() true', async () => {
    const { store, run, actions } = makeStore()
    const log: string[] = []
    run(function* () {
      yield takeLatest('SEARCH', search, log)
    })
    store.dispatch({ type: 'SEARCH', q: 'a' })
    await vi.advanceTimersByTimeAsync(50)
    store.dispatch({ type: 'SEARCH', q: 'ab' })
    await vi.advanceTimersByTimeAsync(100)
    expect(log).toEqual(['cancelled a', 'done ab'])
    expect(actions.filter((a) => a.type === 'RESULT')).toEqual([{ type: 'RESULT', q: 'ab' }])
  })

  test('a worker that finished before the next action is not cancelled', async () => {
    const { store, run } = makeStore()
    const log: string[] = []
    run(function* () {
      yield takeLatest('SEARCH', search, log)
    })
    store.dispatch({ type: 'SEARCH', q: 'a' })
    await vi.advanceTimersByTimeAsync(100)
    store.dispatch({ type: 'SEARCH', q: 'b' })
    await vi.advanceTimersByTimeAsync(100)
    expect(log).toEqual(['done a', 'done b'])
  })

  test('takes from a channel', async () => {
    const chan = channel<Search>()
    const log: string[] = []
    makeStore().run(function* () {
      yield takeLatest(chan, search, log)
    })
    chan.put({ type: 'SEARCH', q: 'x' })
    chan.put({ type: 'SEARCH', q: 'y' })
    await vi.advanceTimersByTimeAsync(100)
    expect(log).toEqual(['cancelled x', 'done y'])
  })

  test('END stops taking, and the running worker still finishes', async () => {
    const { store, run } = makeStore()
    const log: string[] = []
    const root = run(function* () {
      yield takeLatest('SEARCH', search, log)
    })
    store.dispatch({ type: 'SEARCH', q: 'a' })
    store.dispatch(END)
    expect(root.isRunning()).toBe(true)
    await vi.advanceTimersByTimeAsync(100)
    expect(log).toEqual(['done a'])
    expect(root.isRunning()).toBe(false)
  })
})
