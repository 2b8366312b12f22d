/**
 * The limits: what the work costs with no saga library at all. A saga's `call` cannot be cheaper
 * than resuming a generator, and a dispatch through the middleware cannot be cheaper than a
 * dispatch with none.
 */
import { legacy_createStore as createStore } from 'redux'
import type { Outcome } from './scenarios/support.js'

/** A bare generator resumed `n` times, doing the same addition as the sync-call scenario. */
export function bareGenerator(n: number): Outcome {
  function* saga(): Generator<number, number, number> {
    let sum = 0
    for (let i = 0; i < n; i++) sum += yield i
    return sum
  }
  const start = performance.now()
  const it = saga()
  let step = it.next(0)
  while (!step.done) step = it.next(step.value + 1)
  return { ms: performance.now() - start, result: step.value }
}

/** A Redux store with no middleware dispatching `n` actions. */
export function plainDispatch(n: number): Outcome {
  const store = createStore((state: { count: number } = { count: 0 }, action: { type: string }) =>
    action.type === 'COUNT' ? { count: state.count + 1 } : state,
  )
  const start = performance.now()
  for (let i = 0; i < n; i++) store.dispatch({ type: 'COUNT' })
  return { ms: performance.now() - start, result: store.getState().count }
}
