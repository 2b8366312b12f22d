/** What every scenario shares: its shape, and the store or runSaga environment it runs in. */
import { applyMiddleware, legacy_createStore as createStore } from 'redux'
import type { Lib } from '../libs.js'

export interface Outcome {
  ms: number
  result: unknown
}

export interface Scenario {
  id: string
  label: string
  expected: unknown
  /**
   * Dispatch cost with sagas idle elsewhere: the taker index makes these ratios tiny, so they
   * are left out of the geometric mean (they would hide every other scenario).
   */
  idle?: boolean
  run(lib: Lib): Promise<Outcome>
}

export const now = () => performance.now()

/** The reducer of every bench store (RTK's too): it counts actions of type `COUNT`. */
export const countingReducer =
  (preloaded: any) =>
  (state: any = preloaded, action: any) =>
    action.type === 'COUNT' ? { ...state, count: state.count + 1 } : state

/** A store with the library's middleware and the counting reducer. */
export function storeFor(lib: Lib, preloaded: any = { count: 0 }) {
  const sagaMiddleware = lib.createSagaMiddleware()
  const reducer = countingReducer(preloaded)
  const store = createStore(reducer, preloaded, applyMiddleware(sagaMiddleware))
  return { store, run: (saga: any, ...args: any[]) => sagaMiddleware.run(saga, ...args) }
}

/** runSaga with no store: for scenarios that need no actions. */
export function runAlone(lib: Lib, saga: any, getState: () => unknown = () => undefined) {
  return lib.runSaga({ dispatch: () => {}, getState, onError: () => {} }, saga)
}

export const addOne = (i: number) => i + 1
export const sumTo = (n: number) => (n * (n + 1)) / 2
