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

export type HeapMode = 'forked' | 'root'

/**
 * Bytes per blocked saga, each waiting on one of 100 action types as the workers of an app
 * wait. `forked`: one root saga forks `n` children. `root`: `n` sagas each started with
 * `middleware.run`, which also gives each its own environment and root task.
 */
export async function heapPerBlockedSaga(lib: Lib, n: number, mode: HeapMode): Promise<number> {
  // Collect until the heap stops shrinking: what the previous measurement left (pending jobs,
  // weak references, the other library's 50k tasks) must be gone before the first reading.
  let settled = collect()
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    const now = collect()
    if (now > settled - 64 * 1024) break
    settled = now
  }
  const { take, fork } = lib
  const sagaMiddleware = lib.createSagaMiddleware()
  const store = createStore((state: number = 0) => state, applyMiddleware(sagaMiddleware))
  function* waiter(i: number) {
    yield take(`WAIT_${i % 100}`)
  }
  const tasks: { isRunning(): boolean }[] = new Array(n)
  const before = collect()
  let root: { isRunning(): boolean } | undefined
  if (mode === 'forked') {
    root = sagaMiddleware.run(function* () {
      for (let i = 0; i < n; i++) tasks[i] = yield fork(waiter, i)
    })
  } else {
    for (let i = 0; i < n; i++) tasks[i] = sagaMiddleware.run(waiter, i)
  }
  const after = collect()
  // Everything stays reachable until after the measurement; check the sagas really wait.
  const running = tasks.filter((task) => task.isRunning()).length
  if (running !== n || (root !== undefined && !root.isRunning()))
    throw new Error(`${lib.name}: ${running} of ${n} sagas are waiting`)
  store.dispatch({ type: 'UNRELATED' })
  return (after - before) / n
}
