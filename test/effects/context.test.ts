/** Context: getContext/setContext, task.setContext, middleware context and inheritance down forks. */
import { expect, test } from 'vitest'
import { call, fork, getContext, join, put, setContext, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('getContext reads the context given to createSagaMiddleware', () => {
  const { run } = makeStore({ context: { api: 'real api' } })
  const task = run(function* () {
    return yield* getContext('api')
  })
  expect(task.result()).toBe('real api')
})

test('setContext adds to the context of the task and of children forked afterwards', () => {
  const { run } = makeStore()
  const task = run(function* () {
    yield setContext({ user: 'ada' })
    const child = yield* fork(function* () {
      return yield* getContext('user')
    })
    const called = yield* call(function* () {
      return yield* getContext('user')
    })
    return [child.result(), called]
  })
  expect(task.result()).toEqual(['ada', 'ada'])
})

test("a child's setContext does not change its parent's context", () => {
  const { run } = makeStore({ context: { who: 'root' } })
  const task = run(function* () {
    yield fork(function* () {
      yield setContext({ who: 'child' })
    })
    return yield* getContext('who')
  })
  expect(task.result()).toBe('root')
})

test('task.setContext adds to a running task its later effects read', () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    yield take('GO')
    return yield* getContext('late')
  })
  task.setContext({ late: 'value' })
  store.dispatch({ type: 'GO' })
  expect(task.result()).toBe('value')
})

test('middleware.setContext is seen by sagas run afterwards', () => {
  const { run, sagaMiddleware } = makeStore()
  sagaMiddleware.setContext({ service: 'configured' })
  const task = run(function* () {
    return yield* getContext('service')
  })
  expect(task.result()).toBe('configured')
})

test('a child forked before its parent changed the context sees the change (prototype chain)', () => {
  const { run } = makeStore()
  const task = run(function* () {
    const child = yield* fork(function* () {
      yield take('GO')
      return yield* getContext('later')
    })
    yield setContext({ later: 'set after the fork' })
    yield put({ type: 'GO' })
    return yield* join(child)
  })
  expect(task.result()).toBe('set after the fork')
})
