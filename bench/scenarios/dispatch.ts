/** Dispatch cost with sagas waiting on other action types. */
import { median } from '../stats.js'
import { storeFor, now, type Outcome, type Scenario } from './support.js'

const gc = (globalThis as { gc?: () => void }).gc

/**
 * Times `COUNT` dispatches on a store whose setup is done. The setup's garbage is collected
 * first (it is not the dispatch's), and dispatches run in timed batches for at least 50 ms; the
 * median batch is reported as the time of `dispatches`.
 */
export function timeDispatches(
  store: { dispatch(action: { type: string }): unknown; getState(): any },
  dispatches: number,
): Outcome {
  gc?.()
  // A few untimed dispatches: the first ones after a full collection regrow the young heap.
  for (let i = 0; i < 1000; i++) store.dispatch({ type: 'COUNT' })
  // Batches of 200, each timed: the median batch is robust to a pause (a collection, or the
  // CPU taken by another process) that would dominate one 1 ms measurement.
  let done = 0
  const batches: number[] = []
  const start = now()
  do {
    const t = now()
    for (let i = 0; i < 200; i++) store.dispatch({ type: 'COUNT' })
    batches.push(now() - t)
    done += 200
  } while (now() - start < 50 && done < dispatches * 100)
  const ms = (median(batches) / 200) * dispatches
  return { ms, result: store.getState().count === done + 1000 }
}

/** `waiting` root sagas (one `middleware.run` each) blocked on types never dispatched. */
export function storeWithIdleSagas(lib: Parameters<typeof storeFor>[0], waiting: number) {
  const { take } = lib
  const { store, run } = storeFor(lib)
  for (let i = 0; i < waiting; i++) {
    run(function* () {
      yield take(`OTHER_${i}`)
    })
  }
  return store
}

export function dispatchWith(waiting: number, dispatches: number): Scenario {
  return {
    id: `dispatch-${waiting}`,
    label: `${dispatches / 1000}k dispatches, ${waiting.toLocaleString('en')} sagas waiting elsewhere`,
    expected: true,
    idle: true,
    async run(lib) {
      return timeDispatches(storeWithIdleSagas(lib, waiting), dispatches)
    },
  }
}
