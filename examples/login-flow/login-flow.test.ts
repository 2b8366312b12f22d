import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createFakeAuthApi } from './api'
import { loginRequested, logoutRequested } from './slice'
import { createAuthStore } from './store'

const latencyMs = 300
const tokenTtlMs = 10_000

function setup(options: { loginTimeoutMs?: number } = {}) {
  const api = createFakeAuthApi({ users: { alice: 'wonderland' }, latencyMs, tokenTtlMs })
  const { store, task } = createAuthStore(api, { refreshAt: 0.8, ...options })
  return { api, store, task, auth: () => store.getState().auth }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('login flow', () => {
  test('a login with the right password opens a session', async () => {
    const { store, task, auth } = setup()
    store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
    expect(auth().status).toBe('authorizing')
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(auth()).toMatchObject({ status: 'loggedIn', username: 'alice', token: 'token-1' })
    task.cancel()
  })

  test('a wrong password fails the login, and the user can try again', async () => {
    const { store, task, auth } = setup()
    store.dispatch(loginRequested({ username: 'alice', password: 'looking-glass' }))
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(auth()).toMatchObject({ status: 'loggedOut', error: 'wrong username or password' })

    store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(auth()).toMatchObject({ status: 'loggedIn', error: null })
    task.cancel()
  })

  test('logging out while the login is in flight cancels it and aborts its request', async () => {
    const { api, store, task, auth } = setup()
    store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
    await vi.advanceTimersByTimeAsync(latencyMs / 2)
    store.dispatch(logoutRequested())
    await vi.advanceTimersByTimeAsync(0)
    expect(api.log).toEqual(['login alice', 'login alice aborted'])
    // The answer that would have come later never opens a session.
    await vi.advanceTimersByTimeAsync(latencyMs * 2)
    expect(auth()).toMatchObject({ status: 'loggedOut', token: null, error: null })
    task.cancel()
  })

  test('a login slower than the timeout loses the race and fails', async () => {
    const { api, store, task, auth } = setup({ loginTimeoutMs: latencyMs / 3 })
    store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(auth()).toMatchObject({ status: 'loggedOut', error: 'login timed out' })
    expect(api.log).toEqual(['login alice', 'login alice aborted'])
    task.cancel()
  })

  test('the token is refreshed on a timer before it expires', async () => {
    const { api, store, task, auth } = setup()
    store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
    await vi.advanceTimersByTimeAsync(latencyMs)
    // Refresh starts at 80% of the token's lifetime, and takes one round trip.
    await vi.advanceTimersByTimeAsync(tokenTtlMs * 0.8 + latencyMs)
    expect(auth()).toMatchObject({ token: 'token-2', refreshes: 1 })
    await vi.advanceTimersByTimeAsync(tokenTtlMs * 0.8 + latencyMs)
    expect(auth()).toMatchObject({ token: 'token-3', refreshes: 2 })
    expect(api.log).toEqual(['login alice', 'refresh token-1', 'refresh token-2'])
    task.cancel()
  })

  test('logging out stops the refresh timer and closes the session on the server', async () => {
    const { api, store, task, auth } = setup()
    store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
    await vi.advanceTimersByTimeAsync(latencyMs)
    store.dispatch(logoutRequested())
    await vi.advanceTimersByTimeAsync(0)
    expect(auth()).toMatchObject({ status: 'loggedOut', token: null })
    await vi.advanceTimersByTimeAsync(tokenTtlMs * 3)
    expect(api.log).toEqual(['login alice', 'logout token-1'])
    expect(vi.getTimerCount()).toBe(0)
    task.cancel()
  })

  test('a refresh the server refuses ends the session, and a new login works', async () => {
    const { api, store, task, auth } = setup()
    store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
    await vi.advanceTimersByTimeAsync(latencyMs)
    api.revokeAll()
    await vi.advanceTimersByTimeAsync(tokenTtlMs * 0.8 + latencyMs)
    expect(auth()).toMatchObject({
      status: 'loggedOut',
      token: null,
      error: 'session lost: session expired',
    })

    store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(auth()).toMatchObject({ status: 'loggedIn', token: 'token-2' })
    task.cancel()
  })
})
