/**
 * A finally block that throws while its task is being cancelled. As in redux-saga, the error
 * escapes the `cancel` effect: it fails the task that cancelled (its try/catch around
 * `yield cancel(task)` does not see it), and it is reported; nothing is left hanging.
 */
import { expect, test, vi } from 'vitest'
import { cancel, fork, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

function* throwsWhenCancelled() {
  try {
    yield take('NEVER')
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    throw new Error('thrown while cancelled')
  }
}

test('an error thrown by a finally block during yield cancel(task) fails the cancelling task', async () => {
  const onError = vi.fn()
  const { run } = makeStore({ onError })
  const caught: unknown[] = []
  const task = run(function* canceller() {
    const child = yield* fork(throwsWhenCancelled)
    try {
      yield cancel(child)
    } catch (error) {
      caught.push(error)
    }
  })
  expect(task.isRunning()).toBe(false)
  await expect(task.toPromise()).rejects.toThrow('thrown while cancelled')
  expect(caught).toEqual([])
  expect(onError).toHaveBeenCalledTimes(1)
})

test('the same holds when the throwing finally belongs to a grandchild of the cancelled task', async () => {
  const { run } = makeStore({ onError: () => {} })
  const caught: unknown[] = []
  const task = run(function* () {
    const child = yield* fork(function* () {
      yield fork(throwsWhenCancelled)
      yield take('NEVER')
    })
    try {
      yield cancel(child)
    } catch (error) {
      caught.push(error)
    }
  })
  expect(task.isRunning()).toBe(false)
  await expect(task.toPromise()).rejects.toThrow('thrown while cancelled')
  expect(caught).toEqual([])
})
