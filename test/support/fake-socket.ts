import type { SocketLike } from '../../examples/websocket/socket'

type Listener = (event?: unknown) => void

/** A socket in memory: the test opens it and sends messages as the server would. */
export function fakeSocket() {
  const listeners = new Map<string, Set<Listener>>()
  let readyState = 0
  const emit = (type: string, event?: unknown) => {
    for (const listener of listeners.get(type) ?? []) listener(event)
  }
  const socket = {
    get readyState() {
      return readyState
    },
    addEventListener(type: string, listener: Listener) {
      if (!listeners.has(type)) listeners.set(type, new Set())
      listeners.get(type)?.add(listener)
    },
    removeEventListener(type: string, listener: Listener) {
      listeners.get(type)?.delete(listener)
    },
    close() {
      readyState = 3
      emit('close', { code: 1000 })
    },
    open() {
      readyState = 1
      emit('open')
    },
    message(data: unknown) {
      emit('message', { data: JSON.stringify(data) })
    },
  }
  return socket as SocketLike & { open(): void; message(data: unknown): void }
}
