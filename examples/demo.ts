// `npm run demo`: a tour of sagaloop on a real Redux store. It starts the search example's HTTP
// server, types a query fast (the stale requests are aborted), then logs in, refreshes the token,
// and logs out (also in the middle of a login), then streams prices over a WebSocket that drops
// and reconnects. It prints every action, what the servers saw, and the saga task tree, then
// shuts everything down and exits.
import { configureStore, type Middleware } from '@reduxjs/toolkit'
import createSagaMiddleware from 'sagaloop'
import { all, call } from 'sagaloop/effects'
import { createInspector, renderText } from 'sagaloop/monitor'
import { createFakeAuthApi, type AuthApi } from './login-flow/api'
import { loginFlow } from './login-flow/saga'
import { authReducer, loginRequested, logoutRequested } from './login-flow/slice'
import { createSearchClient, type SearchClient } from './search/api'
import { searchSaga } from './search/saga'
import { startSearchServer } from './search/server'
import { queryChanged, searchReducer } from './search/slice'
import { tickerSaga } from './websocket/saga'
import { startTickerServer } from './websocket/server'
import { tickerReducer } from './websocket/slice'
import { WebSocket } from 'ws'

// CI runs this: never hang, whatever happens.
setTimeout(() => {
  console.error('demo: still running after 15 s, giving up')
  process.exit(1)
}, 15_000).unref()

const started = performance.now()
const clock = () => `${String(Math.round(performance.now() - started)).padStart(5)} ms`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const heading = (text: string) =>
  console.log(`\n== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`)

/** Prints every action the store receives, with the part of its payload worth reading. */
const actionLogger: Middleware = () => (next) => (action) => {
  const { type, payload } = action as { type: string; payload?: unknown }
  const shown =
    payload === undefined
      ? ''
      : ` ${JSON.stringify(payload, (key, value: unknown) =>
          // Passwords stay out of logs; long hit lists are summarised.
          key === 'password'
            ? '***'
            : key === 'hits' && Array.isArray(value)
              ? `${value.length} hits`
              : value,
        )}`
  console.log(`${clock()}  action  ${type}${shown}`)
  return next(action)
}

const debounceMs = 40
const searchLatencyMs = 150
const loginLatencyMs = 100
const tokenTtlMs = 300

function* rootSaga(search: SearchClient, auth: AuthApi) {
  yield all([
    call(searchSaga, search, { debounceMs }),
    call(loginFlow, auth, { loginTimeoutMs: 1000, refreshAt: 0.8 }),
  ])
}

