/**
 * A production build (`process.env.NODE_ENV === 'production'`) checks what redux-saga's
 * production build checks: the effect creators only read their arguments, and a mistake fails
 * when the effect runs, thrown into the saga. The sources read `process.env.NODE_ENV` when a
 * creator is called, so these tests switch it around each call.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { SagaError, createSagaMiddleware, runSaga } from 'sagaloop'
import {
  call,
  cancel,
  delay,
  flush,
  fork,
  getContext,
  put,
  select,
  setContext,
  take,
} from 'sagaloop/effects'
import { describeEffect } from '../../src/runtime/describe'

let previous: string | undefined
beforeEach(() => {
  previous = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
})
afterEach(() => {
  process.env.NODE_ENV = previous
})

/** Runs `saga` with a store stand-in; resolves with what it returned. */
function run(saga: () => Generator, state: unknown = {}): Promise<unknown> {
  return runSaga({ dispatch: () => {}, getState: () => state }, saga).toPromise()
}

describe('in production, effect creators', () => {
  test('call reads [context, fn], [context, "method"] and { context, fn } as in development', async () => {
    const api = {
      base: 'x',
      get(id: number) {
        return `${this.base}${id}`
      },
    }
    const results = await run(function* () {
      return [
        yield call([api, 'get'], 1),
        yield call([api, api.get], 2),
        yield call({ context: api, fn: api.get }, 3),
      ]
    })
    expect(results).toEqual(['x1', 'x2', 'x3'])
  })

  test('call of something that is not a function fails when it runs, into the saga', async () => {
    const effect = call(undefined as never)
    const caught = await run(function* () {
      try {
        yield effect
      } catch (error) {
        return error
      }
    })
    expect(caught).toBeInstanceOf(SagaError)
    expect((caught as SagaError).code).toBe('NOT_A_FUNCTION')
  })

  test('put, select, take, fork and cancel build the same descriptors without checking', () => {
    process.env.NODE_ENV = previous
    const checked = [put({ type: 'A' }), select(), take('A'), fork(function* () {}), cancel()]
    process.env.NODE_ENV = 'production'
    const unchecked = [put({ type: 'A' }), select(), take('A'), fork(function* () {}), cancel()]
    expect(JSON.stringify(unchecked)).toEqual(JSON.stringify(checked))
    expect(() => put(undefined as never)).not.toThrow()
    expect(() => (select as (selector: unknown) => unknown)(null)).not.toThrow()
  })
})

describe('in production, the context', () => {
  test('getContext, setContext and flush build their descriptors without checking', () => {
    expect(getContext(42 as never).payload).toBe(42)
    expect(setContext(null as never).payload).toBeNull()
    expect(flush(undefined as never).payload).toBeUndefined()
  })

  test('setContext copies what it is given, as redux-saga: null fails the saga with a TypeError', async () => {
    const seen = await run(function* () {
      yield setContext('ab' as never)
      const copied = [yield getContext('0'), yield getContext('1')]
      try {
        yield setContext(null as never)
      } catch (error) {
        return [copied, error instanceof TypeError]
      }
    })
    expect(seen).toEqual([['a', 'b'], true])
  })

  test("task.setContext and the middleware's setContext do not check either", () => {
    const task = runSaga({}, function* () {
      yield take('never')
    })
    expect(() => task.setContext([1] as never)).not.toThrow()
    expect(() => task.setContext(42 as never)).not.toThrow()
    expect(() => createSagaMiddleware().setContext(null as never)).toThrow(TypeError)
    task.cancel()
  })
})

describe('in production, descriptions', () => {
  test('an everyday effect is rendered by describeEffect as in development, for the monitor', () => {
    expect(describeEffect(call(Math.max, 1, 2))).toBe('call(max, 1, 2)')
    expect(describeEffect(take('LOGIN'))).toBe('take("LOGIN")')
  })

  test('a value other than an effect is described as in development', () => {
    expect(describeEffect({ password: 'x', user: 'alice' })).toBe(
      '{"password":"•••","user":"alice"}',
    )
  })
})

describe('in production, runSaga', () => {
  test('does not check its options, as redux-saga does not', () => {
    const options = { dispatch: () => {}, onError: 'not a function' as never }
    expect(() => runSaga(options, function* () {})).not.toThrow()
  })
})

describe('in production, delay', () => {
  test('a delay above the timer limit waits the limit instead of failing, as redux-saga', () => {
    const setTimer = vi.spyOn(globalThis, 'setTimeout')
    try {
      const task = runSaga({}, function* () {
        yield delay(2 ** 31)
      })
      expect(task.isRunning()).toBe(true)
      expect(setTimer).toHaveBeenCalledWith(expect.any(Function), 2147483647, true)
      task.cancel()
    } finally {
      setTimer.mockRestore()
    }
  })
})
