// Placeholder demo replaced by the examples work; runs a minimal real flow.
import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit'
import createSagaMiddleware from 'sagaloop'
import { call, delay, put, takeEvery } from 'sagaloop/effects'

const counter = createSlice({
  name: 'counter',
  initialState: 0,
  reducers: {
    incrementAsync: (state) => state,
    incremented: (state, action: PayloadAction<number>) => state + action.payload,
  },
})

function* incrementLater() {
  yield delay(10)
  const by = yield* call(() => 1)
  yield put(counter.actions.incremented(by))
}

const sagaMiddleware = createSagaMiddleware()
const store = configureStore({
  reducer: counter.reducer,
  middleware: (gDM) => gDM().concat(sagaMiddleware),
})
const task = sagaMiddleware.run(function* root() {
  yield takeEvery(counter.actions.incrementAsync, incrementLater)
})
store.subscribe(() => console.log('state:', store.getState()))
store.dispatch(counter.actions.incrementAsync())
store.dispatch(counter.actions.incrementAsync())
setTimeout(() => {
  task.cancel()
  console.log('final state:', store.getState())
}, 50)
