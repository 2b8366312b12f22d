// Redux Toolkit's configureStore, with the saga middleware added to the default ones.
import { configureStore } from '@reduxjs/toolkit'
import createSagaMiddleware from 'sagaloop'
import type { TodoApi } from './api'
import { todosSaga } from './saga'
import { todosReducer } from './slice'

export function createTodosStore(api: TodoApi) {
  const sagaMiddleware = createSagaMiddleware()
  const store = configureStore({
    reducer: { todos: todosReducer },
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(sagaMiddleware),
  })
  const task = sagaMiddleware.run(todosSaga, api)
  return { store, task }
}

export type TodosStore = ReturnType<typeof createTodosStore>['store']
export type TodosRootState = ReturnType<TodosStore['getState']>
