import { expect, test } from 'vitest'
import { call, put, select, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

const double = (n: number) => n * 2

test('yield* of an effect gives the value the saga is resumed with', () => {
  const { run } = makeStore()
  const task = run(function* () {
    const doubled = yield* call(double, 21)
    return doubled
  })
  expect(task.result()).toBe(42)
})

test('plain yield of an effect gives the same value, untyped, as in redux-saga', () => {
  const { run } = makeStore()
  const task = run(function* (): Generator<unknown, unknown, number> {
    const doubled = yield call(double, 21)
    return doubled
  })
  expect(task.result()).toBe(42)
})

test('a saga using yield* can be stepped by hand, comparing each effect with toEqual', () => {
  const fetchUser = (id: number) => Promise.resolve({ id })
  function* saga() {
    const action = yield* take<'LOAD'>('LOAD')
    const user = yield* call(fetchUser, 1)
    yield* put({ type: 'LOADED', user })
    return action.type
  }
  const gen = saga()
  expect(gen.next().value).toEqual(take('LOAD'))
  expect(gen.next({ type: 'LOAD' } as never).value).toEqual(call(fetchUser, 1))
  expect(gen.next({ id: 1 } as never).value).toEqual(put({ type: 'LOADED', user: { id: 1 } }))
  expect(gen.next(undefined as never)).toEqual({ done: true, value: 'LOAD' })
})

test('an error thrown into a saga stepped by hand reaches its catch through yield*', () => {
  function* saga() {
    try {
      yield* select((state: number) => state)
      return 'no error'
    } catch (error) {
      return (error as Error).message
    }
  }
  const gen = saga()
  gen.next()
  expect(gen.throw(new Error('boom'))).toEqual({ done: true, value: 'boom' })
})

test('a saga stepped by hand can be ended early with return(), running its finally', () => {
  const log: string[] = []
  function* saga() {
    try {
      yield* take('A')
    } finally {
      log.push('finally')
    }
  }
  const gen = saga()
  gen.next()
  gen.return(undefined)
  expect(log).toEqual(['finally'])
})
