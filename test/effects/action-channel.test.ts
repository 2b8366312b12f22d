import { describe, expect, test } from 'vitest'
import { buffers } from 'sagaloop'
import { actionChannel, call, flush, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

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
