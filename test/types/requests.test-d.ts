import { describe, expectTypeOf, test } from 'vitest'
import { configureStore, createAction, createSlice, type PayloadAction } from '@reduxjs/toolkit'
import createSagaMiddleware, {
  awaitable,
  awaiting,
  channel,
  type AwaitedResult,
  type WithAwaiting,
} from 'sagaloop'
import {
  call,
  takeEveryBy,
  takeLatestBy,
  takeLeadingBy,
  type ForkEffect,
  type SagaReturnType,
} from 'sagaloop/effects'

interface Row {
  id: number
  text: string
}
interface Saved {
  id: number
  savedAt: number
}
const rowEdited = createAction<Row>('rows/edited')
const rows = createSlice({
  name: 'rows',
  initialState: [] as Row[],
  reducers: { renamed: (state, _action: PayloadAction<{ id: number; name: string }>) => state },
})
function* saveRow(action: PayloadAction<Row>) {
  const saved: Saved = yield* call(() => Promise.resolve({ id: action.payload.id, savedAt: 1 }))
  return saved
}
const saveRowRequested = awaitable<SagaReturnType<typeof saveRow>>()(rowEdited)

const sagaMiddleware = createSagaMiddleware()
export const store = configureStore({
  reducer: () => 0,
  middleware: (gDM) => gDM().concat(sagaMiddleware),
})
type AppDispatch = WithAwaiting<typeof store.dispatch>
declare const dispatch: AppDispatch

describe('keyed helpers', () => {
  test('keyOf receives the action typed from an action creator', () => {
    takeLatestBy(
      rowEdited,
      (action) => {
        expectTypeOf(action.payload).toEqualTypeOf<Row>()
        return action.payload.id
      },
      saveRow,
    )
    takeLeadingBy(
      rows.actions.renamed,
      (action) => action.payload.name,
      function* () {},
    )
  })

  test('a string pattern takes keyOf’s declared action', () => {
    takeEveryBy('rows/edited', (action: PayloadAction<Row>) => action.payload.id, saveRow)
  })

  test('extra arguments come before the action', () => {
    const worker = (api: { url: string }, action: PayloadAction<Row>) => api.url + action.type
    expectTypeOf(
      takeLatestBy(rowEdited, (action) => action.payload.id, worker, { url: '/' }),
    ).toEqualTypeOf<ForkEffect<never>>()
    // @ts-expect-error the extra argument has the wrong type
    takeLatestBy(rowEdited, (action) => action.payload.id, worker, { url: 1 })
  })

  test('a channel’s messages are keyed', () => {
    const chan = channel<{ deviceId: string }>()
    takeLatestBy(
      chan,
      (message) => message.deviceId,
      function* (message) {
        expectTypeOf(message).toEqualTypeOf<{ deviceId: string }>()
      },
    )
  })

  test('keyOf must return a primitive key', () => {
    // @ts-expect-error an object is a new key on every dispatch
    takeLatestBy(rowEdited, (action) => action.payload, saveRow)
    // @ts-expect-error a key is not a function
    takeLatestBy(rowEdited, () => () => 1, saveRow)
  })

  test('keyOf cannot read what the action does not have', () => {
    // @ts-expect-error Row has no `uuid`
    takeLatestBy(rowEdited, (action) => action.payload.uuid, saveRow)
  })

  test('for an awaitable creator, the worker must return the awaited result', () => {
    takeLatestBy(saveRowRequested, (action) => action.payload.id, saveRow)
    // @ts-expect-error the worker returns a string, but awaiters expect Saved
    takeLatestBy(
      saveRowRequested,
      (action) => action.payload.id,
      function* () {
        yield call(() => 1)
        return 'done'
      },
    )
    // @ts-expect-error returns nothing, but awaiters expect Saved
    takeLeadingBy(
      saveRowRequested,
      (action) => action.payload.id,
      () => {},
    )
  })
})

describe('awaitable actions', () => {
  test('the awaited result flows from the worker to the promise', () => {
    expectTypeOf(dispatch(saveRowRequested({ id: 1, text: '' }))).toEqualTypeOf<Promise<Saved>>()
    expectTypeOf<AwaitedResult<typeof saveRowRequested>>().toEqualTypeOf<Saved>()
  })

  test('a wrong awaited type is an error', () => {
    // @ts-expect-error the promise is of Saved, not string
    const wrong: Promise<string> = dispatch(saveRowRequested({ id: 1, text: '' }))
    void wrong
  })

  test('the wrapped creator keeps its arguments, type and match', () => {
    expectTypeOf(saveRowRequested.type).toEqualTypeOf<string>()
    // @ts-expect-error the payload is a Row
    saveRowRequested('row')
    const action: unknown = { type: 'rows/edited' }
    if (saveRowRequested.match(action)) expectTypeOf(action.payload).toEqualTypeOf<Row>()
  })

  test('a plain action still dispatches to the action', () => {
    expectTypeOf(dispatch({ type: 'plain' })).toEqualTypeOf<{ type: string }>()
  })

  test('awaiting(action) marks one action with its result type', () => {
    expectTypeOf(dispatch(awaiting<number>({ type: 'count' }))).toEqualTypeOf<Promise<number>>()
  })

  test('dispatchAndWait is typed from an awaitable action, or told the result', () => {
    expectTypeOf(
      sagaMiddleware.dispatchAndWait(saveRowRequested({ id: 1, text: '' })),
    ).toEqualTypeOf<Promise<Saved>>()
    expectTypeOf(sagaMiddleware.dispatchAndWait<string>({ type: 'ping' })).toEqualTypeOf<
      Promise<string>
    >()
    expectTypeOf(sagaMiddleware.dispatchAndWait({ type: 'ping' })).toEqualTypeOf<Promise<unknown>>()
  })
})
