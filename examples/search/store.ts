// The store the search example runs in: Redux Toolkit's configureStore with the saga middleware.
import { configureStore } from '@reduxjs/toolkit'
import createSagaMiddleware from 'sagaloop'
import type { SearchClient } from './api'
import { searchSaga, type SearchSagaOptions } from './saga'
import { searchReducer } from './slice'

export function createSearchStore(client: SearchClient, options?: SearchSagaOptions) {
  const sagaMiddleware = createSagaMiddleware()
  const store = configureStore({
    reducer: { search: searchReducer },
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(sagaMiddleware),
  })
  const task = sagaMiddleware.run(searchSaga, client, options)
  return { store, task }
}

export type SearchStore = ReturnType<typeof createSearchStore>['store']
export type SearchRootState = ReturnType<SearchStore['getState']>
