import { describe, expect, test } from 'vitest'
import { createAction } from '@reduxjs/toolkit'
import { awaitable, awaiting, SagaError } from 'sagaloop'
import { call, delay, putResolve, take, takeEvery, takeLatest, takeLeading } from 'sagaloop/effects'
import { awaitingStore, makeStore } from '../support/store'

interface Doc {
  id: string
  text: string
}
const saveRequested = createAction<Doc>('doc/save')
const saveDoc = awaitable<{ savedAt: number }>()(saveRequested)

/** Resolves once the promise settles, with how: so a test can assert a rejection's error. */
const outcome = (
  promise: Promise<unknown>,
): Promise<{ ok: boolean; value?: unknown; error?: unknown }> =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  )

describe('awaiting a dispatch', () => {
  test('resolves with the value the worker returned', async () => {
    const { dispatch, run } = awaitingStore()
    run(function* () {
      yield takeEvery(saveRequested, function* (action) {
        yield delay(1)
        return { savedAt: action.payload.text.length }
      })
    })
    await expect(dispatch(saveDoc({ id: 'a', text: 'hello' }))).resolves.toEqual({
      savedAt: 5,
    })
  })

  test('rejects with the error the worker threw', async () => {
    const { dispatch, run } = awaitingStore({ onError: () => {} })
    run(function* () {
      yield takeEvery(saveDoc, function* () {
        yield call(() => Promise.reject(new Error('disk full')))
      })
    })
    await expect(dispatch(saveDoc({ id: 'a', text: '' }))).rejects.toThrow('disk full')
  })

  test('rejects with CANCELLED when takeLatest replaces the worker', async () => {
    const { dispatch, run } = awaitingStore()
    run(function* () {
      yield takeLatest(saveDoc, function* (action) {
        yield delay(1)
        return { savedAt: action.payload.text.length }
      })
    })
    const first = outcome(dispatch(saveDoc({ id: 'a', text: 'one' })))
    const second = dispatch(saveDoc({ id: 'a', text: 'three' }))
    const settled = await first
    expect(settled.ok).toBe(false)
    expect((settled.error as SagaError).code).toBe('CANCELLED')
    expect((settled.error as SagaError).message).toMatch(/^dispatch\("doc\/save"\): the worker/)
    await expect(second).resolves.toEqual({ savedAt: 5 })
  })

  test('rejects with CANCELLED when the saga running the helper is cancelled', async () => {
    const { dispatch, run } = awaitingStore()
    const task = run(function* () {
      yield takeEvery(saveDoc, function* () {
        yield take('never')
      })
    })
    const pending = outcome(dispatch(saveDoc({ id: 'a', text: '' })))
    task.cancel()
    expect(((await pending).error as SagaError).code).toBe('CANCELLED')
  })

  test('works with takeLeading, whose worker is called rather than forked', async () => {
    const { dispatch, run } = awaitingStore()
    run(function* () {
      yield takeLeading(saveDoc, function* () {
        yield delay(1)
        return { savedAt: 1 }
      })
    })
    await expect(dispatch(saveDoc({ id: 'a', text: '' }))).resolves.toEqual({ savedAt: 1 })
  })

  test('an action takeLeading ignores while busy rejects with UNHANDLED_ACTION', async () => {
    const { dispatch, run } = awaitingStore()
    run(function* () {
      yield takeLeading(saveDoc, function* () {
        yield delay(1)
        return { savedAt: 1 }
      })
    })
    const first = dispatch(saveDoc({ id: 'a', text: '' }))
    const ignored = outcome(dispatch(saveDoc({ id: 'a', text: '' })))
    expect(((await ignored).error as SagaError).code).toBe('UNHANDLED_ACTION')
    await expect(first).resolves.toEqual({ savedAt: 1 })
  })

  test('a dispatch no saga handles rejects with UNHANDLED_ACTION instead of hanging', async () => {
    const { dispatch } = awaitingStore()
    const error = (await outcome(dispatch(saveDoc({ id: 'a', text: '' })))).error
    expect(error).toBeInstanceOf(SagaError)
    expect((error as SagaError).code).toBe('UNHANDLED_ACTION')
    expect((error as SagaError).message).toMatch(
      /^dispatch\("doc\/save"\): no saga started a worker for this action/,
    )
  })

  test('rejects with TIMEOUT when the worker takes longer than the timeout', async () => {
    const slowSave = awaitable<void>({ timeout: 5 })(saveRequested)
    const { dispatch, run } = awaitingStore()
    run(function* () {
      yield takeEvery(saveRequested, function* () {
        yield take('never')
      })
    })
    const error = (await outcome(dispatch(slowSave({ id: 'a', text: '' })))).error
    expect((error as SagaError).code).toBe('TIMEOUT')
    expect((error as SagaError).message).toBe(
      'dispatch("doc/save"): its worker did not finish within 5 ms.',
    )
  })

  test('the reducers see the plain action, with nothing added to it', async () => {
    const { dispatch, run, actions } = awaitingStore()
    run(function* () {
      yield takeEvery(saveDoc, () => ({ savedAt: 0 }))
    })
    const action = saveDoc({ id: 'a', text: 'x' })
    await dispatch(action)
    expect(actions).toEqual([{ type: 'doc/save', payload: { id: 'a', text: 'x' } }])
    expect(Reflect.ownKeys(action)).toEqual(['type', 'payload'])
    expect(JSON.parse(JSON.stringify(action))).toEqual(action)
  })

  test('the wrapped creator is still a pattern and a matcher', () => {
    expect(saveDoc.type).toBe('doc/save')
    expect(saveDoc.match({ type: 'doc/save', payload: { id: 'a', text: '' } })).toBe(true)
    expect(String(saveDoc)).toBe('doc/save')
  })

  test('re-dispatching an answered action is a plain dispatch again', async () => {
    const { dispatch, run } = awaitingStore()
    run(function* () {
      yield takeEvery(saveDoc, () => ({ savedAt: 0 }))
    })
    const action = saveDoc({ id: 'a', text: '' })
    await dispatch(action)
    expect(dispatch(action as never)).toBe(action)
  })

  test('a saga can putResolve an awaitable action and get the worker’s result', async () => {
    const { run } = makeStore()
    const results: unknown[] = []
    run(function* () {
      yield takeEvery(saveDoc, () => ({ savedAt: 7 }))
    })
    const task = run(function* () {
      results.push(yield putResolve(saveDoc({ id: 'a', text: '' })))
    })
    await task.toPromise()
    expect(results).toEqual([{ savedAt: 7 }])
  })

  test('awaiting(action) marks a single plain action', async () => {
    const { dispatch, run } = awaitingStore()
    run(function* () {
      yield takeEvery('ping', () => 'pong')
    })
    await expect(dispatch(awaiting<string>({ type: 'ping' }))).resolves.toBe('pong')
  })
})
