import { describe, expect, test } from 'vitest'
import { stdChannel } from 'sagaloop'
import { takeEveryBy } from 'sagaloop/effects'
import { makeStore, flushAsync } from '../support/store'
import { takerCount } from '../support/channels'
import { deferredWorker } from '../support/deferred-worker'

const patched = (id: string, text: string) => ({ type: 'doc/patched', payload: { id, text } })
const docKey = (action: { payload: { id: string } }) => action.payload.id

describe('takeEveryBy', () => {
  test('runs a key’s actions one after another, in dispatch order', async () => {
    const worker = deferredWorker()
    const { store, run } = makeStore()
    run(function* () {
      yield takeEveryBy('doc/patched', docKey, worker.saga)
    })
    store.dispatch(patched('a', '1'))
    store.dispatch(patched('a', '2'))
    store.dispatch(patched('a', '3'))
    expect(worker.started).toEqual(['a:1'])
    worker.finish('a:1')
    await flushAsync()
    expect(worker.started).toEqual(['a:1', 'a:2'])
    worker.finish('a:2')
    await flushAsync()
    expect(worker.started).toEqual(['a:1', 'a:2', 'a:3'])
  })

  test('different keys run side by side', () => {
    const worker = deferredWorker()
    const { store, run } = makeStore()
    run(function* () {
      yield takeEveryBy('doc/patched', docKey, worker.saga)
    })
    store.dispatch(patched('a', '1'))
    store.dispatch(patched('b', '1'))
    expect(worker.running()).toEqual(['a:1', 'b:1'])
  })

  test('a key that ran out of work starts afresh on its next action', async () => {
    const worker = deferredWorker()
    const { store, run } = makeStore()
    run(function* () {
      yield takeEveryBy('doc/patched', docKey, worker.saga)
    })
    store.dispatch(patched('a', '1'))
    worker.finish('a:1')
    await flushAsync()
    store.dispatch(patched('a', '2'))
    expect(worker.running()).toEqual(['a:2'])
  })

  test('cancelling the helper cancels the running workers and drops the queued actions', () => {
    const channel = stdChannel()
    const worker = deferredWorker()
    const { store, run } = makeStore({ channel })
    const task = run(function* () {
      yield takeEveryBy('doc/patched', docKey, worker.saga)
    })
    store.dispatch(patched('a', '1'))
    store.dispatch(patched('a', '2'))
    task.cancel()
    expect(worker.cancelled).toEqual(['a:1'])
    expect(worker.started).toEqual(['a:1'])
    expect(takerCount(channel)).toBe(0)
  })
})
