/** `why()` and `effectsOf()` on the examples' own sagas: login, search, websocket. */
import { describe, expect, test, vi } from 'vitest'
import { combineReducers } from '@reduxjs/toolkit'
import { renderWhy } from 'sagaloop/monitor'
import { searchSaga } from '../../examples/search/saga'
import {
  queryChanged,
  searchReducer,
  searchStarted,
  searchSucceeded,
} from '../../examples/search/slice'
import type { SearchClient } from '../../examples/search/api'
import { createFakeAuthApi } from '../../examples/login-flow/api'
import { loginFlow } from '../../examples/login-flow/saga'
import {
  authReducer,
  loginRequested,
  loginSucceeded,
  logoutRequested,
  loggedOut,
  tokenRefreshed,
} from '../../examples/login-flow/slice'
import { tickerSaga } from '../../examples/websocket/saga'
import { tickerReducer, tickReceived } from '../../examples/websocket/slice'
import { fakeSocket } from '../support/fake-socket'
import { monitoredStore } from '../support/monitored'

/** A search client that answers at once, in memory. */
const client: SearchClient = {
  baseUrl: 'memory:',
  search: async (query) => ({ query, hits: [{ id: 1, name: `${query} result` }] }),
}

function searchStore() {
  const { store, inspector, run } = monitoredStore(searchReducer)
  const task = run(searchSaga, client, { debounceMs: 0 })
  return { store, inspector, task }
}

describe('search with takeLatest', () => {
  test('the results were put by searchWorker, forked by takeLatest for the keystroke', async () => {
    const { store, inspector, task } = searchStore()
    const keystroke = queryChanged('redux')
    store.dispatch(keystroke)
    await vi.waitFor(() => expect(store.getState().status).toBe('succeeded'))
    const [succeeded] = inspector.actions().filter((a) => a.type === searchSucceeded.type)
    expect(renderWhy(inspector.why(succeeded?.id))).toBe(
      `put by searchWorker ← forked by takeLatest("search/queryChanged", searchWorker, {"baseUrl":"memory:"}, 0) for action #1 search/queryChanged ← dispatched from outside the sagas`,
    )
    expect(inspector.why(keystroke)).toEqual([
      { kind: 'dispatched', action: expect.objectContaining({ id: 1, origin: 'outside' }) },
    ])
    task.cancel()
  })

  test('effectsOf a keystroke lists the helper it woke, the worker it started and what that put', async () => {
    const { store, inspector, task } = searchStore()
    const keystroke = queryChanged('saga')
    store.dispatch(keystroke)
    await vi.waitFor(() => expect(store.getState().status).toBe('succeeded'))
    const effects = inspector.effectsOf(keystroke)
    expect(effects?.woke.map((w) => w.task.name)).toEqual([
      'takeLatest("search/queryChanged", searchWorker, {"baseUrl":"memory:"}, 0)',
    ])
    expect(effects?.started.map((s) => [s.task.name, s.parent.name])).toEqual([
      ['searchWorker', 'takeLatest("search/queryChanged", searchWorker, {"baseUrl":"memory:"}, 0)'],
    ])
    expect(effects?.put.map((p) => p.action.type)).toEqual([
      searchStarted.type,
      searchSucceeded.type,
    ])
    task.cancel()
  })

  test('a keystroke overtaken by the next one started a worker that put nothing', async () => {
    const { store, inspector, task } = searchStore()
    const first = queryChanged('re')
    const second = queryChanged('red')
    store.dispatch(first)
    store.dispatch(second)
    await vi.waitFor(() => expect(store.getState().status).toBe('succeeded'))
    expect(inspector.effectsOf(first)?.started).toHaveLength(1)
    expect(inspector.effectsOf(first)?.put).toEqual([])
    expect(inspector.effectsOf(second)?.put.map((p) => p.action.type)).toEqual([
      searchStarted.type,
      searchSucceeded.type,
    ])
    task.cancel()
  })
})

describe('login flow', () => {
  function loginStore(tokenTtlMs = 60_000) {
    const api = createFakeAuthApi({ latencyMs: 1, tokenTtlMs })
    const { store, inspector, run } = monitoredStore(combineReducers({ auth: authReducer }))
    const task = run(loginFlow, api, { loginTimeoutMs: 5000, refreshAt: 0.5 })
    return { store, inspector, task }
  }
  const alice = { username: 'alice', password: 'wonderland' }

  test('loginSucceeded was put by authorize, forked by loginFlow for the login request', async () => {
    const { store, inspector, task } = loginStore()
    store.dispatch(loginRequested(alice))
    await vi.waitFor(() => expect(store.getState().auth.status).toBe('loggedIn'))
    const succeeded = inspector.actions().find((a) => a.type === loginSucceeded.type)
    expect(renderWhy(inspector.why(succeeded?.id))).toBe(
      'put by authorize ← forked by loginFlow for action #1 auth/loginRequested ← dispatched from outside the sagas',
    )
    task.cancel()
  })

  test('a refreshed token goes back through the called keepSessionFresh to the login request', async () => {
    const { store, inspector, task } = loginStore(20)
    store.dispatch(loginRequested(alice))
    await vi.waitFor(() =>
      expect(inspector.actions().some((a) => a.type === tokenRefreshed.type)).toBe(true),
    )
    const refreshed = inspector.actions().find((a) => a.type === tokenRefreshed.type)
    expect(inspector.why(refreshed?.id).map((link) => link.kind)).toEqual([
      'put',
      'forked',
      'forked',
      'took',
      'dispatched',
    ])
    expect(renderWhy(inspector.why(refreshed?.id))).toBe(
      'put by keepSessionFresh ← called by authorize ← forked by loginFlow for action #1 auth/loginRequested ← dispatched from outside the sagas',
    )
    task.cancel()
  })

  test('loggedOut was put by loginFlow because it took the logout request', async () => {
    const { store, inspector, task } = loginStore()
    store.dispatch(loginRequested(alice))
    await vi.waitFor(() => expect(store.getState().auth.status).toBe('loggedIn'))
    const logout = logoutRequested()
    store.dispatch(logout)
    await vi.waitFor(() => expect(store.getState().auth.status).toBe('loggedOut'))
    const out = inspector.actions().find((a) => a.type === loggedOut.type)
    const why = inspector.why(out?.id)
    expect(why.slice(0, 2).map((link) => link.kind)).toEqual(['put', 'took'])
    expect(renderWhy(why)).toMatch(
      /^put by loginFlow ← loginFlow took action #\d+ auth\/logoutRequested ← dispatched from outside the sagas$/,
    )
    expect(inspector.effectsOf(logout)?.woke.map((w) => w.task.name)).toEqual(['loginFlow'])
    task.cancel()
  })
})

describe('websocket ticker', () => {
  test('a tick was put by tickerSaga for a channel message, and tickerSaga started by run', async () => {
    const socket = fakeSocket()
    const { store, inspector, run } = monitoredStore(tickerReducer)
    const task = run(tickerSaga, { url: 'ws://test', openSocket: () => socket })
    socket.open()
    socket.message({ seq: 1, symbol: 'ACME', price: 10 })
    await vi.waitFor(() => expect(store.getState().received).toBe(1))
    const tick = inspector.actions().find((a) => a.type === tickReceived.type)
    expect(renderWhy(inspector.why(tick?.id))).toBe(
      'put by tickerSaga ← tickerSaga received a channel message ← tickerSaga started by run',
    )
    task.cancel()
  })
})
