import { describe, expect, it } from 'vitest'
import {
  call,
  cancel,
  fork,
  put,
  putResolve,
  select,
  take,
  takeEvery,
  takeMaybe,
  delay,
  join,
} from 'sagaloop/effects'
import { createMockTask, testSaga } from 'sagaloop/testing'

interface User {
  id: number
  name: string
}
const fetchUser = (id: number): Promise<User> => Promise.resolve({ id, name: `user ${id}` })
const getToken = (state: { token: string }) => state.token
const userLoaded = (user: User) => ({ type: 'USER_LOADED', user })

function* loadUser(id: number) {
  const token = yield* select(getToken)
  if (!token) {
    yield* put({ type: 'LOGIN_REQUIRED' })
    return undefined
  }
  try {
    const user = yield* call(fetchUser, id)
    yield* put(userLoaded(user))
    return user
  } catch (error) {
    yield* put({ type: 'LOAD_FAILED', error: String(error) })
    return undefined
  }
}

function* worker() {}
function* watcher() {
  yield takeEvery('LOAD', worker)
}

describe('testSaga', () => {
  it('passes when each step yields the asserted effect', () => {
    const user = { id: 1, name: 'Ada' }
    testSaga(loadUser, 1)
      .next()
      .select(getToken)
      .next('token')
      .call(fetchUser, 1)
      .next(user)
      .put(userLoaded(user))
      .next()
      .returns(user)
  })

  it('throws an error into the saga with .throw', () => {
    testSaga(loadUser, 1)
      .next()
      .select(getToken)
      .next('token')
      .call(fetchUser, 1)
      .throw(new Error('offline'))
      .put({ type: 'LOAD_FAILED', error: 'Error: offline' })
      .next()
      .isDone()
  })

  it('tests another branch from a saved point with save and restore', () => {
    testSaga(loadUser, 1)
      .next()
      .save('before token')
      .next('token')
      .call(fetchUser, 1)
      .restore('before token')
      .next('')
      .put({ type: 'LOGIN_REQUIRED' })
      .next()
      .isDone()
  })

  it('goes back a number of steps with back', () => {
    testSaga(loadUser, 1)
      .next()
      .next('token')
      .call(fetchUser, 1)
      .back(1)
      .next('')
      .put({ type: 'LOGIN_REQUIRED' })
  })

  it('ends the saga early with return, running its finally blocks', () => {
    function* guarded() {
      try {
        yield take('A')
      } finally {
        yield put({ type: 'CLEANUP' })
      }
    }
    testSaga(guarded).next().take('A').return().put({ type: 'CLEANUP' }).next().isDone()
  })

  it('asserts helper effects such as takeEvery', () => {
    testSaga(watcher).next().takeEvery('LOAD', worker).next().isDone()
  })

  it('passes the yielded value to inspect', () => {
    let seen: unknown
    testSaga(watcher)
      .next()
      .inspect((effect) => {
        seen = effect
      })
    expect(seen).toEqual(takeEvery('LOAD', worker))
  })

  it('accepts a mock task in fork, join and cancel steps', () => {
    function* parent() {
      const task = yield* fork(worker)
      yield* delay(100)
      yield* cancel(task)
      return yield* join(task)
    }
    const task = createMockTask()
    testSaga(parent).next().fork(worker).next(task).delay(100).next().cancel(task).next().join(task)
  })

  it('restarts the saga from the beginning with restart', () => {
    testSaga(loadUser, 1).next().next('').restart().next().select(getToken)
  })
})

describe('testSaga aliases from redux-saga-test-plan', () => {
  function* resolving() {
    yield putResolve({ type: 'FOO' })
    yield takeMaybe('BAR')
  }

  it('asserts putResolve with put.resolve and takeMaybe with take.maybe', () => {
    testSaga(resolving).next().put.resolve({ type: 'FOO' }).next().take.maybe('BAR')
  })

  it('fails put.resolve on a different action', () => {
    expect(() => testSaga(resolving).next().put.resolve({ type: 'OTHER' })).toThrow(
      'expected the saga to yield putResolve({"type":"OTHER"})',
    )
  })
})
