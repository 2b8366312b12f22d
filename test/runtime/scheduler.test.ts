/**
 * The scheduling queue: puts are atomic. A put made while sagas are being resumed is delivered
 * after the current delivery, in order, and every taker registered meanwhile sees it.
 */
import { expect, test } from 'vitest'
import { call, fork, put, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

const types = (actions: { type: string }[]) => actions.map((a) => a.type)

test('a put made inside a put is delivered after it', () => {
  const heard: string[] = []
  const { run, actions } = makeStore()
  run(function* () {
    yield fork(function* () {
      yield take('OUTER')
      yield put({ type: 'INNER' })
    })
    yield fork(function* () {
      for (;;) heard.push((yield* take('*')).type)
    })
    yield put({ type: 'OUTER' })
    yield put({ type: 'AFTER' })
  })
  expect(types(actions)).toEqual(['OUTER', 'INNER', 'AFTER'])
  expect(heard).toEqual(['OUTER', 'INNER', 'AFTER'])
})

test('several puts made while an action is delivered reach the store in the order they were made', () => {
  const { run, actions } = makeStore()
  run(function* () {
    yield fork(function* () {
      yield take('GO')
      yield put({ type: 'A1' })
      yield put({ type: 'A2' })
    })
    yield fork(function* () {
      yield take('GO')
      yield put({ type: 'B1' })
    })
    yield put({ type: 'GO' })
  })
  // redux-saga's order: each saga runs until its first put, then the queued puts interleave.
  expect(types(actions)).toEqual(['GO', 'A1', 'B1', 'A2'])
})

test('a taker registered in the same step as a put sees the action', () => {
  const { run } = makeStore()
  const task = run(function* () {
    yield fork(function* () {
      yield take('REQUEST')
      yield put({ type: 'REPLY' })
    })
    yield put({ type: 'REQUEST' })
    // Registered right after the put: the reply, put synchronously in response, still arrives.
    return (yield* take('REPLY')).type
  })
  expect(task.result()).toBe('REPLY')
})

test('a saga that puts then takes sees the reply of a saga that takes then puts (ping-pong)', () => {
  const replies: number[] = []
  const { run, actions } = makeStore()
  run(function* () {
    yield fork(function* () {
      for (;;) {
        const { n } = (yield take('PING')) as { n: number }
        yield put({ type: 'PONG', n })
      }
    })
    for (let n = 0; n < 3; n++) {
      yield put({ type: 'PING', n })
      replies.push(((yield take('PONG')) as { n: number }).n)
    }
  })
  expect(replies).toEqual([0, 1, 2])
  expect(types(actions)).toEqual(['PING', 'PONG', 'PING', 'PONG', 'PING', 'PONG'])
})

test('an action dispatched from outside during a saga step waits for the step, so the next take sees it', () => {
  const log: string[] = []
  const { run, store } = makeStore()
  run(function* () {
    yield take('FIRST')
    yield call(() => {
      store.dispatch({ type: 'SECOND' })
      log.push('dispatched SECOND')
    })
    // Same as redux-saga: SECOND was queued behind the delivery of FIRST, which is still going on.
    yield take('SECOND')
    log.push('took SECOND')
  })
  store.dispatch({ type: 'FIRST' })
  expect(log).toEqual(['dispatched SECOND', 'took SECOND'])
})

test('two stores do not share a scheduling queue', () => {
  const first = makeStore()
  const second = makeStore()
  const log: string[] = []
  first.run(function* () {
    yield take('GO')
    second.store.dispatch({ type: 'OTHER' })
    log.push('first after dispatching to second')
  })
  second.run(function* () {
    yield take('OTHER')
    log.push('second took OTHER')
  })
  first.store.dispatch({ type: 'GO' })
  expect(log).toEqual(['second took OTHER', 'first after dispatching to second'])
})
