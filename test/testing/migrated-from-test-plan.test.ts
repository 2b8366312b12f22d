/**
 * A test file as a redux-saga-test-plan and @redux-saga/testing-utils user has it. Only the
 * import paths were changed:
 *   'redux-saga-test-plan'            -> 'sagaloop/testing'
 *   'redux-saga-test-plan/matchers'   -> 'sagaloop/testing/matchers'
 *   'redux-saga-test-plan/providers'  -> 'sagaloop/testing/providers'
 *   '@redux-saga/testing-utils'       -> 'sagaloop/testing'
 *   'redux-saga/effects'              -> 'sagaloop/effects'
 */
import { describe, expect, it } from 'vitest'
import { call, put, select, take, fork, cancel, takeLatest, race, delay } from 'sagaloop/effects'
import { expectSaga, testSaga } from 'sagaloop/testing'
import * as matchers from 'sagaloop/testing/matchers'
import { throwError, dynamic } from 'sagaloop/testing/providers'
import { cloneableGenerator, createMockTask } from 'sagaloop/testing'

const api = {
  fetchUser: (id: number) => Promise.resolve({ id, name: 'Real' }),
  fetchPosts: (userId: number) => Promise.resolve([{ userId, title: 'real' }]),
}
const selectUserId = (state: { userId: number }) => state.userId

const initialState = {
  user: null as { id: number; name: string } | null,
  error: null as string | null,
}
function reducer(state = initialState, action: { type: string; payload?: any }) {
  switch (action.type) {
    case 'RECEIVE_USER':
      return { ...state, user: action.payload }
    case 'FAIL_USER':
      return { ...state, error: action.payload }
    default:
      return state
  }
}

function* fetchUserSaga(action: { type: string; payload: number }): Generator<any, any, any> {
  try {
    const user = yield call(api.fetchUser, action.payload)
    yield put({ type: 'RECEIVE_USER', payload: user })
  } catch (e) {
    yield put({ type: 'FAIL_USER', payload: (e as Error).message })
  }
}

function* userSaga(): Generator<any, any, any> {
  const id = yield select(selectUserId)
  const user = yield call(api.fetchUser, id)
  yield put({ type: 'RECEIVE_USER', payload: user })
  return user
}

function* watchFetchUser() {
  yield takeLatest('REQUEST_USER', fetchUserSaga)
}

function* backgroundTask() {
  while (true) {
    yield delay(1000)
    yield put({ type: 'TICK' })
  }
}

function* mainSaga(): Generator<any, any, any> {
  yield take('START')
  const task = yield fork(backgroundTask)
  yield take('STOP')
  yield cancel(task)
}

function* timeoutSaga(): Generator<any, any, any> {
  const { user } = yield race({ user: call(api.fetchUser, 1), timeout: delay(500) })
  yield put(user ? { type: 'RECEIVE_USER', payload: user } : { type: 'TIMEOUT' })
}

