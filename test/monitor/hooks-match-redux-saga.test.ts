/** The sagaMonitor hooks are called in the same order, with the same ids, as redux-saga's. */
import { expect, test } from 'vitest'
import { applyMiddleware, createStore } from 'redux'
import { libs, runBoth, type Gen, type Lib } from '../support/differential'
import { recordingMonitor } from '../support/monitored'

/** Runs a small flow under `lib` with a monitor, and records each hook call, ids renumbered. */
async function monitorCalls(lib: Lib) {
  const calls: unknown[] = []
  const sagaMonitor = recordingMonitor(calls)
  const E = lib.effects
  const middleware = lib.createSagaMiddleware({ sagaMonitor, onError: () => {} })
  const store = createStore((state: number = 0) => state, applyMiddleware(middleware))
  const task = middleware.run(function* root(): Gen {
    const child = yield E.fork(function* (): Gen {
      yield E.take('NEVER')
    })
    yield E.race({ a: E.take('A'), b: E.delay(0) })
    yield E.all([E.put({ type: 'P' }), E.call(() => 1)])
    try {
      yield E.call(() => Promise.reject(new Error('no')))
    } catch {
      // rejected on purpose
    }
    yield E.cancel(child)
    yield E.take('END_IT')
  })
  store.dispatch({ type: 'OUTSIDE' })
  await new Promise((resolve) => setTimeout(resolve, 5))
  store.dispatch({ type: 'END_IT' })
  await task.toPromise()
  return calls
}

test('monitor hooks are called in the order redux-saga calls them', async () => {
  const [sagaloop, reduxSaga] = libs as [Lib, Lib]
  const ours = await monitorCalls(sagaloop)
  const theirs = await monitorCalls(reduxSaga)
  expect(ours).toEqual(theirs)
  expect(ours.length).toBeGreaterThan(10)
})

test('a put that wakes the take it races with is reported cancelled, as redux-saga reports it', async () => {
  const { sagaloop, reduxSaga } = await runBoth(
    ({ effects: E }, log) => ({
      *saga(): Gen {
        yield E.delay(0) // outside of any delivery: the put is dispatched while the race starts
        log(yield E.race([E.take('A'), E.put({ type: 'A' })]))
      },
    }),
    8,
    { monitor: true },
  )
  expect(sagaloop.monitor).toEqual(reduxSaga.monitor)
  expect(sagaloop.monitor?.at(-2)).toEqual(['cancelled', 5])
})
