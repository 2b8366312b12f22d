// Every `incrementAsync` starts its own worker (takeEvery): three clicks, three increments.
import { delay, put, takeEvery } from 'sagaloop/effects'
import { INCREMENT_ASYNC, increment, incrementSettled, type IncrementAsyncAction } from './reducer'

export function* incrementLater(delayMs: number, action: IncrementAsyncAction) {
  yield delay(delayMs)
  yield put(increment(action.amount))
  yield put(incrementSettled())
}

/** `delayMs` is a parameter so that tests can run the real saga with short delays. */
export function* counterSaga(delayMs = 1000) {
  // takeEvery passes its extra arguments first, then the action: incrementLater(delayMs, action).
  // With a string pattern the worker declares the action it expects, as with redux-saga.
  yield takeEvery(INCREMENT_ASYNC, incrementLater, delayMs)
}
