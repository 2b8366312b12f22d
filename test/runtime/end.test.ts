/** END: closes the store's channel, ends pending takes, and lets server-side rendering wait. */
import { expect, test } from 'vitest'
import { END } from 'sagaloop'
import { call, fork, put, take, takeMaybe } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('END ends a saga waiting in take: it returns, running its finally', () => {
  const log: string[] = []
  const { run, store } = makeStore()
  const task = run(function* () {
    try {
      yield take('A')
      log.push('not reached')
    } finally {
      log.push('finally')
    }
  })
  store.dispatch(END)
  expect(log).toEqual(['finally'])
  expect(task.isRunning()).toBe(false)
  expect(task.isCancelled()).toBe(false)
})

test('takeMaybe receives END as an action instead of ending the saga', () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    return yield* takeMaybe('A')
  })
  store.dispatch(END)
  expect(task.result()).toEqual(END)
})

test('a take made after END ends the saga at once', () => {
  const log: string[] = []
  const { run, store } = makeStore()
  store.dispatch(END)
  run(function* () {
    yield take('A')
    log.push('not reached')
  })
  expect(log).toEqual([])
})

test('END lets a server wait for every saga, with toPromise, once pending work is done', async () => {
  const { run, store, actions } = makeStore()
  const task = run(function* () {
    yield fork(function* watcher() {
      for (;;) {
        yield take('LOAD')
        const data = yield* call(() => Promise.resolve('data'))
        yield put({ type: 'LOADED', data })
      }
    })
    yield fork(function* () {
      yield take('OTHER')
    })
  })
  store.dispatch({ type: 'LOAD' })
  store.dispatch(END)
  await task.toPromise()
  // The load in flight finished; the watcher ended at its next take.
  expect(actions.map((a) => a.type)).toEqual(['LOAD', END.type, 'LOADED'])
})

test('END put by a saga also ends the pending takes of other sagas', () => {
  const { run } = makeStore()
  const waiting = run(function* () {
    yield take('A')
  })
  run(function* () {
    yield put(END)
  })
  expect(waiting.isRunning()).toBe(false)
})
