// Keeps a WebSocket to the ticker open for as long as the saga runs: messages go to the store,
// a dropped connection is opened again after a pause, and cancelling the saga closes the socket.
import { buffers, isEnd, type Buffer } from 'sagaloop'
import { call, cancelled, delay, put, takeMaybe } from 'sagaloop/effects'
import { socketChannel, type SocketEvent } from './channel'
import { connected, connecting, disconnected, stopped, tickReceived } from './slice'
import type { OpenSocket } from './socket'

export interface TickerSagaOptions {
  url: string
  openSocket: OpenSocket
  /** Pause before opening a lost connection again. */
  reconnectDelayMs?: number
  /**
   * Holds the ticks that arrive while the saga is busy. The default keeps the latest 100 and
   * drops older ones: for prices, only the latest matter. `buffers.expanding()` would keep all.
   */
  buffer?: () => Buffer<SocketEvent>
  /** Time spent on each tick, to simulate a slow consumer (and see the buffer at work). */
  processMs?: number
}

export function* tickerSaga(options: TickerSagaOptions) {
  const {
    url,
    openSocket,
    reconnectDelayMs = 1000,
    buffer = () => buffers.sliding<SocketEvent>(100),
    processMs = 0,
  } = options
  try {
    for (;;) {
      yield put(connecting())
      const socket = yield* call(openSocket, url)
      const channel = yield* call(socketChannel, socket, buffer())
      try {
        for (;;) {
          // takeMaybe: the socket closing (END) is news to handle here, not the end of the saga.
          const event = yield* takeMaybe(channel)
          if (isEnd(event)) break
          if (event.type === 'open') {
            yield put(connected())
          } else {
            yield put(tickReceived(event.tick))
            if (processMs > 0) yield delay(processMs)
          }
        }
      } finally {
        // On cancel this closes the socket (the channel's unsubscribe); after END it is a no-op.
        channel.close()
      }
      yield put(disconnected())
      yield delay(reconnectDelayMs)
    }
  } finally {
    if (yield* cancelled()) yield put(stopped())
  }
}
