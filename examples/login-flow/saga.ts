// The classic login flow of the redux-saga docs, typed, plus a login timeout (race) and a token
// refreshed on a timer for as long as the session lasts.
//
//   loginFlow:  take(loginRequested) → fork(authorize) → take(logoutRequested | loginFailed)
//                                                      → on logout: cancel(authorize), log out
//
// Cancelling `authorize` stops whatever it is doing: the login request (its AbortSignal aborts
// the HTTP call) or the refresh timer.
import { abortSignal, call, cancel, delay, fork, put, race, select, take } from 'sagaloop/effects'
import type { AuthApi, Credentials, Session } from './api'
import {
  loggedOut,
  loginFailed,
  loginRequested,
  loginSucceeded,
  logoutRequested,
  selectToken,
  tokenRefreshed,
} from './slice'

export interface LoginFlowOptions {
  /** Give up on a login that takes longer than this. */
  loginTimeoutMs?: number
  /** Refresh the token when this fraction of its lifetime has passed. */
  refreshAt?: number
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** One login request, aborted if this saga is cancelled (by the race below, or by logout). */
function* requestSession(api: AuthApi, credentials: Credentials) {
  const signal = yield* abortSignal()
  return yield* call(api.login, credentials, signal)
}

/** Refreshes the token shortly before it expires, until cancelled. */
export function* keepSessionFresh(api: AuthApi, session: Session, refreshAt: number) {
  let current = session
  for (;;) {
    yield delay(current.expiresInMs * refreshAt)
    const signal = yield* abortSignal()
    current = yield* call(api.refresh, current.token, signal)
    yield put(tokenRefreshed(current))
  }
}

export function* authorize(api: AuthApi, credentials: Credentials, options: LoginFlowOptions) {
  const { loginTimeoutMs = 5000, refreshAt = 0.8 } = options
  let session: Session | undefined
  try {
    const { won, timeout } = yield* race({
      won: call(requestSession, api, credentials),
      timeout: delay(loginTimeoutMs),
    })
    if (timeout || won === undefined) throw new Error('login timed out')
    session = won
  } catch (error) {
    yield put(loginFailed(messageOf(error)))
    return
  }
  yield put(loginSucceeded(session))
  try {
    yield* call(keepSessionFresh, api, session, refreshAt)
  } catch (error) {
    // A refresh that fails ends the session: the user must log in again.
    yield put(loginFailed(`session lost: ${messageOf(error)}`))
  }
}

export function* loginFlow(api: AuthApi, options: LoginFlowOptions = {}) {
  for (;;) {
    const { payload: credentials } = yield* take(loginRequested)
    const task = yield* fork(authorize, api, credentials, options)
    const action = yield* take([logoutRequested, loginFailed])
    if (logoutRequested.match(action)) {
      // Whether authorize is still logging in or already refreshing, this stops it.
      yield cancel(task)
      const token = yield* select(selectToken)
      if (token !== null) yield* call(api.logout, token)
      yield put(loggedOut())
    }
  }
}
