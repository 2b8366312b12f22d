import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createSearchClient } from './api'
import { startSearchServer, type SearchServer } from './server'
import { queryChanged } from './slice'
import { createSearchStore } from './store'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Short real delays: a request stays in flight (latency) much longer than the debounce.
const debounceMs = 20
const latencyMs = 150

let server: SearchServer

beforeEach(async () => {
  server = await startSearchServer({ latencyMs, failingQueries: ['boom'] })
})

afterEach(async () => {
  await server.close()
})

function setup() {
  const { store, task } = createSearchStore(createSearchClient(server.url), { debounceMs })
  // Every query whose results reached the store, in order.
  const landed: string[] = []
  store.subscribe(() => {
    const { resultsFor } = store.getState().search
    if (resultsFor !== '' && landed.at(-1) !== resultsFor) landed.push(resultsFor)
  })
  return { store, task, landed }
}

describe('search as you type', () => {
  test('keystrokes faster than the debounce send a single request, for the last query', async () => {
    const { store, task } = setup()
    for (const query of ['r', 're', 'red', 'redu']) store.dispatch(queryChanged(query))
    await vi.waitFor(() => expect(store.getState().search.status).toBe('succeeded'))
    expect(server.requests).toEqual([{ query: 'redu', outcome: 'answered' }])
    expect(store.getState().search.hits.map((hit) => hit.name)).toEqual([
      'react-redux',
      'redux',
      'redux-saga',
      'redux-thunk',
    ])
    task.cancel()
  })

  test('a newer query aborts the request in flight, and only its results land', async () => {
    const { store, task, landed } = setup()
    store.dispatch(queryChanged('v'))
    await vi.waitFor(() => expect(server.requests).toHaveLength(1))
    store.dispatch(queryChanged('vi'))
    await vi.waitFor(() => expect(server.requests).toHaveLength(2))
    store.dispatch(queryChanged('vit'))
    await vi.waitFor(() => expect(store.getState().search.status).toBe('succeeded'))
    // The server saw the first two connections close before it could answer them.
    await vi.waitFor(() =>
      expect(server.requests).toEqual([
        { query: 'v', outcome: 'aborted' },
        { query: 'vi', outcome: 'aborted' },
        { query: 'vit', outcome: 'answered' },
      ]),
    )
    expect(landed).toEqual(['vit'])
    expect(store.getState().search).toMatchObject({
      query: 'vit',
      resultsFor: 'vit',
      hits: [{ name: 'vite' }, { name: 'vitest' }],
    })
    task.cancel()
  })

  test('emptying the box clears the results without asking the server', async () => {
    const { store, task } = setup()
    store.dispatch(queryChanged('zod'))
    await vi.waitFor(() => expect(store.getState().search.status).toBe('succeeded'))
    store.dispatch(queryChanged('  '))
    expect(store.getState().search).toMatchObject({ status: 'idle', hits: [], resultsFor: '' })
    await sleep(debounceMs * 2)
    expect(server.requests).toHaveLength(1)
    task.cancel()
  })

  test('a server error puts the search in the failed state with the reason', async () => {
    const { store, task } = setup()
    store.dispatch(queryChanged('boom'))
    await vi.waitFor(() => expect(store.getState().search.status).toBe('failed'))
    expect(store.getState().search.error).toBe('search for "boom" failed: HTTP 500')
    task.cancel()
  })

  test('cancelling the saga aborts the request in flight', async () => {
    const { store, task } = setup()
    store.dispatch(queryChanged('ws'))
    await vi.waitFor(() => expect(server.requests).toHaveLength(1))
    task.cancel()
    await vi.waitFor(() => expect(server.requests).toEqual([{ query: 'ws', outcome: 'aborted' }]))
    expect(store.getState().search.status).toBe('loading')
  })
})
