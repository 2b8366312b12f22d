// One store for the whole page: the search, login and counter examples' reducers and sagas,
// side by side, with the inspector as the saga monitor so the panel can draw the task tree.
import { configureStore, type Reducer } from '@reduxjs/toolkit'
import createSagaMiddleware from 'sagaloop'
import { fork } from 'sagaloop/effects'
import { createInspector, type Inspector } from 'sagaloop/monitor'
import { createSearchClient } from '../../search/api'
import { searchSaga } from '../../search/saga'
import { searchReducer } from '../../search/slice'
import { createFakeAuthApi } from '../../login-flow/api'
import { loginFlow } from '../../login-flow/saga'
import { authReducer } from '../../login-flow/slice'
import { counterReducer, type CounterState } from '../../counter/reducer'
import { counterSaga } from '../../counter/saga'

export interface WebConfig {
  /** The search server's address (it runs next to the Vite server). */
  searchUrl: string
}

function* rootSaga(config: WebConfig) {
  yield fork(searchSaga, createSearchClient(config.searchUrl), { debounceMs: 250 })
  // The fake backend runs in the page; a short token life makes the refresh timer visible.
  const auth = createFakeAuthApi({ latencyMs: 900, tokenTtlMs: 15_000 })
  yield fork(loginFlow, auth, { loginTimeoutMs: 5000 })
  yield fork(counterSaga, 2000)
}

export function createWebStore(config: WebConfig, inspector: Inspector = createInspector()) {
  const sagaMiddleware = createSagaMiddleware({ sagaMonitor: inspector })
  const store = configureStore({
    reducer: {
      search: searchReducer,
      auth: authReducer,
      // The counter example is plain Redux; its reducer takes any action here.
      counter: counterReducer as Reducer<CounterState>,
    },
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(sagaMiddleware),
  })
  const task = sagaMiddleware.run(rootSaga, config)
  return { store, task, inspector }
}

export type WebStore = ReturnType<typeof createWebStore>['store']
export type WebState = ReturnType<WebStore['getState']>
export type WebDispatch = WebStore['dispatch']
