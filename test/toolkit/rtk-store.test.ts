import { describe, expect, test } from 'vitest'
import { call, takeEvery } from 'sagaloop/effects'
import {
  fetchTodos,
  filter,
  makeAppStore,
  put,
  putResolve,
  select,
  selectTodo,
  take,
  todos,
} from '../support/toolkit-app'

describe('sagas in a Redux Toolkit store', () => {
  test('a saga takes a slice action, selects typed state and puts a slice action', () => {
    const { store, sagaMiddleware } = makeAppStore()
    sagaMiddleware.run(function* () {
      const { payload: id } = yield* take(todos.actions.toggled)
      const todo = yield* select(selectTodo, id)
      if (todo?.done) yield* put(filter.actions.changed('done'))
    })
    store.dispatch(todos.actions.added({ id: 7, title: 'write tests', done: false }))
    store.dispatch(todos.actions.toggled(7))
    expect(store.getState().filter).toBe('done')
  })

  test('putResolve of an async thunk gives its fulfilled action', async () => {
    const { store, sagaMiddleware } = makeAppStore()
    const task = sagaMiddleware.run(function* () {
      const result = yield* putResolve(fetchTodos(2))
      return fetchTodos.fulfilled.match(result) ? result.payload.length : -1
    })
    expect(await task.toPromise()).toBe(2)
    expect(store.getState().todos.items).toHaveLength(2)
  })

  test("createAsyncThunk's pending and fulfilled actions are patterns", async () => {
    const { store, sagaMiddleware } = makeAppStore()
    const seen: string[] = []
    sagaMiddleware.run(function* () {
      yield* takeEvery(fetchTodos.pending, function* (action) {
        seen.push(`pending ${action.meta.arg}`)
      })
      const done = yield* take(fetchTodos.fulfilled)
      seen.push(`fulfilled ${done.payload.length}`)
      const loading = yield* select((state) => state.todos.loading)
      seen.push(`loading ${String(loading)}`)
      yield* call(() => Promise.resolve())
    })
    await store.dispatch(fetchTodos(3))
    expect(seen).toEqual(['pending 3', 'fulfilled 3', 'loading false'])
  })
})
