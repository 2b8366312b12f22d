/**
 * A `finally` block that waits on a promise after its task was cancelled runs on, detached from
 * whoever cancelled it. If that promise rejects there is nobody to throw to: the error is
 * reported through `onError`, with its saga stack, instead of becoming an unhandled rejection.
 */
import { expect, test, vi } from 'vitest'
import { call, cancel, delay, fork, race, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

const rejectSoon = () => Promise.reject(new Error('cleanup failed'))

function* cleansUpAsync() {
  try {
    yield take('NEVER')
  } finally {
    yield call(rejectSoon)
  }
}

function reported() {
  const onError = vi.fn()
  const done = new Promise<void>((resolve) => onError.mockImplementation(() => resolve()))
  return { onError, done }
}

test('a cancelled task whose async finally rejects reports the error through onError', async () => {
  const { onError, done } = reported()
  const { run } = makeStore({ onError })
  run(function* root() {
    const child = yield* fork(cleansUpAsync)
    yield cancel(child)
  })
  await done
  expect(onError).toHaveBeenCalledTimes(1)
  const [error, info] = onError.mock.calls[0] as [Error, { sagaStack: string }]
  expect(error.message).toBe('cleanup failed')
  expect(info.sagaStack).toContain('cleansUpAsync')
})

test('a race loser whose async finally rejects reports the error through onError', async () => {
  const { onError, done } = reported()
  const { run } = makeStore({ onError })
  const task = run(function* root() {
    return yield* race({ loser: call(cleansUpAsync), winner: delay(0) })
  })
  await done
  expect(task.result()).toEqual({ winner: true })
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ message: 'cleanup failed' })
})

test('the cancelling saga goes on undisturbed', async () => {
  const { onError, done } = reported()
  const { run } = makeStore({ onError })
  const task = run(function* root() {
    const child = yield* fork(cleansUpAsync)
    yield cancel(child)
    return 'went on'
  })
  await done
  expect(task.result()).toBe('went on')
})
