import { applyMiddleware, createStore, type Reducer } from 'redux'
import createSagaMiddleware, { type SagaMiddleware } from 'sagaloop'
import type { SagaMiddlewareOptions, WithAwaiting } from 'sagaloop'

export interface Recorded {
  type: string
  [key: string]: unknown
}

/** A real Redux store with the saga middleware, recording every action the reducer saw. */
export function makeStore<S = Recorded[]>(
  options: SagaMiddlewareOptions & { reducer?: Reducer<S, Recorded>; preloadedState?: S } = {},
) {
  const { reducer, preloadedState, ...sagaOptions } = options
  const sagaMiddleware: SagaMiddleware = createSagaMiddleware(sagaOptions)
  const actions: Recorded[] = []
  const recordAll: Reducer<Recorded[], Recorded> = (state = [], action) =>
    action.type.startsWith('@@redux/') ? state : [...state, action]
  const root = (reducer ?? recordAll) as unknown as Reducer<S, Recorded>
  const store = createStore(
    (state: S | undefined, action: Recorded) => {
      if (!action.type.startsWith('@@redux/')) actions.push(action)
      return root(state, action)
    },
    preloadedState as never,
    applyMiddleware(sagaMiddleware),
  )
  return { store, sagaMiddleware, actions, run: sagaMiddleware.run }
}

/** The test store, with `dispatch` typed for awaitable actions as an app declares it. */
export function awaitingStore(options: Parameters<typeof makeStore>[0] = {}) {
  const made = makeStore(options)
  const dispatch = made.store.dispatch as WithAwaiting<typeof made.store.dispatch>
  return { ...made, dispatch }
}

/** Resolves after pending promise callbacks and timers scheduled for now have run. */
export const flushAsync = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
