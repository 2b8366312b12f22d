/**
 * actionChannel: it buffers the matching actions while the saga is busy, in the buffer it is
 * given, until closed; then flush, and how END reaches an action channel (ordering checked
 * against redux-saga).
 */
import { describe, expect, test } from 'vitest'
import { buffers, END } from 'sagaloop'
import { actionChannel, call, flush, take } from 'sagaloop/effects'
import { makeStore, flushAsync } from '../support/store'
import { runBoth, type Gen } from '../support/differential'

type Req = { type: 'REQ'; n: number }

describe('actionChannel', () => {
  test('queues the actions dispatched while the saga is busy and hands them over in order', async () => {
    const { store, run } = makeStore()
    const handled: number[] = []
    let release: () => void = () => {}
    run(function* () {
      const chan = yield* actionChannel<Req>('REQ')
      for (;;) {
        const { n } = yield* take(chan)
        yield call(() => new Promise<void>((resolve) => (release = resolve)))
        handled.push(n)
      }
    })
    for (let n = 1; n <= 3; n++) store.dispatch({ type: 'REQ', n })
    for (let i = 0; i < 3; i++) {
      release()
      await Promise.resolve()
      await Promise.resolve()
    }
    expect(handled).toEqual([1, 2, 3])
  })

  test('with a sliding buffer, a busy saga gets only the latest action', async () => {
    const { store, run } = makeStore()
    const handled: number[] = []
    let release: () => void = () => {}
    run(function* () {
      const chan = yield* actionChannel<Req>('REQ', buffers.sliding(1))
      for (;;) {
        const { n } = yield* take(chan)
        handled.push(n)
        yield call(() => new Promise<void>((resolve) => (release = resolve)))
      }
    })
    for (let n = 1; n <= 4; n++) store.dispatch({ type: 'REQ', n })
    release()
    await Promise.resolve()
    await Promise.resolve()
    expect(handled).toEqual([1, 4])
  })

  test('only actions matching the pattern are buffered', () => {
    const { store, run } = makeStore()
    let chanRef: unknown
    const task = run(function* () {
      const chan = yield* actionChannel<Req>('REQ')
      chanRef = chan
      yield* take('GO')
      return yield* flush(chan)
    })
    store.dispatch({ type: 'OTHER' })
    store.dispatch({ type: 'REQ', n: 1 })
    store.dispatch({ type: 'GO' })
    expect(chanRef).toBeDefined()
    expect(task.result()).toEqual([{ type: 'REQ', n: 1 }])
  })

  test('a fixed buffer that overflows throws BUFFER_OVERFLOW from the dispatch', () => {
    const { store, run } = makeStore()
    run(function* () {
      yield* actionChannel('REQ', buffers.fixed(1))
      yield* take('NEVER')
    })
    store.dispatch({ type: 'REQ', n: 1 })
    expect(() => store.dispatch({ type: 'REQ', n: 2 })).toThrow(
      expect.objectContaining({ code: 'BUFFER_OVERFLOW' }),
    )
  })

  test('closing the action channel stops listening to the store', () => {
    const { store, run } = makeStore()
    const task = run(function* () {
      const chan = yield* actionChannel<Req>('REQ')
      chan.close()
      return yield* flush(chan)
    })
    store.dispatch({ type: 'REQ', n: 1 })
    expect(task.result()).toMatchObject({ type: '@@redux-saga/CHANNEL_END' })
  })
})

test('flush takes every action buffered in an action channel at once', async () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    const requests = yield* actionChannel('REQUEST')
    yield call(() => new Promise((resolve) => setTimeout(resolve, 0)))
    return yield* flush(requests)
  })
  store.dispatch({ type: 'REQUEST', n: 1 })
  store.dispatch({ type: 'OTHER' })
  store.dispatch({ type: 'REQUEST', n: 2 })
  await flushAsync()
  expect(await task.toPromise()).toEqual([
    { type: 'REQUEST', n: 1 },
    { type: 'REQUEST', n: 2 },
  ])
})

test('flush of an empty action channel gives an empty array', () => {
  const { run } = makeStore()
  const task = run(function* () {
    const requests = yield* actionChannel('REQUEST')
    return yield* flush(requests)
  })
  expect(task.result()).toEqual([])
})

test('END ends a saga waiting for a store action, even with actions left in its action channel', () => {
  const taken: unknown[] = []
  const { run, store } = makeStore()
  const task = run(function* () {
    const requests = yield* actionChannel('REQUEST')
    yield take('START')
    for (;;) taken.push(yield* take(requests))
  })
  store.dispatch({ type: 'REQUEST', n: 1 })
  store.dispatch(END)
  expect(taken).toEqual([])
  expect(task.isRunning()).toBe(false)
})

test('actionChannel, flush and END behave as under redux-saga', async () => {
  const { sagaloop, reduxSaga } = await runBoth(({ effects: E, END: end }, log) => ({
    *saga(): Gen {
      const chan = yield E.actionChannel(['A', 'B'])
      yield E.delay(0)
      log(yield E.flush(chan))
      log(yield E.take(chan))
      yield E.delay(0)
      log(yield E.flush(chan))
      log(yield E.takeMaybe(chan))
      log(yield E.flush(chan))
      log(yield E.takeMaybe(chan))
    },
    async drive(store) {
      store.dispatch({ type: 'A', n: 1 })
      store.dispatch({ type: 'C' })
      store.dispatch({ type: 'B', n: 2 })
      await new Promise((resolve) => setTimeout(resolve, 0))
      store.dispatch({ type: 'A', n: 3 })
      store.dispatch({ type: 'A', n: 4 })
      store.dispatch({ type: 'B', n: 5 })
      store.dispatch(end)
    },
  }))
  expect(sagaloop).toEqual(reduxSaga)
})
