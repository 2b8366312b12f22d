/**
 * `use` ties a resource to its task: released however the task ends, after its `finally`, in
 * reverse order; a failing release is reported, never lost.
 */
import { expect, test, vi } from 'vitest'
import { eventChannel, SagaError, type SagaMonitor } from 'sagaloop'
import {
  actionChannel,
  call,
  cancel,
  delay,
  fork,
  race,
  take,
  takeLatest,
  use,
} from 'sagaloop/effects'
import { makeStore } from '../support/store'

/** An outside source that counts its subscriptions. */
function source() {
  const state = { subscribed: 0, unsubscribed: 0, emit: (_n: number) => {} }
  const channel = () =>
    eventChannel<number>((emit) => {
      state.subscribed++
      state.emit = emit
      return () => state.unsubscribed++
    })
  return { state, channel }
}

test('a used eventChannel is closed when its task ends normally', () => {
  const { state, channel } = source()
  const { run } = makeStore()
  const task = run(function* () {
    const chan = yield* use(channel())
    return chan !== undefined
  })
  expect(task.result()).toBe(true)
  expect(state).toMatchObject({ subscribed: 1, unsubscribed: 1 })
})

test('a used eventChannel is closed when its task is cancelled', () => {
  const { state, channel } = source()
  const { run } = makeStore()
  const task = run(function* () {
    const chan = yield* use(channel())
    yield take(chan)
  })
  expect(state.unsubscribed).toBe(0)
  task.cancel()
  expect(state.unsubscribed).toBe(1)
})

test('a used eventChannel is closed when its task fails', () => {
  const { state, channel } = source()
  const { run, store } = makeStore({ onError: () => {} })
  const task = run(function* () {
    yield* use(channel())
    yield take('BOOM')
    throw new Error('boom')
  })
  store.dispatch({ type: 'BOOM' })
  expect(task.isAborted()).toBe(true)
  expect(state.unsubscribed).toBe(1)
})

test('a race loser releases what it used', async () => {
  const { state, channel } = source()
  const { run } = makeStore()
  const task = run(function* () {
    return yield* race({
      listen: call(function* () {
        const chan = yield* use(channel())
        yield take(chan)
      }),
      timeout: delay(1),
    })
  })
  await task.toPromise()
  expect(state).toMatchObject({ subscribed: 1, unsubscribed: 1 })
})

test('a takeLatest worker that is replaced releases what it used', () => {
  const { state, channel } = source()
  const { run, store } = makeStore()
  run(function* () {
    yield takeLatest('OPEN', function* () {
      const chan = yield* use(channel())
      yield take(chan)
    })
  })
  store.dispatch({ type: 'OPEN' })
  store.dispatch({ type: 'OPEN' })
  store.dispatch({ type: 'OPEN' })
  expect(state).toMatchObject({ subscribed: 3, unsubscribed: 2 })
})

test('a used actionChannel stops listening and buffering when its task ends', () => {
  const { run, store } = makeStore()
  let buffered: unknown
  const task = run(function* () {
    const requests = yield* use(actionChannel('REQUEST'))
    buffered = requests
    yield take('STOP')
  })
  store.dispatch({ type: 'REQUEST' })
  store.dispatch({ type: 'STOP' })
  expect(task.isRunning()).toBe(false)
  const flushed: unknown[] = []
  ;(buffered as { flush(cb: (items: unknown) => void): void }).flush((items) => flushed.push(items))
  // Closed: the buffered request is still there to flush, nothing new arrives.
  store.dispatch({ type: 'REQUEST' })
  expect(flushed).toEqual([[{ type: 'REQUEST' }]])
})

test('an actionChannel without use keeps redux-saga behaviour: it listens after its task ended', () => {
  const { run, store } = makeStore()
  let chan: { flush(cb: (items: unknown) => void): void } | undefined
  run(function* () {
    chan = yield* actionChannel('REQUEST')
  })
  store.dispatch({ type: 'REQUEST' })
  const flushed: unknown[] = []
  chan?.flush((items) => flushed.push(items))
  expect(flushed).toEqual([[{ type: 'REQUEST' }]])
})

test('acquire/release: release gets what acquire gave, an effect acquire is run first', () => {
  const { run } = makeStore()
  const released: string[] = []
  run(function* () {
    const socket = yield* use(
      call(() => Promise.resolve('socket')),
      (s) => void released.push(s),
    )
    return socket
  })
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
    expect(released).toEqual(['socket'])
  })
})

