// A plain Redux store: `createStore` + `applyMiddleware`, exactly as with redux-saga.
// (`legacy_createStore` is Redux 5's name for `createStore` without the deprecation notice.)
import { applyMiddleware, legacy_createStore as createStore } from 'redux'
import createSagaMiddleware from 'sagaloop'
import { counterReducer } from './reducer'
import { counterSaga } from './saga'

export function createCounterStore(delayMs?: number) {
  const sagaMiddleware = createSagaMiddleware()
  const store = createStore(counterReducer, applyMiddleware(sagaMiddleware))
  const task = sagaMiddleware.run(counterSaga, delayMs)
  return { store, task }
}
