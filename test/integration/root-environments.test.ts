/**
 * The root sagas of one store share what their environment is built from (the dispatch wrapper,
 * the error trail, the monitor): each behaviour below must read as if every run had its own.
 */
import { expect, test } from 'vitest'
import { applyMiddleware, createStore } from 'redux'
import createSagaMiddleware, { runSaga, stdChannel, type ErrorInfo } from 'sagaloop'
import { call, put, select, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

function* fails(message: string) {
  yield call(() => {
    throw new Error(message)
  })
}

test('two root sagas of one store that fail report each its own saga stack', () => {
  const reports: { error: unknown; info: ErrorInfo }[] = []
  const { run, store } = makeStore({ onError: (error, info) => reports.push({ error, info }) })
  function* first() {
    yield take('FAIL_FIRST')
    yield call(fails, 'first')
  }
  function* second() {
    yield take('FAIL_SECOND')
    yield call(fails, 'second')
  }
  run(first)
  run(second)
  store.dispatch({ type: 'FAIL_FIRST' })
  store.dispatch({ type: 'FAIL_SECOND' })
  expect(reports.map((r) => (r.error as Error).message)).toEqual(['first', 'second'])
  expect(reports[0]?.info.sagaStack).toContain('first')
  expect(reports[0]?.info.sagaStack).not.toContain('second')
  expect(reports[1]?.info.sagaStack).toContain('second')
  expect(reports[1]?.info.sagaStack).not.toContain('first')
})

test('the same saga on two stores fails into the onError of its own store only', () => {
  const seen: string[] = []
  const a = makeStore({ onError: (error) => seen.push(`a:${(error as Error).message}`) })
  const b = makeStore({ onError: (error) => seen.push(`b:${(error as Error).message}`) })
  function* root() {
    const { message } = yield* take<{ type: 'FAIL'; message: string }>('FAIL')
    yield call(fails, message)
  }
  a.run(root)
  b.run(root)
  b.store.dispatch({ type: 'FAIL', message: 'on b' })
  a.store.dispatch({ type: 'FAIL', message: 'on a' })
  expect(seen).toEqual(['b:on b', 'a:on a'])
})

test('task.settled() of a root saga does not wait on another root saga of the same store', async () => {
  const { run } = makeStore()
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  run(function* busy() {
    yield call(() => gate)
  })
  const idle = run(function* waits() {
    yield take('NEVER')
  })
  await expect(idle.settled()).resolves.toBeUndefined()
  release()
})

test('runSaga reads an options object again when its dispatch changed between two runs', () => {
  const channel = stdChannel()
  const first: unknown[] = []
  const second: unknown[] = []
  const options = { channel, dispatch: (action: unknown) => first.push(action) }
  runSaga(options, function* () {
    yield put({ type: 'ONE' })
  })
  options.dispatch = (action: unknown) => second.push(action)
  runSaga(options, function* () {
    yield put({ type: 'TWO' })
  })
  expect(first).toEqual([{ type: 'ONE' }])
  expect(second).toEqual([{ type: 'TWO' }])
})

test('a middleware mounted on a second store runs its later sagas against that store', () => {
  const sagaMiddleware = createSagaMiddleware()
  const first = createStore((state: string = 'first') => state, applyMiddleware(sagaMiddleware))
  sagaMiddleware.run(function* () {
    yield put({ type: 'BEFORE' })
  })
  const seen: unknown[] = []
  const second = createStore((state: string = 'second', action: { type: string }) => {
    if (!action.type.startsWith('@@redux/')) seen.push(action.type)
    return state
  }, applyMiddleware(sagaMiddleware))
  let state: unknown
  sagaMiddleware.run(function* () {
    state = yield select()
    yield put({ type: 'AFTER' })
  })
  expect(first.getState()).toBe('first')
  expect(state).toBe(second.getState())
  expect(seen).toEqual(['AFTER'])
})

test('a saga can put an action that is not an object: dispatch receives it as it is', () => {
  const dispatched: unknown[] = []
  const task = runSaga({ dispatch: (action: unknown) => dispatched.push(action) }, function* () {
    yield put('PING' as never)
  })
  expect(task.isRunning()).toBe(false)
  expect(task.error()).toBeUndefined()
  expect(dispatched).toEqual(['PING'])
})
