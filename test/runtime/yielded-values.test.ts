/** What a saga gets back for yielding something that is not an effect: as in redux-saga 1.x. */
import { afterEach, expect, test, vi } from 'vitest'
import { call, put, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

afterEach(() => {
  vi.restoreAllMocks()
})

type Saga = Generator<unknown, unknown, unknown>

test('yielding a promise resumes the saga with its value', async () => {
  const { run } = makeStore()
  const task = run(function* (): Saga {
    return yield Promise.resolve('value')
  })
  expect(await task.toPromise()).toBe('value')
})

test('yielding a rejected promise throws its error into the saga', async () => {
  const { run } = makeStore()
  const task = run(function* (): Saga {
    try {
      yield Promise.reject(new Error('rejected'))
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(await task.toPromise()).toBe('rejected')
})

test('yielding an iterator runs it as a saga and resumes with its return value', () => {
  const { run, actions } = makeStore()
  function* child(): Saga {
    yield put({ type: 'FROM_CHILD' })
    return 'child result'
  }
  const task = run(function* (): Saga {
    return yield child()
  })
  expect(task.result()).toBe('child result')
  expect(actions.map((a) => a.type)).toEqual(['FROM_CHILD'])
})

test('yielding a plain value resumes the saga with the value itself', () => {
  const { run } = makeStore()
  const task = run(function* (): Saga {
    const values = [yield 42, yield 'text', yield { type: 'NOT_DISPATCHED' }, yield null]
    return values
  })
  expect(task.result()).toEqual([42, 'text', { type: 'NOT_DISPATCHED' }, null])
})

test('yielding an array resumes with the array as is: redux-saga 1.x no longer runs it like all()', () => {
  const { run, actions } = makeStore()
  const effects = [put({ type: 'NOT_DISPATCHED' }), call(() => 1)]
  const task = run(function* (): Saga {
    return yield effects
  })
  expect(task.result()).toBe(effects)
  expect(actions).toEqual([])
})

test('yielding undefined resumes with undefined and warns once per saga, naming it', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const { run } = makeStore()
  function* yieldsUndefined(): Saga {
    const first = yield undefined
    const second = yield undefined
    return [first, second]
  }
  const task = run(yieldsUndefined)
  run(yieldsUndefined)
  expect(task.result()).toEqual([undefined, undefined])
  expect(warn).toHaveBeenCalledTimes(1)
  expect(String(warn.mock.calls[0]?.[0])).toContain('yieldsUndefined')
})

test('an iterator that is yielded can itself wait for actions', () => {
  const { run, store } = makeStore()
  function* waitForGo(): Saga {
    return ((yield take('GO')) as { type: string }).type
  }
  const task = run(function* (): Saga {
    return yield waitForGo()
  })
  store.dispatch({ type: 'GO' })
  expect(task.result()).toBe('GO')
})
