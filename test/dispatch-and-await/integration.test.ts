import { describe, expect, test } from 'vitest'
import { configureStore, createAction, createSlice, type Middleware } from '@reduxjs/toolkit'
import createSagaMiddleware, { awaitable, SagaError, type WithAwaiting } from 'sagaloop'
import { delay, put, take, takeEvery, takeLatestBy } from 'sagaloop/effects'
import { makeStore } from '../support/store'

const saveRequested = createAction<{ id: string; text: string }>('doc/save')
const saveDoc = awaitable<string>()(saveRequested)

function* saveWorker(action: ReturnType<typeof saveRequested>) {
  yield delay(1)
  return `${action.payload.id}=${action.payload.text}`
}

describe('awaiting a dispatch through a Redux Toolkit store', () => {
  function rtkStore(extra: Middleware[] = []) {
    const sagaMiddleware = createSagaMiddleware()
    const docs = createSlice({
      name: 'docs',
      initialState: { saving: 0 },
      reducers: {},
      extraReducers: (builder) =>
        builder.addCase(saveRequested, (state) => {
          state.saving++
        }),
    })
    const store = configureStore({
      reducer: { docs: docs.reducer },
      middleware: (gDM) => gDM().concat(...extra, sagaMiddleware),
    })
    // As an app declares it once: `export type AppDispatch = WithAwaiting<typeof store.dispatch>`.
    const dispatch = store.dispatch as WithAwaiting<typeof store.dispatch>
    return { store, dispatch, sagaMiddleware }
  }

  test('`await dispatch(action)` resolves with the worker’s result', async () => {
    const { store, dispatch, sagaMiddleware } = rtkStore()
    sagaMiddleware.run(function* () {
      yield takeEvery(saveDoc, saveWorker)
    })
    const saved: string = await dispatch(saveDoc({ id: 'a', text: 'x' }))
    expect(saved).toBe('a=x')
    expect(store.getState().docs.saving).toBe(1)
  })

  test('the serializable check and the reducers see an ordinary action', async () => {
    const warnings: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => warnings.push(args)
    try {
      const { dispatch, sagaMiddleware } = rtkStore()
      sagaMiddleware.run(function* () {
        yield takeEvery(saveDoc, saveWorker)
      })
      await dispatch(saveDoc({ id: 'a', text: 'x' }))
    } finally {
      console.error = original
    }
    expect(warnings).toEqual([])
  })

  test('concurrent dispatches through takeLatestBy each get their own key’s result', async () => {
    const { dispatch, sagaMiddleware } = rtkStore()
    sagaMiddleware.run(function* () {
      yield takeLatestBy(saveDoc, (action) => action.payload.id, saveWorker)
    })
    const results = await Promise.allSettled([
      dispatch(saveDoc({ id: 'a', text: '1' })),
      dispatch(saveDoc({ id: 'b', text: '1' })),
      dispatch(saveDoc({ id: 'a', text: '2' })),
    ])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled'])
    expect(results.slice(1)).toEqual([
      { status: 'fulfilled', value: 'b=1' },
      { status: 'fulfilled', value: 'a=2' },
    ])
  })

  test('a middleware before the saga middleware that copies actions does not lose the await', async () => {
    const copying: Middleware = () => (next) => (action) => next({ ...(action as object) })
    const { dispatch, sagaMiddleware } = rtkStore([copying])
    sagaMiddleware.run(function* () {
      yield takeEvery(saveDoc, saveWorker)
    })
    // The mark is read where the action is created, so only the object the creator returned
    // carries it; a copy made before the saga middleware is an ordinary action.
    const result = dispatch(saveDoc({ id: 'a', text: 'x' }))
    expect(result).not.toBeInstanceOf(Promise)
  })
})

describe('sagaMiddleware.dispatchAndWait', () => {
  test('awaits any plain action', async () => {
    const { sagaMiddleware, run } = makeStore()
    run(function* () {
      yield takeEvery('ping', function* () {
        yield delay(1)
        return 'pong'
      })
    })
    await expect(sagaMiddleware.dispatchAndWait<string>({ type: 'ping' })).resolves.toBe('pong')
  })

  test('rejects with UNHANDLED_ACTION when a middleware before it copies the action', async () => {
    const sagaMiddleware = createSagaMiddleware()
    const copying: Middleware = () => (next) => (action) => next({ ...(action as object) })
    configureStore({
      reducer: () => 0,
      middleware: (gDM) => gDM().concat(copying, sagaMiddleware),
    })
    sagaMiddleware.run(function* () {
      yield takeEvery('ping', () => 'pong')
    })
    const error = await sagaMiddleware.dispatchAndWait({ type: 'ping' }).catch((e: unknown) => e)
    expect((error as SagaError).code).toBe('UNHANDLED_ACTION')
    expect((error as SagaError).message).toContain('a middleware before it dropped or copied it')
  })

  test('throws MIDDLEWARE_NOT_MOUNTED before the store exists', () => {
    const sagaMiddleware = createSagaMiddleware()
    expect(() => sagaMiddleware.dispatchAndWait({ type: 'ping' })).toThrow(
      /^sagaMiddleware\.dispatchAndWait\(action\): the middleware is not mounted yet/,
    )
  })

  test('the same action object dispatched twice gets one answer per dispatch', async () => {
    const { sagaMiddleware, run } = makeStore()
    let runs = 0
    run(function* () {
      yield takeEvery('ping', function* () {
        yield delay(1)
        return ++runs
      })
    })
    const ping = { type: 'ping' }
    const answers = [sagaMiddleware.dispatchAndWait(ping), sagaMiddleware.dispatchAndWait(ping)]
    expect(await Promise.all(answers)).toEqual([1, 2])
  })

  test('rejects ALREADY_AWAITED for an object dispatched again before a saga took it', async () => {
    const { store, sagaMiddleware, run } = makeStore()
    run(function* () {
      yield takeEvery('ping', () => 'pong')
    })
    const ping = { type: 'ping' }
    const answers: Promise<unknown>[] = []
    let fired = false
    // Dispatched from a listener while a saga's put runs, the pings reach the sagas after that
    // put: the second dispatch finds the first still unanswered.
    const unsubscribe = store.subscribe(() => {
      if (fired) return
      fired = true
      answers.push(sagaMiddleware.dispatchAndWait(ping), sagaMiddleware.dispatchAndWait(ping))
    })
    run(function* () {
      yield put({ type: 'first' })
    })
    unsubscribe()
    expect(answers).toHaveLength(2)
    const [first, second] = answers as [Promise<unknown>, Promise<unknown>]
    const error = await second.catch((e: unknown) => e)
    expect((error as SagaError).code).toBe('ALREADY_AWAITED')
    await expect(first).resolves.toBe('pong')
  })

  test('a reducer that throws makes the dispatch throw, as without awaiting', () => {
    const { sagaMiddleware } = makeStore({
      reducer: (state: number | undefined, action) => {
        if (action.type === 'boom') throw new Error('reducer failed')
        return state ?? 0
      },
    })
    expect(() => sagaMiddleware.dispatchAndWait({ type: 'boom' })).toThrow('reducer failed')
  })

  test('an action put by a saga reaches the helper after the put and is still answered', async () => {
    const { sagaMiddleware, run } = makeStore()
    run(function* () {
      yield takeEvery('ping', () => 'pong')
    })
    run(function* () {
      yield take('go')
      yield put({ type: 'first' })
    })
    await expect(sagaMiddleware.dispatchAndWait({ type: 'ping' })).resolves.toBe('pong')
  })
})
