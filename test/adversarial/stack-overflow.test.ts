/**
 * A stack overflow inside the runtime (the saga started by code that is itself deep in the stack)
 * must end as an error someone sees: thrown to the caller, or the task failing. It must never
 * leave a task running with nothing to resume it, nor the store unable to run the next saga.
 */
import { expect, test } from 'vitest'
import { call, put, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

/** How many frames of `atDepth` fit on the stack right now. */
function stackRoom(): number {
  let depth = 0
  const probe = (): void => {
    depth++
    probe()
  }
  try {
    probe()
  } catch {
    // the overflow is the measurement
  }
  return depth
}

function atDepth<T>(n: number, fn: () => T): T {
  return n <= 0 ? fn() : atDepth(n - 1, fn)
}

function* chain(n: number): Generator<unknown, number, number> {
  if (n === 0) {
    yield put({ type: 'BOTTOM' })
    return 0
  }
  return (yield call(chain, n - 1)) + 1
}

test('sagas started near the stack limit either finish, fail, or throw to the caller', () => {
  const { run, store } = makeStore({ onError: () => {} })
  const room = stackRoom()
  const outcomes = new Set<string>()
  for (let margin = 0; margin < 6_000; margin += 7) {
    let task: ReturnType<typeof run> | undefined
    try {
      task = atDepth(room - margin, () => run(chain, 50))
    } catch (error) {
      outcomes.add(error instanceof RangeError ? 'thrown' : `other: ${String(error)}`)
      continue
    }
    // Everything here is synchronous: a task still running has nothing left to resume it.
    expect(task.isRunning()).toBe(false)
    outcomes.add(task.isAborted() ? 'failed' : 'done')
  }
  expect([...outcomes].filter((o) => o.startsWith('other'))).toEqual([])
  expect(outcomes.has('done')).toBe(true)
  // The store still runs sagas and delivers actions afterwards.
  const after = run(function* (): Generator<unknown, number, number> {
    yield take('PING')
    return yield call(chain, 5_000)
  })
  store.dispatch({ type: 'PING' })
  expect(after.result()).toBe(5_000)
})
