import { describe, expect, test } from 'vitest'
import { SagaError, stdChannel, type Task } from 'sagaloop'
import { call, takeLatestBy } from 'sagaloop/effects'
import { makeStore, flushAsync } from '../support/store'
import { heldTakers, takerCount } from '../support/channels'
import { deferredWorker } from '../support/deferred-worker'

const edited = (id: string, text: string) => ({ type: 'row/edited', payload: { id, text } })
const rowKey = (action: { payload: { id: string } }) => action.payload.id

describe('takeLatestBy', () => {
  test('a new action cancels the running worker of its own key only', () => {
    const worker = deferredWorker()
    const { store, run } = makeStore()
    run(function* () {
      yield takeLatestBy('row/edited', rowKey, worker.saga)
    })
    store.dispatch(edited('a', '1'))
    store.dispatch(edited('b', '1'))
    store.dispatch(edited('a', '2'))
    expect(worker.started).toEqual(['a:1', 'b:1', 'a:2'])
    expect(worker.cancelled).toEqual(['a:1'])
    expect(worker.running()).toEqual(['b:1', 'a:2'])
  })

  test('a worker that ended leaves the key free, and the next action starts a new one', async () => {
    const worker = deferredWorker()
    const { store, run } = makeStore()
    run(function* () {
      yield takeLatestBy('row/edited', rowKey, worker.saga)
    })
    store.dispatch(edited('a', '1'))
    worker.finish('a:1', 'saved')
    await flushAsync()
    store.dispatch(edited('a', '2'))
    expect(worker.cancelled).toEqual([])
    expect(worker.running()).toEqual(['a:2'])
  })

  test('the worker receives the extra arguments, then the action', () => {
    const seen: unknown[] = []
    const { store, run } = makeStore()
    run(function* () {
      yield takeLatestBy(
        'row/edited',
        rowKey,
        (api: string, action: unknown) => {
          seen.push(api, action)
        },
        'api',
      )
    })
    store.dispatch(edited('a', '1'))
    expect(seen).toEqual(['api', edited('a', '1')])
  })

  test('cancelling the helper cancels every key’s worker and leaves no taker', () => {
    const channel = stdChannel()
    const worker = deferredWorker()
    const { store, run } = makeStore({ channel })
    const task = run(function* () {
      yield takeLatestBy('row/edited', rowKey, worker.saga)
    })
    store.dispatch(edited('a', '1'))
    store.dispatch(edited('b', '1'))
    task.cancel()
    expect(worker.cancelled).toEqual(['a:1', 'b:1'])
    expect(worker.running()).toEqual([])
    expect(takerCount(channel)).toBe(0)
    expect(heldTakers(channel)).toBe(0)
  })

  test('keyOf throwing fails the helper with a SagaError naming it, and dispatch returns', () => {
    const errors: unknown[] = []
    const { store, run } = makeStore({ onError: (error) => errors.push(error) })
    function badKey(action: { payload: { id: string } }): string {
      if (action.payload.id === 'x') throw new Error('no id')
      return action.payload.id
    }
    const task: Task = run(function* () {
      yield takeLatestBy('row/edited', badKey, function* saveRow() {})
    })
    expect(() => store.dispatch(edited('x', '1'))).not.toThrow()
    expect(task.isAborted()).toBe(true)
    const error = task.error() as SagaError
    expect(error).toBeInstanceOf(SagaError)
    expect(error.code).toBe('KEY_OF_FAILED')
    expect(error.message).toContain('takeLatestBy("row/edited", badKey, saveRow)')
    expect(error.message).toContain('no id')
    expect((error as Error & { cause?: unknown }).cause).toEqual(new Error('no id'))
    expect(errors).toEqual([error])
  })

  test('keyOf returning an object fails the helper with INVALID_KEY', () => {
    const { store, run } = makeStore({ onError: () => {} })
    const task = run(function* () {
      yield takeLatestBy(
        'row/edited',
        (action) => action as never,
        function* saveRow() {},
      )
    })
    store.dispatch(edited('a', '1'))
    expect((task.error() as SagaError).code).toBe('INVALID_KEY')
  })

  test('a worker that throws fails the helper, as with takeLatest', () => {
    const { store, run } = makeStore({ onError: () => {} })
    const task = run(function* () {
      yield takeLatestBy('row/edited', rowKey, function* () {
        yield call(() => {
          throw new Error('save failed')
        })
      })
    })
    store.dispatch(edited('a', '1'))
    expect(task.error()).toEqual(new Error('save failed'))
  })

  test('its task is named as written, for saga stacks and the inspector', () => {
    const { run } = makeStore()
    const names: string[] = []
    run(function* () {
      const task = (yield takeLatestBy('row/edited', rowKey, function* saveRow() {})) as Task
      names.push(task.meta.name)
    })
    expect(names).toEqual(['takeLatestBy("row/edited", rowKey, saveRow)'])
  })

  test('a key-less action can be keyed by undefined, all such actions sharing one key', () => {
    const worker = deferredWorker()
    const { store, run } = makeStore()
    run(function* () {
      yield takeLatestBy('row/edited', () => undefined, worker.saga)
    })
    store.dispatch(edited('a', '1'))
    store.dispatch(edited('b', '1'))
    expect(worker.cancelled).toEqual(['a:1'])
  })

  test('validates keyOf and worker when the effect is created', () => {
    expect(() => takeLatestBy('row/edited', 'id' as never, () => {})).toThrow(
      'takeLatestBy(pattern, keyOf, worker): keyOf must be a function; got "id".',
    )
    expect(() => takeLatestBy('row/edited', rowKey, undefined as never)).toThrow(SagaError)
  })
})
