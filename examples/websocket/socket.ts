// What the saga needs of a WebSocket. Both the browser's `WebSocket` and the `ws` package's
// satisfy it, so the saga runs unchanged in either; only the code that opens sockets differs.

export interface SocketMessageEvent {
  data: unknown
}

export interface SocketCloseEvent {
  code: number
}

export interface SocketLike {
  readonly readyState: number
  addEventListener(type: 'open', listener: () => void): void
  addEventListener(type: 'message', listener: (event: SocketMessageEvent) => void): void
  addEventListener(type: 'close', listener: (event: SocketCloseEvent) => void): void
  addEventListener(type: 'error', listener: (event: unknown) => void): void
  removeEventListener(type: 'open', listener: () => void): void
  removeEventListener(type: 'message', listener: (event: SocketMessageEvent) => void): void
  removeEventListener(type: 'close', listener: (event: SocketCloseEvent) => void): void
  removeEventListener(type: 'error', listener: (event: unknown) => void): void
  close(code?: number, reason?: string): void
}

/** Opens a socket to `url`: `(url) => new WebSocket(url)`, in the browser or with `ws`. */
export type OpenSocket = (url: string) => SocketLike

/** WebSocket.CLOSING: from this state on, `close()` has nothing left to do. */
export const CLOSING = 2

/** One price update, as the server sends it (JSON). */
export interface Tick {
  /** Increases by one with every tick the server sends: a gap means ticks were dropped. */
  seq: number
  symbol: string
  price: number
}

export function parseTick(data: unknown): Tick | undefined {
  if (typeof data !== 'string') return undefined
  try {
    const value = JSON.parse(data) as Partial<Tick>
    if (
      typeof value.seq === 'number' &&
      typeof value.symbol === 'string' &&
      typeof value.price === 'number'
    ) {
      return { seq: value.seq, symbol: value.symbol, price: value.price }
    }
  } catch {
    // Not JSON: not a tick.
  }
  return undefined
}
