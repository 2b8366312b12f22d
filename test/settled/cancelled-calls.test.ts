/**
 * A `call` cancelled while its promise is pending lets go of the promise's callbacks: a promise
 * that never settles keeps neither the step nor one of the reused pairs (kernel/values.ts). In a
 * file of its own, so that no other test's pending promises hold the pairs.
 */
import { expect, test } from 'vitest'
import { call, cancel, fork, take } from 'sagaloop/effects'
import type { Task } from 'sagaloop'
import { makeStore } from '../support/store'
import { linkedSteps } from '../../src/kernel/values'
import type { Step } from '../../src/kernel/step'

test('promises that settle after their calls were cancelled leave later calls unchanged', async () => {
  const { run, store, sagaMiddleware } = makeStore()
  const resolvers: ((value: number) => void)[] = []
  const pending = () => new Promise<number>((resolve) => resolvers.push(resolve))
  let sum = 0
  run(function* root() {
    const tasks: Task[] = []
    for (let i = 0; i < 100; i++) {
      const task: Task = yield fork(function* waiter() {
        const late = (yield call(pending)) as number
        sum += late
      })
      tasks.push(task)
    }
    for (const task of tasks) yield cancel(task)
    yield take('GO')
    for (let i = 0; i < 100; i++)
      yield fork(function* () {
        const one = (yield call((n: number) => Promise.resolve(n), 1)) as number
        sum += one
      })
    for (let i = 0; i < 100; i++) {
      const two = (yield call((n: number) => Promise.resolve(n), 2)) as number
      sum += two
    }
  })
  await sagaMiddleware.settled({ timeout: 1_000 })
  // The cancelled steps are held by no pair of callbacks: their promises may never settle.
  expect(linkedSteps().filter((step) => !(step as unknown as Step).pending)).toEqual([])
  for (const resolve of resolvers) resolve(1_000)
  await new Promise((resolve) => setTimeout(resolve, 0))
  store.dispatch({ type: 'GO' })
  await sagaMiddleware.settled({ timeout: 1_000 })
  expect(sum).toBe(300)
})
