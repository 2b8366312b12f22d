import { describe, expect, test } from 'vitest'
import { awaiting, type SagaError } from 'sagaloop'
import { take, takeEveryBy, takeLatestBy, takeLeadingBy } from 'sagaloop/effects'
import { awaitingStore } from '../support/store'

interface Save {
  type: 'save'
  id: string
  n: number
}
const save = (id: string, n: number) => awaiting<string, Save>({ type: 'save', id, n })
const byId = (action: Save) => action.id
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    (value) => value,
    (error: unknown) => (error as SagaError).code,
  )

describe('awaiting a dispatch handled by a keyed helper', () => {
  test('a worker that returns at once resolves its awaiter', async () => {
    const { dispatch, run } = awaitingStore()
    run(function* () {
      yield takeLatestBy('save', byId, (action: Save) => `saved ${action.n}`)
    })
    await expect(dispatch(save('a', 1))).resolves.toBe('saved 1')
  })

  test('takeLeadingBy: an action ignored while its key is busy rejects UNHANDLED_ACTION', async () => {
    const { dispatch, run, store } = awaitingStore()
    run(function* () {
      yield takeLeadingBy('save', byId, function* (action: Save) {
        yield take('go')
        return `saved ${action.n}`
      })
    })
    const first = codeOf(dispatch(save('a', 1)))
    const ignored = codeOf(dispatch(save('a', 2)))
    const other = codeOf(dispatch(save('b', 3)))
    expect(await ignored).toBe('UNHANDLED_ACTION')
    store.dispatch({ type: 'go' })
    expect(await Promise.all([first, other])).toEqual(['saved 1', 'saved 3'])
  })

  test('takeEveryBy: queued actions of a key resolve in turn with their own results', async () => {
    const { dispatch, run, store } = awaitingStore()
    run(function* () {
      yield takeEveryBy('save', byId, function* (action: Save) {
        yield take('go')
        return `saved ${action.n}`
      })
    })
    const answers = [dispatch(save('a', 1)), dispatch(save('a', 2))]
    store.dispatch({ type: 'go' })
    expect(await answers[0]).toBe('saved 1')
    store.dispatch({ type: 'go' })
    expect(await answers[1]).toBe('saved 2')
  })

  test('takeEveryBy: cancelling the helper rejects the running and the queued awaiters', async () => {
    const { dispatch, run } = awaitingStore()
    const task = run(function* () {
      yield takeEveryBy('save', byId, function* () {
        yield take('never')
      })
    })
    const answers = [codeOf(dispatch(save('a', 1))), codeOf(dispatch(save('a', 2)))]
    task.cancel()
    expect(await Promise.all(answers)).toEqual(['CANCELLED', 'CANCELLED'])
  })
})
