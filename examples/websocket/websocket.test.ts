import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { WebSocket } from 'ws'
import { buffers, type Task } from 'sagaloop'
import type { SocketEvent } from './channel'
import type { TickerSagaOptions } from './saga'
import { startTickerServer, type TickerServer } from './server'
import type { OpenSocket } from './socket'
import { createTickerStore } from './store'

// Node 20 has no global WebSocket client by default: the `ws` package is the client too.
// The sockets are kept so that tests can look at their state.
let sockets: WebSocket[] = []
const openSocket: OpenSocket = (url) => {
  const socket = new WebSocket(url)
  sockets.push(socket)
  return socket
}

let server: TickerServer
// Cancelled after each test, so that a failing test leaves no saga reconnecting.
let tasks: Task[] = []

beforeEach(async () => {
  sockets = []
  tasks = []
  server = await startTickerServer()
})

afterEach(async () => {
  for (const task of tasks) task.cancel()
  await server.close()
})

function setup(options: Partial<TickerSagaOptions> = {}) {
  const { store, task } = createTickerStore({
    url: server.url,
    openSocket,
    reconnectDelayMs: 20,
    ...options,
  })
  tasks.push(task)
  // Every status the connection went through, in order.
  const statuses = [store.getState().ticker.status]
  store.subscribe(() => {
    const { status } = store.getState().ticker
    if (statuses.at(-1) !== status) statuses.push(status)
  })
  return { store, task, statuses, ticker: () => store.getState().ticker }
}

describe('websocket ticker', () => {
  test('messages from the server flow into the store', async () => {
    const { ticker } = setup()
    await vi.waitFor(() => expect(ticker().status).toBe('open'))
    server.burst(3)
    await vi.waitFor(() => expect(ticker().received).toBe(3))
    expect(ticker()).toMatchObject({ lastSeq: 3, dropped: 0 })
    expect(Object.keys(ticker().prices).sort()).toEqual(['ACME', 'GLOBEX', 'INITECH'])
  })

  test('when the server drops the connection, the saga connects again', async () => {
    const { ticker, statuses } = setup()
    await vi.waitFor(() => expect(ticker().status).toBe('open'))
    server.dropConnections()
    await vi.waitFor(() => expect(ticker()).toMatchObject({ status: 'open', reconnects: 1 }))
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open'])
    expect(server.accepted).toBe(2)
    server.burst(2)
    await vi.waitFor(() => expect(ticker().received).toBe(2))
  })

  test('a consumer slower than the server keeps only the latest ticks in a sliding buffer', async () => {
    const { ticker } = setup({
      processMs: 5,
      buffer: () => buffers.sliding<SocketEvent>(5),
    })
    await vi.waitFor(() => expect(ticker().status).toBe('open'))
    server.burst(50)
    await vi.waitFor(() => expect(ticker().lastSeq).toBe(50))
    // The last tick always arrives; the ones the buffer had no room for are counted as dropped.
    expect(ticker().received).toBeLessThan(50)
    expect(ticker().received + ticker().dropped).toBe(50)
  })

  test('an expanding buffer keeps every tick for a slow consumer', async () => {
    const { ticker } = setup({
      processMs: 1,
      buffer: () => buffers.expanding<SocketEvent>(4),
    })
    await vi.waitFor(() => expect(ticker().status).toBe('open'))
    server.burst(50)
    await vi.waitFor(() => expect(ticker().lastSeq).toBe(50))
    expect(ticker()).toMatchObject({ received: 50, dropped: 0 })
  })

  test('cancelling the saga closes the channel, and with it the socket', async () => {
    const { task, ticker } = setup()
    await vi.waitFor(() => expect(server.clientCount()).toBe(1))
    await vi.waitFor(() => expect(ticker().status).toBe('open'))
    task.cancel()
    expect(ticker().status).toBe('stopped')
    await vi.waitFor(() => expect(server.clientCount()).toBe(0))
    expect(server.clientCloses).toEqual([1000])
  })

  test('cancelling while the socket is still connecting closes it too', async () => {
    const { task } = setup()
    expect(sockets[0]?.readyState).toBe(WebSocket.CONNECTING)
    task.cancel()
    await vi.waitFor(() => expect(sockets[0]?.readyState).toBe(WebSocket.CLOSED))
    expect(sockets).toHaveLength(1)
    expect(server.clientCount()).toBe(0)
  })
})
