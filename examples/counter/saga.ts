// Every `incrementAsync` starts its own worker (takeEvery): three clicks, three increments.
import type { Action } from 'redux'
import { delay, put, takeEvery } from 'sagaloop/effects'
import { INCREMENT_ASYNC, increment, incrementSettled } from './reducer'

// The action comes last; it is declared (though unused) so takeEvery's types line up.
export function* incrementLater(delayMs: number, _action: Action) {
  yield delay(delayMs)
  yield put(increment())
  yield put(incrementSettled())
}

/** `delayMs` is a parameter so that tests can run the real saga with short delays. */
export function* counterSaga(delayMs = 1000) {
  // takeEvery passes its extra arguments first, then the action: incrementLater(delayMs, action).
  yield takeEvery(INCREMENT_ASYNC, incrementLater, delayMs)
}
