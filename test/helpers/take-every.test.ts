import { describe, expect, test } from 'vitest'
import { END, channel } from 'sagaloop'
import { takeEvery } from 'sagaloop/effects'
import { makeStore } from '../support/store'

type Hit = { type: 'HIT'; n: number }

describe('takeEvery', () => {
  test('runs the worker for every matching action, with the extra arguments first', () => {
    const { store, run } = makeStore()
    const calls: string[] = []
    run(function* () {
      yield takeEvery(
        'HIT',
        function* (prefix: string, action: Hit) {
          calls.push(`${prefix}${action.n}`)
        },
        '#',
      )
    })
    store.dispatch({ type: 'HIT', n: 1 })
    store.dispatch({ type: 'MISS' })
    store.dispatch({ type: 'HIT', n: 2 })
    expect(calls).toEqual(['#1', '#2'])
  })

  test('workers run concurrently: a slow worker does not hold back the next', () => {
    const { store, run } = makeStore()
    const started: number[] = []
    run(function* () {
      yield takeEvery('HIT', function* (action: Hit) {
        started.push(action.n)
        yield new Promise(() => {})
      })
    })
    store.dispatch({ type: 'HIT', n: 1 })
    store.dispatch({ type: 'HIT', n: 2 })
    expect(started).toEqual([1, 2])
  })

  test('takes from a channel', () => {
    const chan = channel<number>()
    const seen: number[] = []
    makeStore().run(function* () {
      yield takeEvery(chan, (n: number) => {
        seen.push(n)
      })
    })
    chan.put(1)
    chan.put(2)
    expect(seen).toEqual([1, 2])
  })

  test('END on the store ends it', () => {
    const { store, run } = makeStore()
    const root = run(function* () {
      yield takeEvery('HIT', () => {})
    })
    expect(root.isRunning()).toBe(true)
    store.dispatch(END)
    expect(root.isRunning()).toBe(false)
  })

  test('closing its channel ends it', () => {
    const chan = channel<number>()
    const root = makeStore().run(function* () {
      yield takeEvery(chan, () => {})
    })
    chan.close()
    expect(root.isRunning()).toBe(false)
  })
})
