/**
 * Keyed helpers and awaited dispatches, through the installed package: `takeLatestBy` keys its
 * workers, `await dispatch(awaitableAction)` gets the worker's result.
 */
import assert from 'node:assert/strict'
import { applyMiddleware, legacy_createStore as createStore } from 'redux'
import createSagaMiddleware, {
  awaitable,
  awaiting,
  takeEveryBy as rootTakeEveryBy,
  takeLatestBy as rootTakeLatestBy,
  takeLeadingBy as rootTakeLeadingBy,
  type WithAwaiting,
} from 'sagaloop'
import { delay, takeEveryBy, takeLatestBy, takeLeadingBy } from 'sagaloop/effects'

// A type alias, not an interface: it is assignable to `UnknownAction`, as patterns need.
type Save = { type: 'save'; id: string; text: string }
const saveCreator = Object.assign(
  (id: string, text: string): Save => ({ type: 'save', id, text }),
  {
    type: 'save',
  },
)
const save = awaitable<string>()(saveCreator)

export async function runRequests(): Promise<void> {
  // 'sagaloop' re-exports the effects: the very same functions.
  assert.equal(rootTakeEveryBy, takeEveryBy)
  assert.equal(rootTakeLatestBy, takeLatestBy)
  assert.equal(rootTakeLeadingBy, takeLeadingBy)
  const sagaMiddleware = createSagaMiddleware()
  const store = createStore((state: number = 0) => state, applyMiddleware(sagaMiddleware))
  const dispatch = store.dispatch as WithAwaiting<typeof store.dispatch>
  const task = sagaMiddleware.run(function* () {
    yield* takeLatestBy(
      save,
      (action: Save) => action.id,
      function* (action: Save) {
        yield* delay(1)
        return `${action.id}=${action.text}`
      },
    )
    yield* takeLeadingBy(
      'ping',
      (action: { id: string }) => action.id,
      () => 'pong',
    )
    yield* takeEveryBy(
      'count',
      (action: { id: string }) => action.id,
      () => 1,
    )
  })
  const results = await Promise.allSettled([
    dispatch(save('a', '1')),
    dispatch(save('b', '1')),
    dispatch(save('a', '2')),
  ])
  assert.deepEqual(
    results.map((result) => (result.status === 'fulfilled' ? result.value : 'rejected')),
    ['rejected', 'b=1', 'a=2'],
  )
  assert.equal(await dispatch(awaiting<string>({ type: 'ping', id: 'x' })), 'pong')
  assert.equal(await sagaMiddleware.dispatchAndWait({ type: 'count', id: 'x' }), 1)
  task.cancel()
}
