/** all: runs effects in parallel and waits for every one; the first error cancels the rest. */
import { expect, test } from 'vitest'
import { all, call, delay, put, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('all of an array resumes with the results in the same order', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    return yield* all([delay(5, 'slow'), call(() => 'sync'), call(() => Promise.resolve('p'))])
  })
  expect(await task.toPromise()).toEqual(['slow', 'sync', 'p'])
})

test('all of an object resumes with the results under the same keys', () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    return yield* all({ a: take('A'), b: take('B') })
  })
  store.dispatch({ type: 'B' })
  store.dispatch({ type: 'A' })
  expect(task.result()).toEqual({ a: { type: 'A' }, b: { type: 'B' } })
})

test('an empty all resumes at once with an empty array or object', () => {
  const { run } = makeStore()
  const task = run(function* () {
    return [yield* all([]), yield* all({})]
  })
  expect(task.result()).toEqual([[], {}])
})

test('the first error in all is thrown into the saga and cancels the effects still running', async () => {
  const log: string[] = []
  const { run } = makeStore()
  const task = run(function* () {
    try {
      yield all([
        call(function* () {
          try {
            yield take('NEVER')
          } finally {
            log.push('first cancelled')
          }
        }),
        call(() => Promise.reject(new Error('second failed'))),
      ])
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(await task.toPromise()).toBe('second failed')
  expect(log).toEqual(['first cancelled'])
})

test('puts in an all are dispatched in order', () => {
  const { run, actions } = makeStore()
  run(function* () {
    yield all([put({ type: 'ONE' }), put({ type: 'TWO' }), put({ type: 'THREE' })])
  })
  expect(actions.map((a) => a.type)).toEqual(['ONE', 'TWO', 'THREE'])
})

// redux-saga still starts the later effects after an earlier one failed synchronously, and
// leaves them running (a take stays registered forever). sagaloop starts them too, as
// redux-saga does, but cancels each at once, so no taker is left behind.
test('effects after one that failed synchronously are started, then cancelled at once', () => {
  const log: string[] = []
  const { run } = makeStore({ onError: () => {} })
  run(function* () {
    try {
      yield all([
        call(() => {
          throw new Error('sync failure')
        }),
        call(function* () {
          log.push('second started')
          try {
            yield take('NEVER')
          } finally {
            log.push('second cancelled')
          }
        }),
      ])
    } catch {
      log.push('caught')
    }
  })
  expect(log).toEqual(['second started', 'second cancelled', 'caught'])
})
