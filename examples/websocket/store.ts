// The ticker's store: Redux Toolkit's configureStore with the saga middleware.
import { configureStore } from '@reduxjs/toolkit'
import createSagaMiddleware from 'sagaloop'
import { tickerSaga, type TickerSagaOptions } from './saga'
import { tickerReducer } from './slice'

export function createTickerStore(options: TickerSagaOptions) {
  const sagaMiddleware = createSagaMiddleware()
  const store = configureStore({
    reducer: { ticker: tickerReducer },
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(sagaMiddleware),
  })
  const task = sagaMiddleware.run(tickerSaga, options)
  return { store, task }
}
