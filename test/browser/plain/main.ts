// The page a user without React writes: a store, the middleware with the inspector, and the
// panel mounted with one call. It imports the built package (dist/), as a user gets it.
import { applyMiddleware, createStore } from 'redux'
import createSagaMiddleware from 'sagaloop'
import { call, delay, put, takeLatest, takeEvery } from 'sagaloop/effects'
import { createInspector, named } from 'sagaloop/monitor'
import { mountSagaPanel } from 'sagaloop/devtools'

type Action = { type: string; [key: string]: unknown }

const searchWorker = named('searchWorker', function* (action: Action) {
  yield delay(30)
  yield put({ type: 'search/started', query: action.query })
  const hits: string[] = yield call(async () => ['redux', 'redux-saga'])
  yield put({ type: 'search/succeeded', hits })
})

const loginWorker = named('loginWorker', function* (action: Action) {
  yield delay(20)
  yield put({ type: 'auth/loggedIn', user: action.user, token: 'secret-token-123' })
})

const rootSaga = named('rootSaga', function* () {
  yield takeLatest('search/queryChanged', searchWorker)
  yield takeEvery('auth/loginRequested', loginWorker)
})

const inspector = createInspector()
const sagaMiddleware = createSagaMiddleware({ sagaMonitor: inspector })
const store = createStore(
  (state: string = 'idle', action: Action) => (action.type.includes('/') ? action.type : state),
  applyMiddleware(sagaMiddleware),
)
sagaMiddleware.run(rootSaga)
const panel = mountSagaPanel(inspector)

const status = document.getElementById('status') as HTMLOutputElement
store.subscribe(() => {
  status.value = store.getState()
})
document.getElementById('search')?.addEventListener('click', () => {
  store.dispatch({ type: 'search/queryChanged', query: 'redux' })
})
document.getElementById('login')?.addEventListener('click', () => {
  store.dispatch({ type: 'auth/loginRequested', user: 'alice', password: 'wonderland' })
})
;(window as unknown as { panel: typeof panel }).panel = panel
