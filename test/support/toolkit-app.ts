/** A small Redux Toolkit app: two slices, an async thunk and the typed saga effects. */
import { configureStore, createAsyncThunk, createSlice, type PayloadAction } from '@reduxjs/toolkit'
import createSagaMiddleware from 'sagaloop'
import { withTypes } from 'sagaloop/toolkit'

export interface Todo {
  id: number
  title: string
  done: boolean
}

export const fetchTodos = createAsyncThunk('todos/fetch', async (count: number) =>
  Array.from({ length: count }, (_, id): Todo => ({ id, title: `todo ${id}`, done: false })),
)

export const todos = createSlice({
  name: 'todos',
  initialState: { items: [] as Todo[], loading: false },
  reducers: {
    added: (state, action: PayloadAction<Todo>) => {
      state.items.push(action.payload)
    },
    toggled: (state, action: PayloadAction<number>) => {
      const todo = state.items.find((t) => t.id === action.payload)
      if (todo) todo.done = !todo.done
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchTodos.pending, (state) => {
        state.loading = true
      })
      .addCase(fetchTodos.fulfilled, (state, action) => {
        state.loading = false
        state.items = action.payload
      })
  },
})

export const filter = createSlice({
  name: 'filter',
  initialState: 'all' as 'all' | 'open' | 'done',
  reducers: {
    changed: (_state, action: PayloadAction<'all' | 'open' | 'done'>) => action.payload,
  },
})

export function makeAppStore() {
  const sagaMiddleware = createSagaMiddleware()
  const store = configureStore({
    reducer: { todos: todos.reducer, filter: filter.reducer },
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(sagaMiddleware),
  })
  return { store, sagaMiddleware }
}

type AppStore = ReturnType<typeof makeAppStore>['store']
export type RootState = ReturnType<AppStore['getState']>
export type AppDispatch = AppStore['dispatch']

export const { select, put, putResolve, take, takeMaybe } = withTypes<RootState, AppDispatch>()

export const selectOpenTodos = (state: RootState) => state.todos.items.filter((t) => !t.done)
export const selectTodo = (state: RootState, id: number) =>
  state.todos.items.find((t) => t.id === id)
