/**
 * Heap held per saga blocked on `take`: start `n` sagas that each wait for an action that never
 * comes, collect garbage, and divide the growth of the heap by `n`. The store, the sagas and
 * their tasks stay reachable until the second measurement, so everything a waiting saga holds is
 * counted: its generator, task, effect, taker and the channel's bookkeeping for it.
 */
import { applyMiddleware, legacy_createStore as createStore } from 'redux'
import type { Lib } from './libs.js'

const gc = (globalThis as { gc?: () => void }).gc

function collect(): number {
  if (gc === undefined) throw new Error('run the bench with node --expose-gc (npm run bench does)')
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

/**
 * Bytes per blocked saga: one root saga forks `n` children that each wait on one of 100 action
 * types, as the workers of an app wait. (Each child is a forked task, not a root started with
 * `run`: a root also carries its own environment, which an app has one of.)
 */
export function heapPerBlockedSaga(lib: Lib, n: number): number {
  const { take, fork } = lib
  const sagaMiddleware = lib.createSagaMiddleware()
  const store = createStore((state: number = 0) => state, applyMiddleware(sagaMiddleware))
  function* waiter(i: number) {
    yield take(`WAIT_${i % 100}`)
  }
  const tasks: unknown[] = new Array(n)
  const before = collect()
  const root: { isRunning(): boolean } = sagaMiddleware.run(function* () {
    for (let i = 0; i < n; i++) tasks[i] = yield fork(waiter, i)
  })
  const after = collect()
  // Everything stays reachable until after the measurement; check the sagas really wait.
  const running = tasks.filter((task) => (task as { isRunning(): boolean }).isRunning()).length
  if (running !== n || !root.isRunning())
    throw new Error(`${lib.name}: ${running} of ${n} sagas are waiting`)
  store.dispatch({ type: 'UNRELATED' })
  return (after - before) / n
}
