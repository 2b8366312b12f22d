import { describe, expectTypeOf, test } from 'vitest'
import { createAction, createSlice, isAnyOf, type PayloadAction } from '@reduxjs/toolkit'
import {
  debounce,
  retry,
  takeEvery,
  takeLatest,
  takeLeading,
  throttle,
  type ForkEffect,
} from 'sagaloop/effects'
import { channel, type UnknownAction } from 'sagaloop'

interface Todo {
  id: number
  title: string
}
const todoAdded = createAction<Todo, 'todos/added'>('todos/added')
const todos = createSlice({
  name: 'todos',
  initialState: [] as Todo[],
  reducers: {
    removed: (state, action: PayloadAction<number>) => state.filter((t) => t.id !== action.payload),
  },
})
class Api {
  save(todo: Todo): Promise<Todo> {
    return Promise.resolve(todo)
  }
}

describe('takeEvery, takeLatest, takeLeading, throttle, debounce', () => {
  test("with an action creator, the worker gets the creator's action", () => {
    function* saga() {
      yield* takeEvery(todoAdded, function* (action) {
        expectTypeOf(action).toEqualTypeOf<PayloadAction<Todo, 'todos/added'>>()
      })
      yield* takeLatest(todos.actions.removed, function* (action) {
        expectTypeOf(action.payload).toEqualTypeOf<number>()
      })
      yield* takeLeading(isAnyOf(todoAdded, todos.actions.removed), function* (action) {
        expectTypeOf(action.type).toEqualTypeOf<'todos/added' | 'todos/removed'>()
      })
      yield* throttle(100, [todoAdded, todos.actions.removed], function* (action) {
        expectTypeOf(action.type).toEqualTypeOf<'todos/added' | 'todos/removed'>()
      })
      yield* debounce(100, 'todos/cleared', function* (action) {
        expectTypeOf(action.type).toEqualTypeOf<'todos/cleared'>()
      })
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('extra arguments come first and are checked against the worker', () => {
    function* save(api: Api, action: PayloadAction<Todo>) {
      yield* [api.save(action.payload)]
    }
    function* saga() {
      yield* takeEvery(todoAdded, save, new Api())
      // @ts-expect-error the worker wants an Api first
      yield* takeEvery(todoAdded, save, 'not an api')
      // @ts-expect-error the worker's Api argument is missing
      yield* takeEvery(todoAdded, save)
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('a worker for an action creator must accept its action', () => {
    function* wantsString(_action: PayloadAction<string>) {}
    function* saga() {
      // @ts-expect-error todoAdded carries a Todo, not a string
      yield* takeEvery(todoAdded, wantsString)
      // @ts-expect-error removed carries a number
      yield* takeLatest(todos.actions.removed, wantsString)
      // @ts-expect-error the guard matches Todo or number payloads
      yield* takeLeading(isAnyOf(todoAdded, todos.actions.removed), wantsString)
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('a worker for a string pattern may declare its action, as in redux-saga code', () => {
    function* onIncrement(action: PayloadAction<number>) {
      expectTypeOf(action.payload).toEqualTypeOf<number>()
    }
    function* onSearch(action: { q: string }) {
      expectTypeOf(action.q).toEqualTypeOf<string>()
    }
    function* saga() {
      yield* takeEvery('counter/incremented', onIncrement)
      yield* takeLatest('search', onSearch)
      yield* throttle(10, ['a', 'b'], onIncrement)
      // @ts-expect-error the worker declares an action of another type
      yield* takeEvery('counter/reset', function* (_action: { type: 'counter/incremented' }) {})
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('without a declared action the worker gets an action of the pattern type, not any', () => {
    function* saga() {
      yield* takeEvery('ping', function* (action) {
        expectTypeOf(action.type).toEqualTypeOf<'ping'>()
        expectTypeOf(action.payload).toEqualTypeOf<unknown>()
      })
      yield* takeEvery('*', function* (action) {
        expectTypeOf(action).toEqualTypeOf<UnknownAction>()
      })
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('with a channel the worker gets its messages', () => {
    function* saga() {
      const chan = channel<Todo>()
      yield* takeEvery(chan, function* (todo) {
        expectTypeOf(todo).toEqualTypeOf<Todo>()
      })
      // @ts-expect-error the channel carries todos
      yield* takeEvery(chan, function* (_n: number) {})
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('helpers are fork effects, for yield and yield*', () => {
    expectTypeOf(takeEvery('a', () => {})).toEqualTypeOf<ForkEffect<never>>()
  })
})

describe('retry', () => {
  test("gives the function's result and checks its arguments", () => {
    const fetchTodo = (id: number): Promise<Todo> => Promise.resolve({ id, title: '' })
    function* saga() {
      expectTypeOf(yield* retry(3, 10, fetchTodo, 1)).toEqualTypeOf<Todo>()
      // @ts-expect-error the id is a number
      yield* retry(3, 10, fetchTodo, '1')
    }
    expectTypeOf(saga).toBeFunction()
  })
})
