/**
 * Which steps `settled()` counts as busy, and lists when it times out: the promises a saga waits
 * on are found through their callbacks (reused for the first few promises in flight, closures
 * of their own past them), `cps` and eventChannel takes through the store's list.
 */
import { expect, test } from 'vitest'
import { call, cancel, cps, fork, take } from 'sagaloop/effects'
import { SagaError, type SettleTimeoutError, type Task } from 'sagaloop'
import { makeStore } from '../support/store'

const never = (_i: number) => new Promise<number>(() => {})
const noCallback = (_i: number, _cb: (error: unknown, value?: number) => void) => {}

async function timedOut(settled: Promise<void>): Promise<SettleTimeoutError> {
  const error = await settled.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(SagaError)
  return error as SettleTimeoutError
}

test('lists every busy saga of the store, in the order they became busy, however many', async () => {
  const { run, sagaMiddleware } = makeStore()
  const other = makeStore()
  other.run(function* elsewhere() {
    yield call(never, -1)
  })
  run(function* root() {
    for (let i = 0; i < 150; i++) {
      yield fork(function* waiter() {
        yield i % 3 === 0 ? cps(noCallback, i) : call(never, i)
      })
    }
    yield take('NEVER')
  })
  const error = await timedOut(sagaMiddleware.settled({ timeout: 5 }))
  expect(error.busy).toHaveLength(150)
  expect(error.busy.map((b) => b.task)).toEqual(Array.from({ length: 150 }, () => 'waiter'))
  expect(error.busy.map((b) => b.effect)).toEqual(
    Array.from({ length: 150 }, (_, i) =>
      i % 3 === 0 ? `cps(noCallback, ${i})` : `call(never, ${i})`,
    ),
  )
  const ofOther = await timedOut(other.sagaMiddleware.settled({ timeout: 1 }))
  expect(ofOther.busy).toEqual([{ task: 'elsewhere', effect: 'call(never, -1)' }])
})

test('a saga that waited on a promise before settled() was called is listed', async () => {
  const { run, sagaMiddleware } = makeStore()
  run(function* early() {
    yield call(never, 1)
  })
  await new Promise((resolve) => setTimeout(resolve, 2))
  const error = await timedOut(sagaMiddleware.settled({ timeout: 5 }))
  expect(error.busy).toEqual([{ task: 'early', effect: 'call(never, 1)' }])
})

test('a cancelled call of a pending promise is busy no more', async () => {
  const { run, store, sagaMiddleware } = makeStore()
  run(function* root() {
    const tasks: Task[] = []
    for (let i = 0; i < 100; i++) {
      const task: Task = yield fork(function* waiter() {
        yield call(never, i)
      })
      tasks.push(task)
    }
    yield take('STOP')
    for (const task of tasks.slice(1)) yield cancel(task)
    yield take('STOP')
    yield cancel(tasks[0] as Task)
    yield take('NEVER')
  })
  expect((await timedOut(sagaMiddleware.settled({ timeout: 2 }))).busy).toHaveLength(100)
  store.dispatch({ type: 'STOP' })
  expect((await timedOut(sagaMiddleware.settled({ timeout: 2 }))).busy).toEqual([
    { task: 'waiter', effect: 'call(never, 0)' },
  ])
  // Dispatched while settled() waits: the cancel wakes it up.
  const settled = sagaMiddleware.settled({ timeout: 1_000 })
  store.dispatch({ type: 'STOP' })
  await expect(settled).resolves.toBeUndefined()
})

test('settles once promises in flight, reused callbacks or not, have all resolved', async () => {
  const { run, sagaMiddleware } = makeStore()
  let done = 0
  const soon = (i: number) => new Promise<number>((resolve) => setTimeout(resolve, 3, i))
  run(function* root() {
    for (let i = 0; i < 150; i++)
      yield fork(function* () {
        yield call(soon, i)
        yield call(() => Promise.resolve(i))
        done++
      })
  })
  await sagaMiddleware.settled({ timeout: 1_000 })
  expect(done).toBe(150)
})
