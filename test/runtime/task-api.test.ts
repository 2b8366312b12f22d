/** The Task object: isRunning, isCancelled, isAborted, result, error, toPromise, cancel. */
import { expect, test } from 'vitest'
import { cancelled, delay, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('a task that returned is done: not running, with its result, and toPromise resolves', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    return 'result'
  })
  expect([task.isRunning(), task.isCancelled(), task.isAborted()]).toEqual([false, false, false])
  expect(task.result()).toBe('result')
  expect(task.error()).toBeUndefined()
  expect(await task.toPromise()).toBe('result')
})

test('a failed task is aborted, with its error, and toPromise rejects', async () => {
  const { run } = makeStore({ onError: () => {} })
  const error = new Error('failed')
  const task = run(function* () {
    yield delay(0)
    throw error
  })
  const promise = task.toPromise()
  await expect(promise).rejects.toBe(error)
  expect([task.isRunning(), task.isCancelled(), task.isAborted()]).toEqual([false, false, true])
  expect(task.error()).toBe(error)
  expect(task.result()).toBeUndefined()
})

test('a running task is running, with no result yet', () => {
  const { run } = makeStore()
  const task = run(function* () {
    yield take('NEVER')
  })
  expect([task.isRunning(), task.isCancelled(), task.isAborted()]).toEqual([true, false, false])
  expect(task.result()).toBeUndefined()
})

test('task.cancel() ends the task as cancelled, running its finally with cancelled() true', async () => {
  const log: unknown[] = []
  const { run } = makeStore()
  const task = run(function* () {
    try {
      yield take('NEVER')
    } finally {
      log.push(yield* cancelled())
    }
  })
  task.cancel()
  expect(log).toEqual([true])
  expect([task.isRunning(), task.isCancelled(), task.isAborted()]).toEqual([false, true, false])
  // As redux-saga: toPromise resolves (with its cancellation marker) rather than rejecting.
  await expect(task.toPromise()).resolves.toBe('@@redux-saga/TASK_CANCEL')
})

test('cancelling a task that already ended does nothing', () => {
  const { run } = makeStore()
  const task = run(function* () {
    return 'done'
  })
  task.cancel()
  expect(task.isCancelled()).toBe(false)
  expect(task.result()).toBe('done')
})

test('cancelled() is false in the finally of a task that ended normally', () => {
  const { run } = makeStore()
  const task = run(function* () {
    try {
      return 'value'
    } finally {
      yield* cancelled()
    }
  })
  expect(task.result()).toBe('value')
})

test('toPromise returns the same promise each time', () => {
  const { run } = makeStore()
  const task = run(function* () {
    yield take('NEVER')
  })
  expect(task.toPromise()).toBe(task.toPromise())
})
