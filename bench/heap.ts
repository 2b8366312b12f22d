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

/** Bytes per blocked saga; the sagas wait on 100 distinct action types. */
export function heapPerBlockedSaga(lib: Lib, n: number): number {
  const { take } = lib
  const sagaMiddleware = lib.createSagaMiddleware()
  const store = createStore((state: number = 0) => state, applyMiddleware(sagaMiddleware))
  function* waiter(i: number) {
    yield take(`WAIT_${i % 100}`)
  }
  const tasks: unknown[] = new Array(n)
  const before = collect()
  for (let i = 0; i < n; i++) tasks[i] = sagaMiddleware.run(waiter, i)
  const after = collect()
  // Keep everything alive until after the measurement; check the sagas really wait.
  const running = tasks.filter((task) => (task as { isRunning(): boolean }).isRunning()).length
  if (running !== n) throw new Error(`${lib.name}: ${running} of ${n} sagas are waiting`)
  store.dispatch({ type: 'UNRELATED' })
  return (after - before) / n
}