async function main() {
  const server = await startSearchServer({ latencyMs: searchLatencyMs })
  const auth = createFakeAuthApi({ latencyMs: loginLatencyMs, tokenTtlMs })

  const inspector = createInspector()
  const sagaMiddleware = createSagaMiddleware({ sagaMonitor: inspector })
  const store = configureStore({
    reducer: { search: searchReducer, auth: authReducer, ticker: tickerReducer },
    middleware: (getDefaultMiddleware) =>
      getDefaultMiddleware().concat(actionLogger, sagaMiddleware),
  })
  const rootTask = sagaMiddleware.run(rootSaga, createSearchClient(server.url), auth)

  const showTree = (when: string) => {
    console.log(`\n  task tree ${when}:`)
    console.log(
      renderText(inspector.snapshot())
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n'),
    )
    console.log()
  }
  /** Resolves once `predicate` holds for the store's state. */
  const until = (predicate: (state: ReturnType<typeof store.getState>) => boolean) =>
    new Promise<void>((resolve) => {
      if (predicate(store.getState())) return resolve()
      const unsubscribe = store.subscribe(() => {
        if (predicate(store.getState())) {
          unsubscribe()
          resolve()
        }
      })
    })

  console.log(
    'sagaloop demo: real sagas on a real Redux store (Redux Toolkit), against local servers.\n' +
      'Each line "action" is an action the store received; the task tree is what\n' +
      "sagaloop/monitor's inspector saw at that moment. Source: examples/demo.ts.",
  )

  heading('1. Search as you type (takeLatest + delay + abortSignal)')
  console.log(`search server: ${server.url} (answers after ${searchLatencyMs} ms)`)
  console.log(
    `The saga waits ${debounceMs} ms after a keystroke, then fetches; a newer keystroke cancels the\n` +
      'worker, and its AbortSignal aborts the request still in flight.\n',
  )
  // Two quick keystrokes (inside the debounce: no request), then slower ones (each request is
  // sent, then aborted by the next keystroke), then the last one, which is answered.
  for (const [query, pauseMs] of [
    ['r', 10],
    ['re', 100],
    ['red', 100],
    ['redu', 100],
  ] as const) {
    store.dispatch(queryChanged(query))
    await sleep(pauseMs)
  }
  showTree('while "redu" is in flight')
  store.dispatch(queryChanged('redux'))
  await until((state) => state.search.resultsFor === 'redux')
  await sleep(20) // let the server notice the last aborted connection

  // A request aborted before it left this process never reaches the server, so it may be missing.
  console.log('\n  what the server saw:')
  for (const { query, outcome } of server.requests) {
    console.log(`    GET /search?q=${query.padEnd(6)} ${outcome}`)
  }
  const { hits } = store.getState().search
  console.log(
    `\n  results in the store, for "redux" only: ${hits.map((hit) => hit.name).join(', ')}`,
  )

  heading('2. Login flow (fork + cancel + race, token refresh on a timer)')
  store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
  showTree('while authorizing')
  await until((state) => state.auth.status === 'loggedIn')
  console.log(`  token lives ${tokenTtlMs} ms; the saga refreshes it at 80%\n`)
  await until((state) => state.auth.refreshes === 2)
  showTree('while logged in')
  store.dispatch(logoutRequested())
  await until((state) => state.auth.status === 'loggedOut')

  console.log('\n  A wrong password:')
  store.dispatch(loginRequested({ username: 'alice', password: 'looking-glass' }))
  await until((state) => state.auth.error !== null)

  console.log('\n  Logging out while the login request is still in flight:')
  store.dispatch(loginRequested({ username: 'alice', password: 'wonderland' }))
  await sleep(loginLatencyMs / 2)
  store.dispatch(logoutRequested())
  await sleep(loginLatencyMs)
  console.log(`\n  what the auth backend saw: ${auth.log.join(' | ')}`)
  console.log(`  final auth state: ${JSON.stringify(store.getState().auth)}`)

  heading('3. A WebSocket as an eventChannel (reconnect, close on cancel)')
  const ticker = await startTickerServer()
  console.log(`ticker server: ${ticker.url}; a second root saga keeps a socket open to it\n`)
  // Node 20 has no global WebSocket client: the `ws` package provides it.
  const tickerTask = sagaMiddleware.run(tickerSaga, {
    url: ticker.url,
    openSocket: (url) => new WebSocket(url),
    reconnectDelayMs: 50,
  })
  await until((state) => state.ticker.status === 'open')
  ticker.burst(3)
  await until((state) => state.ticker.received === 3)
  console.log('\n  The server drops the connection; the saga opens a new one:')
  ticker.dropConnections()
  await until((state) => state.ticker.reconnects === 1)
  console.log(`\n  prices in the store: ${JSON.stringify(store.getState().ticker.prices)}`)

  heading('4. Shutting down')
  rootTask.cancel()
  tickerTask.cancel()
  showTree('after cancelling both root tasks')
  // The socket closes asynchronously: give the server a moment to see it.
  for (let tries = 0; ticker.clientCount() > 0 && tries < 50; tries++) await sleep(10)
  console.log(
    `  the ticker server saw the client close its socket with code ${ticker.clientCloses.join(', ')}`,
  )
  await Promise.all([server.close(), ticker.close()])
  const counts = inspector.snapshot().counts
  console.log(`tasks by state: ${JSON.stringify(counts)}`)
  console.log(`done in ${clock().trim()}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
