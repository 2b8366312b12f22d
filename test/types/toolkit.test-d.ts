import { describe, expectTypeOf, test } from 'vitest'
import type { PayloadAction } from '@reduxjs/toolkit'
import { withTypes } from 'sagaloop/toolkit'
import type { End } from 'sagaloop'
import {
  fetchTodos,
  filter,
  put,
  putResolve,
  select,
  selectOpenTodos,
  selectTodo,
  take,
  takeMaybe,
  todos,
  type RootState,
  type Todo,
} from '../support/toolkit-app'

describe('withTypes', () => {
  test('select gives RootState to an inline selector and types the result', () => {
    function* saga() {
      expectTypeOf(yield* select((state) => state.todos.items)).toEqualTypeOf<Todo[]>()
      expectTypeOf(yield* select()).toEqualTypeOf<RootState>()
      expectTypeOf(yield* select(selectOpenTodos)).toEqualTypeOf<Todo[]>()
      expectTypeOf(yield* select(selectTodo, 1)).toEqualTypeOf<Todo | undefined>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('select rejects selectors of another state and wrong arguments', () => {
    function* saga() {
      // @ts-expect-error RootState has no `users`
      yield* select((state) => state.users)
      // @ts-expect-error the selector is for another state
      yield* select((state: { users: string[] }) => state.users)
      // @ts-expect-error the id is a number
      yield* select(selectTodo, '1')
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('put accepts actions and thunks of the app, and gives the action back', () => {
    function* saga() {
      expectTypeOf(yield* put(filter.actions.changed('open'))).toEqualTypeOf<
        PayloadAction<'all' | 'open' | 'done', 'filter/changed'>
      >()
      yield* put(fetchTodos(1))
      // @ts-expect-error not an action
      yield* put('todos/added')
      // @ts-expect-error a thunk written for another state
      yield* put((_dispatch: unknown, getState: () => { users: string[] }) => getState().users)
    }
    expectTypeOf(saga).toBeFunction()
  })

  test("putResolve of an async thunk gives the thunk's settled action", () => {
    function* saga() {
      const result = yield* putResolve(fetchTodos(1))
      expectTypeOf(result).toEqualTypeOf<
        ReturnType<typeof fetchTodos.fulfilled> | ReturnType<typeof fetchTodos.rejected>
      >()
      if (fetchTodos.fulfilled.match(result)) expectTypeOf(result.payload).toEqualTypeOf<Todo[]>()
      expectTypeOf(yield* putResolve(todos.actions.toggled(1))).toEqualTypeOf<
        PayloadAction<number, 'todos/toggled'>
      >()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test("take types createAsyncThunk's actions, slice actions and matchers", () => {
    function* saga() {
      expectTypeOf((yield* take(fetchTodos.fulfilled)).payload).toEqualTypeOf<Todo[]>()
      expectTypeOf((yield* take(fetchTodos.pending)).meta.arg).toEqualTypeOf<number>()
      expectTypeOf((yield* take(fetchTodos.rejected)).error.message).toEqualTypeOf<
        string | undefined
      >()
      const settled = yield* take(fetchTodos.settled)
      expectTypeOf(settled).toEqualTypeOf<
        ReturnType<typeof fetchTodos.fulfilled | typeof fetchTodos.rejected>
      >()
      expectTypeOf((yield* take(todos.actions.added)).payload).toEqualTypeOf<Todo>()
      expectTypeOf(yield* takeMaybe(filter.actions.changed)).toEqualTypeOf<
        PayloadAction<'all' | 'open' | 'done', 'filter/changed'> | End
      >()
      // @ts-expect-error not a pattern
      yield* take(42)
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('without AppDispatch, thunks still type-check against RootState', () => {
    const effects = withTypes<{ count: number }>()
    function* saga() {
      expectTypeOf(yield* effects.select((state) => state.count)).toEqualTypeOf<number>()
      yield* effects.put({ type: 'reset' })
    }
    expectTypeOf(saga).toBeFunction()
  })
})
