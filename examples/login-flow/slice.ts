// Who is logged in, and with which token.
import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import type { Credentials, Session } from './api'

export type AuthStatus = 'loggedOut' | 'authorizing' | 'loggedIn'

export interface AuthState {
  status: AuthStatus
  username: string | null
  token: string | null
  /** How many times the token was refreshed in this session. */
  refreshes: number
  error: string | null
}

const initialState: AuthState = {
  status: 'loggedOut',
  username: null,
  token: null,
  refreshes: 0,
  error: null,
}

export const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    loginRequested: {
      // The password goes to the saga only; the reducer never stores it.
      reducer(state) {
        // The saga ignores a login while a session is open; so does the state.
        if (state.status !== 'loggedOut') return
        state.status = 'authorizing'
        state.error = null
      },
      prepare: (credentials: Credentials) => ({ payload: credentials }),
    },
    loginSucceeded(state, action: PayloadAction<Session>) {
      state.status = 'loggedIn'
      state.username = action.payload.username
      state.token = action.payload.token
      state.refreshes = 0
    },
    loginFailed(_state, action: PayloadAction<string>) {
      return { ...initialState, error: action.payload }
    },
    tokenRefreshed(state, action: PayloadAction<Session>) {
      state.token = action.payload.token
      state.refreshes += 1
    },
    logoutRequested() {},
    loggedOut() {
      return initialState
    },
  },
})

export const {
  loginRequested,
  loginSucceeded,
  loginFailed,
  tokenRefreshed,
  logoutRequested,
  loggedOut,
} = authSlice.actions
export const authReducer = authSlice.reducer

export const selectToken = (state: { auth: AuthState }) => state.auth.token
