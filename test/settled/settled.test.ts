/**
 * `sagaMiddleware.settled()` resolves when every saga waits only on takes of the store (or of
 * channels that nothing outside feeds) and no put is queued. The sagas keep running.
 */
import { expect, test } from 'vitest'
import { actionChannel, call, cps, delay, fork, put, take, takeEvery } from 'sagaloop/effects'
import { channel, END, eventChannel, SagaError } from 'sagaloop'
import { makeStore } from '../support/store'

const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(resolve, 5, value))

function* loadUser() {
  const user: string = yield call(later, 'ada')
  yield delay(1)
  const posts: number = yield call(later, 3)
  yield put({ type: 'LOADED', user, posts })
}

test('resolves after the async work a dispatch started, with its results in the store', async () => {
  const { run, store, actions, sagaMiddleware } = makeStore()
  run(function* () {
    yield takeEvery('LOAD', loadUser)
  })
  store.dispatch({ type: 'LOAD' })
  await sagaMiddleware.settled()
  expect(actions).toEqual([{ type: 'LOAD' }, { type: 'LOADED', user: 'ada', posts: 3 }])
})

test('resolves at once when every saga waits on a take', async () => {
  const { run, sagaMiddleware } = makeStore()
  run(function* () {
    yield take('NEVER')
  })
  await expect(sagaMiddleware.settled()).resolves.toBeUndefined()
})

test('the watchers keep running and the store keeps serving actions afterwards', async () => {
  const { run, store, actions, sagaMiddleware } = makeStore()
  run(function* () {
    yield takeEvery('LOAD', loadUser)
  })
  store.dispatch({ type: 'LOAD' })
  await sagaMiddleware.settled()
  store.dispatch({ type: 'LOAD' })
  await sagaMiddleware.settled()
  expect(actions.filter((a) => a.type === 'LOADED')).toHaveLength(2)
})

test('a saga waiting on an actionChannel or a channel() counts as idle', async () => {
  const { run, sagaMiddleware } = makeStore()
  const queue = channel<number>()
  run(function* () {
    yield fork(function* () {
      yield take(queue)
    })
    const requests = yield* actionChannel('REQUEST')
    yield take(requests)
  })
  await expect(sagaMiddleware.settled({ timeout: 1_000 })).resolves.toBeUndefined()
})

test('a saga waiting on an eventChannel is busy: an outside source will feed it', async () => {
  const { run, sagaMiddleware } = makeStore()
  let emit: (n: number) => void = () => {}
  const ticks = eventChannel<number>((e) => {
    emit = e
    return () => {}
  })
  let settledAt: number | undefined
  let received: number | undefined
  run(function* () {
    received = yield* take(ticks)
  })
  const settled = sagaMiddleware.settled().then(() => (settledAt = received))
  await Promise.resolve()
  await Promise.resolve()
  expect(settledAt).toBeUndefined()
  emit(7)
  await settled
  expect(settledAt).toBe(7)
})

test('a saga taking from an eventChannel in a loop stays busy across messages, and settles once it closes', async () => {
  const { run, sagaMiddleware } = makeStore()
  let emit: (input: number | END) => void = () => {}
  const ticks = eventChannel<number>((e) => {
    emit = e
    return () => {}
  })
  const seen: number[] = []
  run(function* () {
    for (;;) seen.push(yield* take(ticks))
  })
  let settled = false
  const done = sagaMiddleware.settled().then(() => (settled = true))
  emit(1)
  emit(2)
  await Promise.resolve()
  await Promise.resolve()
  expect(settled).toBe(false)
  emit(END)
  await done
  expect(seen).toEqual([1, 2])
})

test('with a timeout, lists a saga waiting on an eventChannel', async () => {
  const { run, sagaMiddleware } = makeStore()
  const ticks = eventChannel<number>(() => () => {})
  run(function* listenToSocket() {
    yield* take(ticks)
  })
  const error = await sagaMiddleware.settled({ timeout: 5 }).catch((e: unknown) => e)
  expect(error).toMatchObject({ code: 'SETTLE_TIMEOUT', busy: [{ task: 'listenToSocket' }] })
})

test('an eventChannel taken by the sagas of two stores keeps each store busy', async () => {
  const first = makeStore()
  const second = makeStore()
  const ticks = eventChannel<number>(() => () => {})
  first.run(function* () {
    yield* take(ticks)
  })
  second.run(function* onTheSecondStore() {
    yield* take(ticks)
  })
  const error = await second.sagaMiddleware.settled({ timeout: 5 }).catch((e: unknown) => e)
  expect(error).toMatchObject({ code: 'SETTLE_TIMEOUT', busy: [{ task: 'onTheSecondStore' }] })
  ticks.close()
  await first.sagaMiddleware.settled()
  await second.sagaMiddleware.settled()
})

test('a cps call is busy until its callback runs', async () => {
  const { run, sagaMiddleware } = makeStore()
  let done = false
  run(function* () {
    yield cps((cb: (error: null, value: number) => void) => setTimeout(() => cb(null, 1), 2))
    done = true
  })
  await sagaMiddleware.settled()
  expect(done).toBe(true)
})

test('with a timeout, rejects listing the busy sagas and what they wait on', async () => {
  const { run, sagaMiddleware } = makeStore()
  run(function* rootSaga() {
    yield fork(function* pollServer() {
      yield call(() => new Promise(() => {}))
    })
    yield take('NEVER')
  })
  const error = await sagaMiddleware.settled({ timeout: 5 }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(SagaError)
  expect(error).toMatchObject({ code: 'SETTLE_TIMEOUT', busy: [{ task: 'pollServer' }] })
  expect((error as Error).message).toMatch(/^settled\(\): still busy after 5 ms/)
  expect((error as Error).message).toContain('pollServer: call(')
})

test('a task settles when its own run is idle, whatever another run does', async () => {
  const { run } = makeStore()
  run(function* busyElsewhere() {
    yield call(() => new Promise(() => {}))
  })
  const task = run(function* () {
    yield call(later, 1)
    yield take('NEVER')
  })
  await expect(task.settled({ timeout: 1_000 })).resolves.toBeUndefined()
  expect(task.isRunning()).toBe(true)
})

test('a task that ended is settled', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    yield call(later, 1)
  })
  await task.settled()
  expect(task.isRunning()).toBe(false)
})
