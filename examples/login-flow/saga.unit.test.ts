// The same flow tested without a store, a backend or real time: sagaloop/testing runs the saga
// with the API calls provided and a virtual clock, like redux-saga-test-plan.
import { combineReducers } from '@reduxjs/toolkit'
import { describe, test } from 'vitest'
import { abortSignal, delay } from 'sagaloop/effects'
import { expectSaga, matchers, testSaga } from 'sagaloop/testing'
import { createFakeAuthApi, type Session } from './api'
import { keepSessionFresh, loginFlow } from './saga'
import {
  authReducer,
  loggedOut,
  loginRequested,
  loginSucceeded,
  logoutRequested,
  tokenRefreshed,
} from './slice'

const api = createFakeAuthApi()
const credentials = { username: 'alice', password: 'wonderland' }
const session: Session = { username: 'alice', token: 'token-1', expiresInMs: 1000 }
const refreshed: Session = { ...session, token: 'token-2' }

describe('login flow, with sagaloop/testing', () => {
  test('logs in, refreshes the token on virtual time, and logs out with the latest token', async () => {
    await expectSaga(loginFlow, api, { refreshAt: 0.8 })
      .withReducer(combineReducers({ auth: authReducer }))
      .provide([
        [matchers.call.fn(api.login), session],
        [matchers.call.fn(api.refresh), refreshed],
        [matchers.call.fn(api.logout), undefined],
      ])
      .dispatch(loginRequested(credentials))
      .delay(900)
      .dispatch(logoutRequested())
      .put(loginSucceeded(session))
      .put(tokenRefreshed(refreshed))
      .call(api.logout, 'token-2')
      .put(loggedOut())
      .hasFinalState({
        auth: { status: 'loggedOut', username: null, token: null, refreshes: 0, error: null },
      })
      .silentRun(2000) // 2 s of virtual time: the refresh at 800 ms and the logout at 900 ms fit
  })

  test('the refresh loop waits 80% of the token lifetime, then refreshes with its signal', () => {
    const signal = new AbortController().signal
    testSaga(keepSessionFresh, api, session, 0.8)
      .next()
      .is(delay(800))
      .next()
      .is(abortSignal())
      .next(signal)
      .call(api.refresh, 'token-1', signal)
      .next(refreshed)
      .put(tokenRefreshed(refreshed))
      .next()
      .is(delay(800))
  })
})
