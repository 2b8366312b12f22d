/** The same saga flow works with Redux 4, Redux 5 and Redux Toolkit's configureStore. */
import { configureStore, createAction, createSlice } from '@reduxjs/toolkit'
import { applyMiddleware as applyMiddleware5, createStore as createStore5 } from 'redux'
import { applyMiddleware as applyMiddleware4, createStore as createStore4 } from 'redux4'
import { expect, test } from 'vitest'
import createSagaMiddleware, { type SagaMiddleware } from 'sagaloop'
import { call, fork, put, select, take, cancel } from 'sagaloop/effects'

const loginRequested = createAction<{ user: string }>('auth/loginRequested')
const loggedIn = createAction<string>('auth/loggedIn')
const logout = createAction('auth/logout')

const auth = createSlice({
  name: 'auth',
  initialState: { user: null as string | null },
  reducers: {},
  extraReducers: (builder) => {
    builder.addCase(loggedIn, (state, action) => {
      state.user = action.payload
    })
    builder.addCase(logout, (state) => {
      state.user = null
    })
  },
})

type State = { auth: { user: string | null } }

function* authorize(user: string) {
  const token = yield* call(() => Promise.resolve(`token:${user}`))
  yield* put(loggedIn(token))
}

function* loginFlow() {
  const seen: (string | null)[] = []
  for (let i = 0; i < 2; i++) {
    const { payload } = yield* take(loginRequested)
    const task = yield* fork(authorize, payload.user)
    const action = yield* take([logout.type, loggedIn.type])
    seen.push(yield* select((state: State) => state.auth.user))
    if (action.type === logout.type) yield* cancel(task)
  }
  return seen
}

async function drive(sagaMiddleware: SagaMiddleware, dispatch: (action: unknown) => unknown) {
  const task = sagaMiddleware.run(loginFlow)
  dispatch(loginRequested({ user: 'ada' }))
  await new Promise((resolve) => setTimeout(resolve, 0))
  dispatch(loginRequested({ user: 'bob' }))
  dispatch(logout())
  return task.toPromise()
}

const reducer = (state: State | undefined, action: { type: string }) => ({
  auth: auth.reducer(state?.auth, action),
})

test('with Redux 5 createStore', async () => {
  const sagaMiddleware = createSagaMiddleware()
  const store = createStore5(reducer, applyMiddleware5(sagaMiddleware))
  expect(await drive(sagaMiddleware, store.dispatch as never)).toEqual(['token:ada', null])
})

test('with Redux 4 createStore', async () => {
  const sagaMiddleware = createSagaMiddleware()
  const store = createStore4(reducer, applyMiddleware4(sagaMiddleware as never))
  expect(await drive(sagaMiddleware, store.dispatch as never)).toEqual(['token:ada', null])
})

test('with Redux Toolkit configureStore', async () => {
  const sagaMiddleware = createSagaMiddleware()
  const store = configureStore({
    reducer: { auth: auth.reducer },
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(sagaMiddleware),
  })
  expect(await drive(sagaMiddleware, store.dispatch as never)).toEqual(['token:ada', null])
})
