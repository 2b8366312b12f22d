/** The Task object: isRunning, isCancelled, isAborted, result, error, toPromise, cancel. */
import { expect, test } from 'vitest'
import type { Task } from 'sagaloop'
import { cancelled, delay, fork, take } from 'sagaloop/effects'
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

test('a task whose saga returned has no result while an attached child still runs', () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    yield fork(function* () {
      yield take('GO')
    })
    return 'main'
  })
  expect(task.isRunning()).toBe(true)
  expect(task.result()).toBeUndefined()
  store.dispatch({ type: 'GO' })
  expect(task.isRunning()).toBe(false)
  expect(task.result()).toBe('main')
  expect(task.error()).toBeUndefined()
})

test("a cancelled task's result is redux-saga's marker, and it has no error", () => {
  const { run } = makeStore()
  const task = run(function* () {
    yield take('NEVER')
  })
  task.cancel()
  expect(task.result()).toBe('@@redux-saga/TASK_CANCEL')
  expect(task.error()).toBeUndefined()
})

test('a task that failed after its saga returned fails with the error, not the result', async () => {
  const { run } = makeStore({ onError: () => {} })
  const error = new Error('child failed')
  const task = run(function* () {
    yield fork(function* () {
      yield delay(0)
      throw error
    })
    return 'main'
  })
  await expect(task.toPromise()).rejects.toBe(error)
  expect(task.result()).toBeUndefined()
  expect(task.error()).toBe(error)
})

test("a task's links to its parent and siblings are not among its own enumerable fields", () => {
  const { run } = makeStore()
  const children: Task[] = []
  run(function* () {
    for (let i = 0; i < 2; i++)
      children.push(
        yield* fork(function* () {
          yield take('NEVER')
        }),
      )
  })
  for (const key of Object.keys(children[0] as Task))
    expect((children[0] as unknown as Record<string, unknown>)[key]).not.toBe(children[1])
})
