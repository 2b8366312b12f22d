/**
 * `sagaTrace` against the Redux DevTools contract: the `trace` option is called as
 * `trace(action)` while the action is dispatched and its string is kept as the action's `stack`
 * (here through @redux-devtools/instrument, the enhancer the extension and the remote use).
 */
import { describe, expect, test } from 'vitest'
import { applyMiddleware, compose, createStore, type StoreEnhancer } from 'redux'
import { instrument } from '@redux-devtools/instrument'
import createSagaMiddleware from 'sagaloop'
import { put, takeLatest } from 'sagaloop/effects'
import { sagaTrace } from 'sagaloop/devtools'
import { createInspector } from 'sagaloop/monitor'

function* searchWorker(action: { type: string; query: string }) {
  yield put({ type: 'search/started', query: action.query })
}

function* rootSaga() {
  yield takeLatest('search/queryChanged', searchWorker)
}

/** A store wired as Redux DevTools wires one: the middleware outside, instrument inside. */
function instrumentedStore() {
  const inspector = createInspector()
  const sagaMiddleware = createSagaMiddleware({ sagaMonitor: inspector })
  const enhancer = compose(
    applyMiddleware(sagaMiddleware),
    instrument((state: unknown = null) => state, { trace: sagaTrace(inspector) }),
  ) as StoreEnhancer
  const store = createStore((state: number = 0) => state, enhancer)
  sagaMiddleware.run(rootSaga)
  const lifted = (store as unknown as { liftedStore: { getState(): LiftedState } }).liftedStore
  const stackOf = (type: string) =>
    Object.values(lifted.getState().actionsById).find((lifted) => lifted.action.type === type)
      ?.stack
  return { store, stackOf }
}

interface LiftedState {
  actionsById: Record<number, { action: { type: string }; stack?: string }>
}

describe('sagaTrace for the Redux DevTools trace option', () => {
  test('an action a saga put is traced as its saga chain, one frame per cause', () => {
    const { store, stackOf } = instrumentedStore()
    store.dispatch({ type: 'search/queryChanged', query: 'redux' })
    const stack = stackOf('search/started')
    expect(stack?.split('\n')).toEqual([
      'Error: put by searchWorker ← forked by takeLatest("search/queryChanged", searchWorker) for action #1 search/queryChanged ← dispatched from outside the sagas',
      '    at put by searchWorker (saga-chain:1:1)',
      '    at forked by takeLatest("search/queryChanged", searchWorker) for action #1 search/queryChanged (saga-chain:2:1)',
      '    at dispatched from outside the sagas (saga-chain:3:1)',
    ])
  })

  test('an action dispatched from outside is traced with the usual call stack', () => {
    const { store, stackOf } = instrumentedStore()
    store.dispatch({ type: 'search/queryChanged', query: 'redux' })
    const stack = stackOf('search/queryChanged') ?? ''
    expect(stack.startsWith('Error')).toBe(true)
    expect(stack).toContain('trace.test.ts')
    expect(stack).not.toContain('saga-chain')
  })

  test('a custom stack option replaces the call stack for outside dispatches', () => {
    const trace = sagaTrace(createInspector(), { stack: () => 'from the button' })
    expect(trace({ type: 'unknown' })).toBe('from the button')
  })
})
