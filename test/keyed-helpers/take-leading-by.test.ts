import { describe, expect, test } from 'vitest'
import { stdChannel, type Task } from 'sagaloop'
import { takeLeadingBy } from 'sagaloop/effects'
import { makeStore, flushAsync } from '../support/store'
import { heldTakers, takerCount } from '../support/channels'
import { deferredWorker } from '../support/deferred-worker'

const refresh = (id: string, text: string) => ({ type: 'device/refresh', payload: { id, text } })
const deviceKey = (action: { payload: { id: string } }) => action.payload.id

describe('takeLeadingBy', () => {
  test('ignores a key’s actions while its worker runs, and not other keys’', () => {
    const worker = deferredWorker()
    const { store, run } = makeStore()
    run(function* () {
      yield takeLeadingBy('device/refresh', deviceKey, worker.saga)
    })
    store.dispatch(refresh('a', '1'))
    store.dispatch(refresh('a', '2'))
    store.dispatch(refresh('b', '1'))
    expect(worker.started).toEqual(['a:1', 'b:1'])
    expect(worker.cancelled).toEqual([])
  })

  test('takes the key’s next action once its worker ended', async () => {
    const worker = deferredWorker()
    const { store, run } = makeStore()
    run(function* () {
      yield takeLeadingBy('device/refresh', deviceKey, worker.saga)
    })
    store.dispatch(refresh('a', '1'))
    worker.finish('a:1')
    await flushAsync()
    store.dispatch(refresh('a', '2'))
    expect(worker.started).toEqual(['a:1', 'a:2'])
  })

  test('a worker that ends synchronously frees its key for the very next dispatch', () => {
    const started: string[] = []
    const { store, run } = makeStore()
    run(function* () {
      yield takeLeadingBy(
        'device/refresh',
        deviceKey,
        (action: { payload: { id: string; text: string } }) => {
          started.push(action.payload.text)
        },
      )
    })
    store.dispatch(refresh('a', '1'))
    store.dispatch(refresh('a', '2'))
    expect(started).toEqual(['1', '2'])
  })

  test('cancelling the helper cancels every key’s worker and leaves no taker', () => {
    const channel = stdChannel()
    const worker = deferredWorker()
    const { store, run } = makeStore({ channel })
    const task: Task = run(function* () {
      yield takeLeadingBy('device/refresh', deviceKey, worker.saga)
    })
    store.dispatch(refresh('a', '1'))
    store.dispatch(refresh('b', '1'))
    task.cancel()
    expect(worker.cancelled).toEqual(['a:1', 'b:1'])
    expect(takerCount(channel)).toBe(0)
    expect(heldTakers(channel)).toBe(0)
  })
})
