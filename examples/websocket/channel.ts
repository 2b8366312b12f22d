// An eventChannel over a WebSocket: each message becomes a channel message, the socket closing
// ends the channel (END), and closing the channel (the saga was cancelled) closes the socket.
import { END, eventChannel, type Buffer, type EventChannel } from 'sagaloop'
import { CLOSING, parseTick, type SocketLike, type Tick } from './socket'

export type SocketEvent = { type: 'open' } | { type: 'tick'; tick: Tick }

/**
 * Subscribes at once, before the socket opens, so no early message is lost. The buffer holds
 * what arrives while the saga is busy: that is where backpressure is decided.
 */
export function socketChannel(
  socket: SocketLike,
  buffer: Buffer<SocketEvent>,
): EventChannel<SocketEvent> {
  return eventChannel<SocketEvent>((emit) => {
    const onOpen = () => emit({ type: 'open' })
    const onMessage = ({ data }: { data: unknown }) => {
      const tick = parseTick(data)
      if (tick !== undefined) emit({ type: 'tick', tick })
    }
    const onClose = () => emit(END)
    // A failed connection reports an error, then closes; `close` is what ends the channel.
    // (With `ws`, an error with no listener would also crash the process.)
    const onError = () => {}
    socket.addEventListener('open', onOpen)
    socket.addEventListener('message', onMessage)
    socket.addEventListener('close', onClose)
    socket.addEventListener('error', onError)

    return () => {
      socket.removeEventListener('open', onOpen)
      socket.removeEventListener('message', onMessage)
      socket.removeEventListener('close', onClose)
      // Keep swallowing errors: closing a socket that is still connecting reports one.
      if (socket.readyState < CLOSING) socket.close(1000, 'unsubscribed')
    }
  }, buffer)
}
