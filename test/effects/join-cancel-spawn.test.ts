/** join, cancel and spawn: waiting for tasks, stopping them, and detached tasks. */
import { expect, test, vi } from 'vitest'
import { call, cancel, cancelled, delay, fork, join, spawn, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

function* waitForever(log: string[], name: string) {
  try {
    yield take('NEVER')
  } finally {
    log.push(`${name} finally cancelled=${String(yield* cancelled())}`)
  }
}

test('join resumes with the result of the task once it ends', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    const child = yield* fork(function* () {
      yield delay(0)
      return 'child result'
    })
    return yield* join(child)
  })
  expect(await task.toPromise()).toBe('child result')
})

test('join of an array of tasks resumes with their results in order', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    const a = yield* fork(() => Promise.resolve('a'))
    const b = yield* fork(() => 'b')
    return yield* join([a, b])
  })
  expect(await task.toPromise()).toEqual(['a', 'b'])
})

test('join of a failed spawned task throws its error into the joiner', async () => {
  const { run } = makeStore({ onError: () => {} })
  const task = run(function* () {
    const child = yield* spawn(function* () {
      yield delay(0)
      throw new Error('child failed')
    })
    try {
      yield join(child)
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(await task.toPromise()).toBe('child failed')
})

test('joining a task that gets cancelled cancels the joiner', () => {
  const log: string[] = []
  const { run, store } = makeStore()
  run(function* () {
    const child = yield* fork(waitForever, log, 'child')
    yield fork(function* () {
      yield take('CANCEL_CHILD')
      yield cancel(child)
    })
    yield call(function* joiner() {
      try {
        yield join(child)
      } finally {
        log.push(`joiner finally cancelled=${String(yield* cancelled())}`)
      }
    })
  })
  store.dispatch({ type: 'CANCEL_CHILD' })
  expect(log).toEqual(['child finally cancelled=true', 'joiner finally cancelled=true'])
})

test('cancel(task) cancels the whole subtree, every finally running with cancelled() true', () => {
  const log: string[] = []
  const { run } = makeStore()
  run(function* () {
    const task = yield* fork(function* parent() {
      yield fork(waitForever, log, 'child')
      yield fork(function* () {
        yield fork(waitForever, log, 'grandchild')
        yield call(waitForever, log, 'called')
      })
      yield* waitForever(log, 'parent')
    })
    yield cancel(task)
  })
  expect(log).toEqual([
    'parent finally cancelled=true',
    'child finally cancelled=true',
    'called finally cancelled=true',
    'grandchild finally cancelled=true',
  ])
})

test('cancel of an array cancels each task', () => {
  const log: string[] = []
  const { run } = makeStore()
  run(function* () {
    const a = yield* fork(waitForever, log, 'a')
    const b = yield* fork(waitForever, log, 'b')
    yield cancel([a, b])
  })
  expect(log).toEqual(['a finally cancelled=true', 'b finally cancelled=true'])
})

test('cancelling a task that already ended does nothing', () => {
  const { run } = makeStore()
  const task = run(function* () {
    const child = yield* fork(() => 'done')
    yield cancel(child)
    return [child.isCancelled(), child.result()]
  })
  expect(task.result()).toEqual([false, 'done'])
})

test('cancel() with no argument cancels the running saga itself', () => {
  const log: string[] = []
  const { run } = makeStore()
  const task = run(function* () {
    try {
      yield cancel()
      log.push('not reached')
    } finally {
      log.push(`finally cancelled=${String(yield* cancelled())}`)
    }
  })
  expect(log).toEqual(['finally cancelled=true'])
  expect(task.isCancelled()).toBe(true)
})

test('a spawned task is not waited for: the parent ends while it runs', () => {
  const { run } = makeStore()
  let child: { isRunning(): boolean } | undefined
  const task = run(function* () {
    child = yield* spawn(function* () {
      yield take('NEVER')
    })
    return 'parent done'
  })
  expect(task.result()).toBe('parent done')
  expect(child?.isRunning()).toBe(true)
})

test('a spawned task is not cancelled with its parent', () => {
  const log: string[] = []
  const { run } = makeStore()
  const task = run(function* () {
    yield spawn(waitForever, log, 'spawned')
    yield take('NEVER')
  })
  task.cancel()
  expect(log).toEqual([])
})

test("a spawned task's error is reported and does not reach the parent", async () => {
  const onError = vi.fn()
  const { run } = makeStore({ onError })
  const task = run(function* () {
    yield spawn(function* spawnedSaga() {
      yield delay(0)
      throw new Error('spawned failure')
    })
    yield delay(5)
    return 'parent went on'
  })
  expect(await task.toPromise()).toBe('parent went on')
  expect(onError).toHaveBeenCalledTimes(1)
  expect((onError.mock.calls[0]?.[0] as Error).message).toBe('spawned failure')
  expect((onError.mock.calls[0]?.[1] as { sagaStack: string }).sagaStack).toContain('spawnedSaga')
})
