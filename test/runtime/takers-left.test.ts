/** No taker is left behind on the store's channel after a race, a cancel, an error or END. */
import { expect, test } from 'vitest'
import { stdChannel, END } from 'sagaloop'
import { all, call, cancel, delay, fork, race, take } from 'sagaloop/effects'
import { makeStore, flushAsync } from '../support/store'

function storeWithChannel() {
  const channel = stdChannel()
  const takerCount = () => (channel as unknown as { takerCount(): number }).takerCount()
  return { ...makeStore({ channel, onError: () => {} }), takerCount }
}

test('the losers of a race stop waiting for their actions', () => {
  const { run, store, takerCount } = storeWithChannel()
  run(function* () {
    yield race({ a: take('A'), b: take('B'), c: all([take('C'), take('D')]) })
  })
  expect(takerCount()).toBe(4)
  store.dispatch({ type: 'B' })
  expect(takerCount()).toBe(0)
})

test('cancelling a task removes the takers of its whole subtree', () => {
  const { run, takerCount } = storeWithChannel()
  const task = run(function* () {
    yield fork(function* () {
      yield fork(function* () {
        yield take('DEEP')
      })
      yield call(function* () {
        yield race([take('X'), take('Y')])
      })
    })
    yield take('ROOT')
  })
  expect(takerCount()).toBe(4)
  task.cancel()
  expect(takerCount()).toBe(0)
})

test('takers registered in a finally block of a cancelled task are removed when it ends', () => {
  const { run, store, takerCount } = storeWithChannel()
  const task = run(function* () {
    try {
      yield take('NEVER')
    } finally {
      yield take('CLEANUP_DONE')
    }
  })
  task.cancel()
  // Like redux-saga: a cancelled saga may still wait in its finally block.
  expect(takerCount()).toBe(1)
  store.dispatch({ type: 'CLEANUP_DONE' })
  expect(takerCount()).toBe(0)
})

test('a failing sibling removes the takers of the tasks it cancels', async () => {
  const { run, takerCount } = storeWithChannel()
  run(function* () {
    yield fork(function* () {
      yield take('A')
    })
    yield fork(function* () {
      yield delay(0)
      throw new Error('failed')
    })
    yield take('B')
  })
  expect(takerCount()).toBe(2)
  await flushAsync()
  await flushAsync()
  expect(takerCount()).toBe(0)
})

test('END leaves no takers', () => {
  const { run, store, takerCount } = storeWithChannel()
  run(function* () {
    yield all([take('A'), take('B')])
  })
  store.dispatch(END)
  expect(takerCount()).toBe(0)
})

test('a task cancelled by yield cancel(task) leaves no takers', () => {
  const { run, store, takerCount } = storeWithChannel()
  run(function* () {
    const task = yield* fork(function* () {
      yield take('A')
    })
    yield take('STOP')
    yield cancel(task)
  })
  store.dispatch({ type: 'STOP' })
  expect(takerCount()).toBe(0)
})
