/**
 * Misuse gets a clear error naming the saga and the effect; an uncaught error is reported with a
 * saga stack through onError (or the console), never swallowed.
 */
import { afterEach, expect, test, vi } from 'vitest'
import createSagaMiddleware, {
  logErrorWithFrames,
  runSaga,
  SagaError,
  type ErrorInfo,
} from 'sagaloop'
import { call, put, select, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

afterEach(() => {
  vi.restoreAllMocks()
})

/** Runs `saga` under a store and returns the error and saga stack that onError received. */
function reported(saga: () => Generator) {
  const onError = vi.fn()
  const { run } = makeStore({ onError })
  run(saga)
  expect(onError).toHaveBeenCalledTimes(1)
  const [error, info] = onError.mock.calls[0] as [Error & { code?: string }, ErrorInfo]
  return { error, sagaStack: info.sagaStack, frames: info.sagaFrames }
}

test('call(undefined) fails the saga with an error naming call and the saga', () => {
  const { error, sagaStack } = reported(function* loadUser() {
    yield call(undefined as never)
  })
  expect(error).toBeInstanceOf(SagaError)
  expect(error.code).toBe('NOT_A_FUNCTION')
  expect(error.message).toContain('call(fn, ...args)')
  expect(error.message).toContain('got undefined')
  expect(sagaStack).toContain('loadUser')
})

test('put(undefined) fails the saga with an error naming put and hinting at the action creator', () => {
  const { error, sagaStack } = reported(function* saveUser() {
    // @ts-expect-error the types reject it too; a plain-JS caller reaches the runtime check
    yield put(undefined)
  })
  expect(error.code).toBe('INVALID_ACTION')
  expect(error.message).toContain('put(action)')
  expect(error.message).toContain('action creator')
  expect(sagaStack).toContain('saveUser')
})

test('take with an invalid pattern fails the saga with an error saying what a pattern is', () => {
  const { error, sagaStack } = reported(function* watchThings() {
    yield take({ not: 'a pattern' } as never)
  })
  expect(error.code).toBe('INVALID_PATTERN')
  expect(error.message).toContain('{"not":"a pattern"}')
  expect(error.message).toContain("'*', an action type, a predicate")
  expect(sagaStack).toContain('watchThings')
})

test('take(undefined) says the pattern is undefined', () => {
  const { error } = reported(function* watch() {
    yield take(undefined as never)
  })
  expect(error.message).toContain('the pattern is undefined')
})

test('running a function that is not a generator throws, saying what a saga is', () => {
  const { run } = makeStore()
  const notASaga = () => 42
  expect(() => run(notASaga as unknown as () => Generator)).toThrow(
    /notASaga returned 42, not an iterator/,
  )
  expect(() => run(notASaga as unknown as () => Generator)).toThrow(/function\* notASaga\(\)/)
})

test('running something that is not a function throws', () => {
  const { run } = makeStore()
  expect(() => run('rootSaga' as unknown as () => Generator)).toThrow(
    /^sagaMiddleware\.run\(saga, \.\.\.args\): saga argument must be a Generator function!\nGot "rootSaga"/,
  )
})

test('middleware.run before the middleware is mounted throws, saying what to do', () => {
  const sagaMiddleware = createSagaMiddleware()
  function* rootSaga() {}
  expect(() => sagaMiddleware.run(rootSaga)).toThrow(SagaError)
  expect(() => sagaMiddleware.run(rootSaga)).toThrow(
    /run\(rootSaga\): the middleware is not mounted/,
  )
  expect(() => sagaMiddleware.run(rootSaga)).toThrow(/applyMiddleware\(sagaMiddleware\)/)
})

test('running an async generator throws, saying sagas are plain generators', () => {
  const { run } = makeStore()
  async function* asyncSaga() {}
  expect(() => run(asyncSaga as unknown as () => Generator)).toThrow(/async generator/)
})

test('an uncaught error goes to the console with its saga stack when there is no onError', () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  const { run } = makeStore()
  run(function* failingSaga() {
    yield call(function explode() {
      throw new Error('exploded')
    })
  })
  const output = logged.mock.calls.map((args) => args.map(String).join(' ')).join('\n')
  expect(output).toContain('exploded')
  expect(output).toContain('failingSaga')
})

test('with onError: logErrorWithFrames, the console also names the effect the saga failed on', () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  const { run } = makeStore({ onError: logErrorWithFrames })
  run(function* failingSaga() {
    yield call(function explode() {
      throw new Error('exploded')
    })
  })
  const output = logged.mock.calls.map((args) => args.map(String).join(' ')).join('\n')
  expect(output).toContain('failingSaga')
  expect(output).toContain('call(explode)')
})

test('an error caught by a saga is not reported', () => {
  const onError = vi.fn()
  const { run } = makeStore({ onError })
  run(function* () {
    try {
      yield call(() => {
        throw new Error('handled')
      })
    } catch {
      // handled here
    }
  })
  expect(onError).not.toHaveBeenCalled()
})

test('the saga stack of an error after a caught one does not mention the caught one', () => {
  const { sagaStack, frames } = reported(function* twice() {
    try {
      yield call(function first() {
        throw new Error('first')
      })
    } catch {
      // handled
    }
    yield call(function second() {
      throw new Error('second')
    })
  })
  expect(frames[0]?.effect).toBe('call(second)')
  expect(sagaStack).not.toContain('first')
  expect(JSON.stringify(frames)).not.toContain('first')
})

test('runSaga rejects options of the wrong kind, naming the option', () => {
  function* saga() {}
  expect(() => runSaga({ dispatch: 'nope' as never }, saga)).toThrow(
    /options\.dispatch must be a function/,
  )
  expect(() => runSaga({ channel: {} as never }, saga)).toThrow(
    /options\.channel must be a multicast channel/,
  )
  expect(() => runSaga({ sagaMonitor: { effectTriggered: 1 as never } }, saga)).toThrow(
    /sagaMonitor\.effectTriggered must be a function/,
  )
})

test('put in a saga started by runSaga without dispatch fails with a clear error', () => {
  const onError = vi.fn()
  runSaga({ onError }, function* () {
    yield put({ type: 'NOWHERE' })
  })
  expect(String(onError.mock.calls[0]?.[0])).toMatch(/without a `dispatch` option/)
})

test('select in a saga started by runSaga without getState fails with a clear error', () => {
  const onError = vi.fn()
  runSaga({ onError }, function* () {
    yield select()
  })
  expect(String(onError.mock.calls[0]?.[0])).toMatch(/without a `getState` option/)
})
