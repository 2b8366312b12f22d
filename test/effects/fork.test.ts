/** fork: attached children. The parent waits for them, and their errors fail the parent. */
import { afterEach, expect, test, vi } from 'vitest'
import type { ErrorInfo } from 'sagaloop'
import { call, delay, fork, put, take } from 'sagaloop/effects'
import { makeStore, flushAsync } from '../support/store'

afterEach(() => {
  vi.restoreAllMocks()
})

test('a forked saga starts at once and the parent goes on without waiting for it', () => {
  const log: string[] = []
  const { run } = makeStore()
  run(function* () {
    yield fork(function* () {
      log.push('child started')
      yield take('NEVER')
    })
    log.push('parent went on')
  })
  expect(log).toEqual(['child started', 'parent went on'])
})

test('a parent whose body has returned is still running while an attached child runs', () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    yield fork(function* () {
      yield take('CHILD_DONE')
    })
    return 'parent result'
  })
  expect(task.isRunning()).toBe(true)
  store.dispatch({ type: 'CHILD_DONE' })
  expect(task.isRunning()).toBe(false)
  expect(task.result()).toBe('parent result')
})

test('an error in an attached child cancels its siblings and fails the parent', async () => {
  const log: string[] = []
  const { run } = makeStore({ onError: () => {} })
  const task = run(function* () {
    yield fork(function* sibling() {
      try {
        yield take('NEVER')
      } finally {
        log.push('sibling finally')
      }
    })
    yield fork(function* failing() {
      yield delay(0)
      throw new Error('child failed')
    })
    yield take('NEVER')
  })
  await expect(task.toPromise()).rejects.toThrow('child failed')
  expect(log).toEqual(['sibling finally'])
  expect(task.isAborted()).toBe(true)
})

test('an error in a nested attached fork reaches onError with a saga stack naming each saga', async () => {
  const onError = vi.fn()
  const { run } = makeStore({ onError })
  function* grandchild() {
    yield delay(0)
    yield call(function failingCall() {
      throw new Error('deep failure')
    })
  }
  function* child() {
    yield fork(grandchild)
    yield take('NEVER')
  }
  function* rootSaga() {
    yield fork(child)
    yield take('NEVER')
  }
  const task = run(rootSaga)
  await expect(task.toPromise()).rejects.toThrow('deep failure')
  expect(onError).toHaveBeenCalledTimes(1)
  const [error, info] = onError.mock.calls[0] as [Error, ErrorInfo]
  expect(error.message).toBe('deep failure')
  expect(info.sagaStack).toContain('The above error occurred in task grandchild')
  expect(info.sagaFrames[0]?.effect).toBe('call(failingCall)')
  expect(info.sagaStack).toContain('created by child')
  expect(info.sagaStack).toContain('created by rootSaga')
  expect(info.sagaStack.indexOf('grandchild')).toBeLessThan(
    info.sagaStack.indexOf('created by child'),
  )
})

test('an error thrown synchronously by a forked saga fails the parent, not the fork effect', () => {
  const onError = vi.fn()
  const { run } = makeStore({ onError })
  const task = run(function* () {
    try {
      yield fork(function* () {
        throw new Error('at once')
      })
    } catch {
      return 'caught at the fork: redux-saga does not do that'
    }
    return 'unreachable'
  })
  expect(task.isAborted()).toBe(true)
  expect((task.error() as Error).message).toBe('at once')
  expect(onError).toHaveBeenCalledTimes(1)
})

test('an error from an attached child can be caught by the parent of a call that forked it', async () => {
  const { run } = makeStore()
  function* forksAFailure() {
    yield fork(function* () {
      yield delay(0)
      throw new Error('child failed')
    })
    yield take('NEVER')
  }
  const task = run(function* () {
    try {
      yield call(forksAFailure)
    } catch (error) {
      return `caught ${(error as Error).message}`
    }
  })
  expect(await task.toPromise()).toBe('caught child failed')
})

test('fork of a function returning a promise makes a task that ends with its value', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    const child = yield* fork(() => Promise.resolve('resolved'))
    return child
  })
  await flushAsync()
  const child = task.result()
  expect(child?.result()).toBe('resolved')
})

test('fork of a plain function makes a task that is done at once with its return value', () => {
  const { run } = makeStore()
  const task = run(function* () {
    const child = yield* fork(() => 'plain')
    return [child.isRunning(), child.result()]
  })
  expect(task.result()).toEqual([false, 'plain'])
})

test('fork with [context, method] calls the method on the context', () => {
  const { run, actions } = makeStore()
  const service = {
    type: 'FROM_SERVICE',
    *announce(this: { type: string }) {
      yield put({ type: this.type })
    },
  }
  run(function* () {
    yield fork([service, 'announce'])
  })
  expect(actions).toEqual([{ type: 'FROM_SERVICE' }])
})