test('releases run after the finally block, in reverse order of acquisition', () => {
  const { run } = makeStore()
  const log: string[] = []
  const task = run(function* () {
    try {
      yield* use('first', () => log.push('release first'))
      yield* use('second', () => log.push('release second'))
      yield take('NEVER')
    } finally {
      log.push('finally')
    }
  })
  task.cancel()
  expect(log).toEqual(['finally', 'release second', 'release first'])
})

test('releases wait for the forks of the task, which may share the resource', () => {
  const { state, channel } = source()
  const { run, store } = makeStore()
  const received: number[] = []
  run(function* () {
    const chan = yield* use(channel())
    yield fork(function* worker() {
      received.push(yield* take(chan))
      yield take('DONE')
    })
  })
  state.emit(1)
  expect(state.unsubscribed).toBe(0)
  store.dispatch({ type: 'DONE' })
  expect(received).toEqual([1])
  expect(state.unsubscribed).toBe(1)
})

test('an async finally delays the release until it has finished', async () => {
  const { run } = makeStore()
  const log: string[] = []
  const task = run(function* () {
    try {
      yield* use('r', () => log.push('release'))
      yield take('NEVER')
    } finally {
      yield delay(1)
      log.push('finally done')
    }
  })
  task.cancel()
  expect(log).toEqual([])
  await new Promise((resolve) => setTimeout(resolve, 5))
  expect(log).toEqual(['finally done', 'release'])
})

test('a release that throws is reported with the saga stack and to the monitor; the others run', () => {
  const onError = vi.fn()
  const effectRejected = vi.fn()
  const monitor: SagaMonitor = { effectRejected }
  const { run } = makeStore({ onError, sagaMonitor: monitor })
  const log: string[] = []
  const task = run(function* openSockets() {
    yield* use('a', () => log.push('a'))
    yield* use('b', () => {
      throw new Error('release b broke')
    })
    yield take('NEVER')
  })
  task.cancel()
  expect(log).toEqual(['a'])
  expect(onError).toHaveBeenCalledTimes(1)
  const [error, info] = onError.mock.calls[0] as [Error, { sagaStack: string }]
  expect(error.message).toBe('release b broke')
  expect(info.sagaStack).toContain('openSockets')
  expect(effectRejected).toHaveBeenCalledWith(expect.any(Number), error)
})

test('a release that rejects is reported, and the next release waits for it', async () => {
  const onError = vi.fn()
  const done = new Promise<void>((resolve) => onError.mockImplementation(() => resolve()))
  const { run } = makeStore({ onError })
  const log: string[] = []
  run(function* () {
    yield* use('a', () => log.push('a'))
    yield* use('b', () => Promise.reject(new Error('async release broke')))
  })
  expect(log).toEqual([])
  await done
  await Promise.resolve()
  expect(log).toEqual(['a'])
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ message: 'async release broke' })
})

test('a failed acquisition owns nothing and fails the saga', () => {
  const { run } = makeStore({ onError: () => {} })
  const release = vi.fn()
  const task = run(function* () {
    yield* use(
      call(() => {
        throw new Error('could not open')
      }),
      release,
    )
  })
  expect(task.isAborted()).toBe(true)
  expect(release).not.toHaveBeenCalled()
})

test('cancelled while acquiring: the acquisition is cancelled and nothing is owned', () => {
  const { run } = makeStore()
  const release = vi.fn()
  const task = run(function* () {
    yield* use(
      call(() => new Promise(() => {})),
      release,
    )
  })
  task.cancel()
  expect(release).not.toHaveBeenCalled()
})

test('use of something that cannot be closed, without a release, is a SagaError', () => {
  expect(() => use({} as never)).toThrow(SagaError)
  expect(() => use({} as never)).toThrow(/^use\(resource\)/)
  expect(() => use('x', 'not a function' as never)).toThrow(/^use\(resource, release\)/)
})

test('cancel of a forked child releases its resources before the canceller goes on', () => {
  const { state, channel } = source()
  const { run } = makeStore()
  let atCancel = -1
  run(function* () {
    const child = yield* fork(function* () {
      const chan = yield* use(channel())
      yield take(chan)
    })
    yield cancel(child)
    atCancel = state.unsubscribed
  })
  expect(atCancel).toBe(1)
})
