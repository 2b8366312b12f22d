/**
 * Options of createSagaMiddleware read as redux-saga reads them.
 */
import { expect, test } from 'vitest'
import { put, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('a null sagaMonitor is no monitor, as redux-saga reads it', () => {
  const { store, run, actions } = makeStore({ sagaMonitor: null as never })
  run(function* () {
    yield take('PING')
    yield put({ type: 'PONG' })
  })
  store.dispatch({ type: 'PING' })
  expect(actions.map((action) => action.type)).toEqual(['PING', 'PONG'])
})
