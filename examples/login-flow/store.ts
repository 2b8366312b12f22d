// The login flow's store: Redux Toolkit's configureStore with the saga middleware.
import { configureStore } from '@reduxjs/toolkit'
import createSagaMiddleware from 'sagaloop'
import type { AuthApi } from './api'
import { loginFlow, type LoginFlowOptions } from './saga'
import { authReducer } from './slice'

export function createAuthStore(api: AuthApi, options?: LoginFlowOptions) {
  const sagaMiddleware = createSagaMiddleware()
  const store = configureStore({
    reducer: { auth: authReducer },
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(sagaMiddleware),
  })
  const task = sagaMiddleware.run(loginFlow, api, options)
  return { store, task }
}
