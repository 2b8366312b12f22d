/**
 * `sagaMiddleware.runKeyed(key, saga)`: the saga replaces the one running under the same key,
 * in one step, so that no action is lost or handled twice.
 */
import { expect, test, vi } from 'vitest'
import { SagaError } from 'sagaloop'
import { call, put, take, takeEvery } from 'sagaloop/effects'
import { makeStore } from '../support/store'

function watcher(version: string, log: string[]) {
  return function* rootSaga() {
    try {
      yield takeEvery('X', function* () {
        log.push(version)
      })
      yield take('NEVER')
    } finally {
      log.push(`${version} finally`)
    }
  }
}

test('running under a key that runs cancels the old saga and starts the new one', () => {
  const { sagaMiddleware, store } = makeStore()
  const log: string[] = []
  const v1 = sagaMiddleware.runKeyed('root', watcher('v1', log))
  store.dispatch({ type: 'X' })
  const v2 = sagaMiddleware.runKeyed('root', watcher('v2', log))
  store.dispatch({ type: 'X' })
  expect(log).toEqual(['v1', 'v1 finally', 'v2'])
  expect(v1.isCancelled()).toBe(true)
  expect(v2.isRunning()).toBe(true)
})

test('different keys run side by side', () => {
  const { sagaMiddleware, store } = makeStore()
  const log: string[] = []
  sagaMiddleware.runKeyed('cart', watcher('cart', log))
  sagaMiddleware.runKeyed('chat', watcher('chat', log))
  store.dispatch({ type: 'X' })
  expect(log).toEqual(['cart', 'chat'])
})

test("an action the old saga puts from its finally reaches the new saga's takers", () => {
  const { sagaMiddleware } = makeStore()
  const got: string[] = []
  sagaMiddleware.runKeyed('root', function* () {
    try {
      yield take('NEVER')
    } finally {
      yield put({ type: 'HANDOVER' })
    }
  })
  sagaMiddleware.runKeyed('root', function* () {
    const action = yield* take('HANDOVER')
    got.push(action.type)
  })
  expect(got).toEqual(['HANDOVER'])
})

test('a swap made inside a saga step: actions put before it go to the old saga, after it to the new one', () => {
  const { sagaMiddleware, store } = makeStore()
  const got: string[] = []
  sagaMiddleware.runKeyed('worker', function* () {
    yield take('NEVER')
  })
  sagaMiddleware.run(function* () {
    yield take('SWAP')
    yield put({ type: 'AFTER_SWAP' })
    yield call(() =>
      sagaMiddleware.runKeyed('worker', function* () {
        const action = yield* take('*')
        got.push(action.type)
      }),
    )
    yield put({ type: 'NEXT' })
  })
  store.dispatch({ type: 'SWAP' })
  expect(got).toEqual(['NEXT'])
})

test('a throwing finally of the old saga is reported and the new saga still starts', () => {
  const onError = vi.fn()
  const { sagaMiddleware } = makeStore({ onError })
  sagaMiddleware.runKeyed('root', function* () {
    try {
      yield take('NEVER')
    } finally {
      // eslint-disable-next-line no-unsafe-finally
      throw new Error('old finally broke')
    }
  })
  const next = sagaMiddleware.runKeyed('root', function* () {
    yield take('NEVER')
  })
  expect(next.isRunning()).toBe(true)
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ message: 'old finally broke' })
})

test('a key that is not a string or a symbol is a SagaError', () => {
  const { sagaMiddleware } = makeStore()
  expect(() => sagaMiddleware.runKeyed(1 as never, function* () {})).toThrow(SagaError)
  expect(() => sagaMiddleware.runKeyed(1 as never, function* () {})).toThrow(
    /^sagaMiddleware\.runKeyed/,
  )
})
