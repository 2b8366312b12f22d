/** Inline generator expressions and argument-less selectors type-check, with checked arguments. */
import { expectTypeOf, test } from 'vitest'
import createSagaMiddleware, { runSaga } from 'sagaloop'
import type { Task } from 'sagaloop'
import { call, fork, select, spawn } from 'sagaloop/effects'

test('call and fork accept an inline generator that takes arguments', () => {
  function* root() {
    const doubled = yield* call(function* (n: number) {
      return n * 2
    }, 21)
    expectTypeOf(doubled).toEqualTypeOf<number>()
    const task = yield* fork(function* (label: string) {
      return label
    }, 'x')
    expectTypeOf(task).toEqualTypeOf<Task<string>>()
    expectTypeOf(yield* spawn(async (n: number) => n, 1)).toEqualTypeOf<Task<number>>()
  }
  expectTypeOf(root).toBeFunction()
})

test('the arguments of an inline generator are still checked', () => {
  function* root() {
    // @ts-expect-error the saga takes a number
    yield call(function* (n: number) {
      return n
    }, 'one')
  }
  expectTypeOf(root).toBeFunction()
})

test('select with a selector that ignores the state needs no arguments', () => {
  function* root() {
    expectTypeOf(yield* select(() => 42)).toEqualTypeOf<number>()
  }
  expectTypeOf(root).toBeFunction()
})

test('runSaga and middleware.run accept inline sagas with arguments', () => {
  const task = runSaga(
    {},
    function* (id: string) {
      return id.length
    },
    'abc',
  )
  expectTypeOf(task).toEqualTypeOf<Task<number>>()
  const sagaMiddleware = createSagaMiddleware()
  expectTypeOf(sagaMiddleware.run).parameter(0).toBeFunction()
  runSaga(
    {},
    function* (id: string) {
      yield id
    },
    // @ts-expect-error the saga takes a string
    1,
  )
})