describe('expectSaga, as written for redux-saga-test-plan', () => {
  it('puts the fetched user', () => {
    const fakeUser = { id: 42, name: 'Tester' }
    return expectSaga(userSaga)
      .withState({ userId: 42 })
      .provide([[call(api.fetchUser, 42), fakeUser]])
      .put({ type: 'RECEIVE_USER', payload: fakeUser })
      .returns(fakeUser)
      .run()
  })

  it('uses matchers and dynamic providers', () => {
    return expectSaga(userSaga)
      .provide([
        [matchers.select.selector(selectUserId), 7],
        [matchers.call.fn(api.fetchUser), dynamic(({ args: [id] }: any) => ({ id, name: 'Dyn' }))],
      ])
      .put({ type: 'RECEIVE_USER', payload: { id: 7, name: 'Dyn' } })
      .run()
  })

  it('handles errors with throwError and checks the final state', () => {
    const error = new Error('not found')
    return expectSaga(watchFetchUser)
      .withReducer(reducer)
      .provide([[matchers.call.fn(api.fetchUser), throwError(error)]])
      .put({ type: 'FAIL_USER', payload: 'not found' })
      .dispatch({ type: 'REQUEST_USER', payload: 1 })
      .hasFinalState({ user: null, error: 'not found' })
      .silentRun()
  })

  it('uses dynamic providers as an object', async () => {
    const result = await expectSaga(userSaga)
      .withState({ userId: 3 })
      .provide({
        call(effect: any, next: any) {
          if (effect.fn === api.fetchUser) return { id: effect.args[0], name: 'Obj' }
          return next()
        },
      })
      .run()
    expect(result.returnValue).toEqual({ id: 3, name: 'Obj' })
    expect(result.effects.put).toHaveLength(1)
    expect(result.effects.call).toEqual([call(api.fetchUser, 3)])
  })

  it('asserts partially with like and not', () => {
    return expectSaga(userSaga)
      .withState({ userId: 1 })
      .put.like({ action: { type: 'RECEIVE_USER' } })
      .call.fn(api.fetchUser)
      .not.call.fn(api.fetchPosts)
      .not.put({ type: 'FAIL_USER' })
      .run()
  })

  it('dispatches actions and forks background tasks', () => {
    return expectSaga(mainSaga)
      .put({ type: 'TICK' })
      .dispatch({ type: 'START' })
      .delay(2500)
      .dispatch({ type: 'STOP' })
      .run(3000)
  })

  it('races a request against a timeout', () => {
    return expectSaga(timeoutSaga)
      .provide({
        call(effect: any, next: any) {
          return effect.fn === api.fetchUser ? new Promise(() => {}) : next()
        },
      })
      .put({ type: 'TIMEOUT' })
      .run(1000)
  })

  it('snapshots the recorded effects', async () => {
    const { toJSON } = await expectSaga(userSaga)
      .withState({ userId: 1 })
      .provide([[call(api.fetchUser, 1), { id: 1, name: 'Snap' }]])
      .run()
    expect(toJSON()).toMatchSnapshot()
  })
})

describe('testSaga, as written for redux-saga-test-plan', () => {
  it('steps through the saga', () => {
    const fakeUser = { id: 1, name: 'T' }
    testSaga(userSaga)
      .next()
      .select(selectUserId)
      .next(1)
      .call(api.fetchUser, 1)
      .next(fakeUser)
      .put({ type: 'RECEIVE_USER', payload: fakeUser })
      .next()
      .returns(fakeUser)
  })

  it('tests the error branch with throw', () => {
    testSaga(fetchUserSaga, { type: 'REQUEST_USER', payload: 1 })
      .next()
      .call(api.fetchUser, 1)
      .throw(new Error('nope'))
      .put({ type: 'FAIL_USER', payload: 'nope' })
      .next()
      .isDone()
  })

  it('asserts takeLatest helpers and forks with a mock task', () => {
    testSaga(watchFetchUser).next().takeLatest('REQUEST_USER', fetchUserSaga).next().isDone()
    const task = createMockTask()
    testSaga(mainSaga)
      .next()
      .take('START')
      .next()
      .fork(backgroundTask)
      .next(task)
      .take('STOP')
      .next()
      .cancel(task)
      .next()
      .isDone()
  })
})

describe('@redux-saga/testing-utils', () => {
  it('clones a generator to test both branches', () => {
    const gen = cloneableGenerator(fetchUserSaga)({ type: 'REQUEST_USER', payload: 5 })
    expect(gen.next().value).toEqual(call(api.fetchUser, 5))
    const failing = gen.clone()
    expect(gen.next({ id: 5 }).value).toEqual(put({ type: 'RECEIVE_USER', payload: { id: 5 } }))
    expect(failing.throw(new Error('x')).value).toEqual(put({ type: 'FAIL_USER', payload: 'x' }))
  })

  it('creates mock tasks with a settable outcome', () => {
    const task = createMockTask()
    expect(task.isRunning()).toBe(true)
    task.setResult(42)
    expect(task.isRunning()).toBe(false)
    expect(task.result()).toBe(42)
    const failed = createMockTask()
    failed.setError(new Error('bad'))
    expect(failed.isAborted()).toBe(true)
    expect(failed.error()).toEqual(new Error('bad'))
    const cancelled = createMockTask()
    cancelled.cancel()
    expect(cancelled.isCancelled()).toBe(true)
    expect(() => cancelled.setResult(1)).toThrow(/no longer Running/)
  })
})
