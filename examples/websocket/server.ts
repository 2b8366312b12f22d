// A ticker server over WebSocket (the `ws` package), on 127.0.0.1 with an OS-chosen port. It
// can tick on a timer, send bursts on demand, and drop every connection, for tests and the demo.
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Tick } from './socket'

export interface TickerServerOptions {
  /** Send a tick every `intervalMs` to every client; by default, only on `burst`. */
  intervalMs?: number
}

export interface TickerServer {
  url: string
  /** Clients connected now. */
  clientCount(): number
  /** Connections accepted since the start. */
  readonly accepted: number
  /** The close codes of connections the clients closed (1000: a normal close). */
  readonly clientCloses: number[]
  /** Sends `count` ticks to every client at once. */
  burst(count: number): void
  /** Cuts every connection, as a crash or a network failure would. */
  dropConnections(): void
  close(): Promise<void>
}

const symbols = ['ACME', 'INITECH', 'GLOBEX'] as const

export async function startTickerServer(options: TickerServerOptions = {}): Promise<TickerServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => wss.once('listening', resolve))
  const { port } = wss.address() as AddressInfo

  let seq = 0
  let accepted = 0
  const clientCloses: number[] = []
  const dropping = new Set<WebSocket>()
  const prices = new Map<string, number>(symbols.map((symbol) => [symbol, 100]))

  wss.on('connection', (socket) => {
    accepted += 1
    socket.on('close', (code) => {
      if (!dropping.delete(socket)) clientCloses.push(code)
    })
  })

  const nextTick = (): Tick => {
    seq += 1
    const symbol = symbols[seq % symbols.length] ?? 'ACME'
    // A random walk, rounded to cents.
    const price = Math.round(((prices.get(symbol) ?? 100) + (Math.random() - 0.5) * 2) * 100) / 100
    prices.set(symbol, price)
    return { seq, symbol, price }
  }

  const broadcast = (tick: Tick) => {
    const data = JSON.stringify(tick)
    for (const client of wss.clients) client.send(data)
  }

  const timer =
    options.intervalMs === undefined
      ? undefined
      : setInterval(() => broadcast(nextTick()), options.intervalMs)

  return {
    url: `ws://127.0.0.1:${port}`,
    clientCount: () => wss.clients.size,
    get accepted() {
      return accepted
    },
    clientCloses,
    burst(count) {
      for (let i = 0; i < count; i++) broadcast(nextTick())
    },
    dropConnections() {
      for (const client of wss.clients) {
        dropping.add(client)
        client.terminate()
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(timer)
        for (const client of wss.clients) client.terminate()
        wss.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
