/** actionChannel with flush, and how END reaches an action channel (ordering checked against redux-saga). */
import { expect, test } from 'vitest'
import { END } from 'sagaloop'
import { actionChannel, call, flush, take } from 'sagaloop/effects'
import { makeStore, flushAsync } from '../support/store'
import { runBoth, type Gen } from '../support/differential'

test('flush takes every action buffered in an action channel at once', async () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    const requests = yield* actionChannel('REQUEST')
    yield call(() => new Promise((resolve) => setTimeout(resolve, 0)))
    return yield* flush(requests)
  })
  store.dispatch({ type: 'REQUEST', n: 1 })
  store.dispatch({ type: 'OTHER' })
  store.dispatch({ type: 'REQUEST', n: 2 })
  await flushAsync()
  expect(await task.toPromise()).toEqual([
    { type: 'REQUEST', n: 1 },
    { type: 'REQUEST', n: 2 },
  ])
})

test('flush of an empty action channel gives an empty array', () => {
  const { run } = makeStore()
  const task = run(function* () {
    const requests = yield* actionChannel('REQUEST')
    return yield* flush(requests)
  })
  expect(task.result()).toEqual([])
})

test('END ends a saga waiting for a store action, even with actions left in its action channel', () => {
  const taken: unknown[] = []
  const { run, store } = makeStore()
  const task = run(function* () {
    const requests = yield* actionChannel('REQUEST')
    yield take('START')
    for (;;) taken.push(yield* take(requests))
  })
  store.dispatch({ type: 'REQUEST', n: 1 })
  store.dispatch(END)
  expect(taken).toEqual([])
  expect(task.isRunning()).toBe(false)
})

test('actionChannel, flush and END behave as under redux-saga', async () => {
  const { sagaloop, reduxSaga } = await runBoth(({ effects: E, END: end }, log) => ({
    *saga(): Gen {
      const chan = yield E.actionChannel(['A', 'B'])
      yield E.delay(0)
      log(yield E.flush(chan))
      log(yield E.take(chan))
      yield E.delay(0)
      log(yield E.flush(chan))
      log(yield E.takeMaybe(chan))
      log(yield E.flush(chan))
      log(yield E.takeMaybe(chan))
    },
    async drive(store) {
      store.dispatch({ type: 'A', n: 1 })
      store.dispatch({ type: 'C' })
      store.dispatch({ type: 'B', n: 2 })
      await new Promise((resolve) => setTimeout(resolve, 0))
      store.dispatch({ type: 'A', n: 3 })
      store.dispatch({ type: 'A', n: 4 })
      store.dispatch({ type: 'B', n: 5 })
      store.dispatch(end)
    },
  }))
  expect(sagaloop).toEqual(reduxSaga)
})
