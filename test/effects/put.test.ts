/** put and putResolve: dispatching from sagas, into the store or a channel. */
import { expect, test } from 'vitest'
import { applyMiddleware, createStore, type Middleware } from 'redux'
import createSagaMiddleware, { channel } from 'sagaloop'
import { put, putResolve, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('put dispatches the action to the store and resumes with what dispatch returned', () => {
  const { run, actions } = makeStore()
  const task = run(function* () {
    return yield* put({ type: 'SAVED', id: 1 })
  })
  expect(actions).toEqual([{ type: 'SAVED', id: 1 }])
  expect(task.result()).toEqual({ type: 'SAVED', id: 1 })
})

test('put(channel, message) puts into the channel, where a take on it receives it', () => {
  const { run } = makeStore()
  const messages = channel<string>()
  const task = run(function* () {
    yield put(messages, 'hello')
    return yield* take(messages)
  })
  expect(task.result()).toBe('hello')
})

/** A store whose dispatch returns a promise for function actions, as redux-thunk does. */
function thunkStore() {
  const thunk: Middleware = (api) => (next) => (action) =>
    typeof action === 'function' ? (action as (d: unknown) => unknown)(api.dispatch) : next(action)
  const sagaMiddleware = createSagaMiddleware()
  createStore((state: number = 0) => state, applyMiddleware(thunk, sagaMiddleware))
  return sagaMiddleware
}

test('putResolve waits for the promise dispatch returns and resumes with its value', async () => {
  const sagaMiddleware = thunkStore()
  const task = sagaMiddleware.run(function* () {
    return yield* putResolve(() => Promise.resolve('thunk done'))
  })
  expect(task.isRunning()).toBe(true)
  expect(await task.toPromise()).toBe('thunk done')
})

test('putResolve throws the rejection of the promise dispatch returns into the saga', async () => {
  const sagaMiddleware = thunkStore()
  const task = sagaMiddleware.run(function* () {
    try {
      yield putResolve(() => Promise.reject(new Error('thunk failed')))
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(await task.toPromise()).toBe('thunk failed')
})

test('put resumes at once with the promise a thunk returns, without waiting', () => {
  const sagaMiddleware = thunkStore()
  const task = sagaMiddleware.run(function* () {
    return yield* put(() => Promise.resolve('thunk done'))
  })
  expect(task.result()).toBeInstanceOf(Promise)
})

test('an error thrown by a reducer during a put is thrown into the saga that put', () => {
  const { run } = makeStore({
    reducer: (state: number = 0, action: { type: string }) => {
      if (action.type === 'BAD') throw new Error('reducer failed')
      return state
    },
  })
  const task = run(function* () {
    try {
      yield put({ type: 'BAD' })
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(task.result()).toBe('reducer failed')
})

test('a frozen action cannot be put: the error says why and what to do instead', () => {
  const { run } = makeStore()
  const task = run(function* () {
    try {
      yield put(Object.freeze({ type: 'FROZEN' }))
    } catch (error) {
      return error as Error
    }
  })
  const error = task.result() as Error & { code?: string }
  expect(error.message).toMatch(/frozen/i)
  expect(error.message).toContain('FROZEN')
  expect(error.code).toBe('FROZEN_ACTION')
})
