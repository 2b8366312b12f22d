/**
 * sagaloop against Redux Toolkit's listener middleware, the alternative Redux users pick: the
 * same jobs written the idiomatic way for each (a saga per job, a listener per job).
 */
import { applyMiddleware, legacy_createStore as createStore } from 'redux'
import { createListenerMiddleware } from '@reduxjs/toolkit'
import { sagaloop } from './libs.js'
import { storeWithIdleSagas, timeDispatches } from './scenarios/dispatch.js'
import { countingReducer, now, storeFor, type Outcome } from './scenarios/support.js'

export interface Contest {
  id: string
  label: string
  expected: unknown
  sagaloop(): Promise<Outcome>
  rtk(): Promise<Outcome>
}

function listenerStore() {
  const listener = createListenerMiddleware()
  // The same reducer as the saga stores': the comparison is of the middlewares only.
  const preloaded = { count: 0 }
  const store = createStore(
    countingReducer(preloaded),
    preloaded,
    applyMiddleware(listener.middleware),
  )
  return { store, startListening: listener.startListening }
}

/** Dispatches while `waiting` listeners (or sagas) wait for types that never come. */
function idle(waiting: number, dispatches: number): Contest {
  return {
    id: `c${waiting}`,
    label: `${dispatches / 1000}k dispatches, ${waiting.toLocaleString('en')} idle listeners`,
    expected: true,
    async sagaloop() {
      return timeDispatches(storeWithIdleSagas(sagaloop, waiting), dispatches)
    },
    async rtk() {
      const { store, startListening } = listenerStore()
      for (let i = 0; i < waiting; i++) startListening({ type: `OTHER_${i}`, effect: () => {} })
      return timeDispatches(store, dispatches)
    },
  }
}

/** One job per action: takeEvery against a listener's effect. */
function everyAction(n: number): Contest {
  return {
    id: 'rtk-every',
    label: `${n / 1000}k dispatches, each handled (takeEvery / listener)`,
    expected: n,
    async sagaloop() {
      const { store, run } = storeFor(sagaloop)
      let handled = 0
      function* worker() {
        handled++
      }
      run(function* () {
        yield sagaloop.takeEvery('HIT', worker)
      })
      const start = now()
      for (let i = 0; i < n; i++) store.dispatch({ type: 'HIT' })
      return { ms: now() - start, result: handled }
    },
    async rtk() {
      const { store, startListening } = listenerStore()
      let handled = 0
      startListening({ type: 'HIT', effect: () => void handled++ })
      const start = now()
      for (let i = 0; i < n; i++) store.dispatch({ type: 'HIT' })
      return { ms: now() - start, result: handled }
    },
  }
}

export function allContests(quick: boolean): Contest[] {
  const dispatches = quick ? 1_000 : 2_000
  return [idle(10, dispatches), idle(1_000, dispatches), everyAction(quick ? 20_000 : 100_000)]
}
