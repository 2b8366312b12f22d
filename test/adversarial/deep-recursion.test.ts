/**
 * A saga calling itself: the depth is bounded by memory, not by the JavaScript stack, whether the
 * chain is synchronous or waits on a promise at the bottom.
 */
import { expect, test } from 'vitest'
import { call } from 'sagaloop/effects'
import { makeStore } from '../support/store'

function* countDown(n: number): Generator<unknown, number, number> {
  if (n === 0) return 0
  const below: number = yield call(countDown, n - 1)
  return below + 1
}

function* countDownAsync(n: number): Generator<unknown, number, number> {
  if (n === 0) return yield call(() => Promise.resolve(0))
  const below: number = yield call(countDownAsync, n - 1)
  return below + 1
}

test('yield call(self) to depth 10,000 completes synchronously', () => {
  const { run } = makeStore()
  const task = run(countDown, 10_000)
  expect(task.result()).toBe(10_000)
})

test('yield call(self) to depth 10,000 with a promise at the bottom completes', async () => {
  const { run } = makeStore()
  await expect(run(countDownAsync, 10_000).toPromise()).resolves.toBe(10_000)
})

test('cancelling a 10,000 deep chain of calls runs every finally block', async () => {
  const { run } = makeStore()
  let finallies = 0
  function* deep(n: number): Generator<unknown, void, unknown> {
    try {
      if (n === 0) yield call(() => new Promise(() => {}))
      else yield call(deep, n - 1)
    } finally {
      finallies++
    }
  }
  const task = run(deep, 10_000)
  task.cancel()
  expect(finallies).toBe(10_001)
  expect(task.isCancelled()).toBe(true)
})

test('a failure at the bottom of a 10,000 deep chain reaches the root', async () => {
  const { run } = makeStore({ onError: () => {} })
  function* failing(n: number): Generator<unknown, void, unknown> {
    if (n === 0) yield call(() => Promise.reject(new Error('bottom')))
    else yield call(failing, n - 1)
  }
  await expect(run(failing, 10_000).toPromise()).rejects.toThrow('bottom')
})
