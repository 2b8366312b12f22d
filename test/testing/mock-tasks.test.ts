import { afterEach, describe, expect, it, vi } from 'vitest'
import { runSaga } from 'sagaloop'
import { cancel, fork, join, put, take } from 'sagaloop/effects'
import { createMockTask, expectSaga, matchers } from 'sagaloop/testing'
import { mockTask } from 'sagaloop/testing/providers'
import type { Task } from 'sagaloop'
import { createMockTask as testingUtilsMockTask } from '@redux-saga/testing-utils'

afterEach(() => {
  vi.restoreAllMocks()
})

/** Runs `saga(task)` on the real runtime, recording what it puts. */
function runWith(saga: (task: Task) => Generator<unknown, unknown, unknown>, task: Task) {
  const dispatched: unknown[] = []
  const running = runSaga({ dispatch: (action: unknown) => dispatched.push(action) }, saga, task)
  return { running, dispatched }
}

describe('createMockTask with the real runtime, as @redux-saga/testing-utils', () => {
  function* joiner(task: Task): Generator<unknown, void, unknown> {
    try {
      const result: unknown = yield join(task)
      yield put({ type: 'JOINED', result })
    } catch (error) {
      yield put({ type: 'JOIN_FAILED', message: (error as Error).message })
    }
  }

  it('a join resolves with the value setResult gave', async () => {
    const task = createMockTask()
    task.setResult(42)
    const { running, dispatched } = runWith(joiner, task)
    await running.toPromise()
    expect(dispatched).toEqual([{ type: 'JOINED', result: 42 }])
  })

  it('a join throws the error setError gave', async () => {
    const task = createMockTask()
    task.setError(new Error('worker failed'))
    const { running, dispatched } = runWith(joiner, task)
    await running.toPromise()
    expect(dispatched).toEqual([{ type: 'JOIN_FAILED', message: 'worker failed' }])
  })

  it('a join made before setResult does not resolve', async () => {
    const task = createMockTask()
    const { running, dispatched } = runWith(joiner, task)
    task.setResult(1)
    await Promise.resolve()
    expect(running.isRunning()).toBe(true)
    expect(dispatched).toEqual([])
    running.cancel()
  })

  it('yield cancel(mock) cancels it, and a join after that completes', async () => {
    const task = createMockTask()
    function* cancelThenJoin(mock: Task): Generator<unknown, void, unknown> {
      yield cancel(mock)
      yield join(mock)
      yield put({ type: 'AFTER_JOIN' })
    }
    const { running, dispatched } = runWith(cancelThenJoin, task)
    await running.toPromise()
    expect(task.isCancelled()).toBe(true)
    expect(dispatched).toEqual([{ type: 'AFTER_JOIN' }])
  })

  it("a join of a mock whose result is redux-saga's TASK_CANCEL is cancelled, as in redux-saga", async () => {
    const task = createMockTask()
    task.setResult('@@redux-saga/TASK_CANCEL')
    const { running, dispatched } = runWith(joiner, task)
    await running.toPromise()
    expect(running.isCancelled()).toBe(true)
    expect(dispatched).toEqual([])
  })

  it('mock.cancel() then join completes', async () => {
    const task = createMockTask()
    task.cancel()
    const { running } = runWith(joiner, task)
    await running.toPromise()
    expect(running.isRunning()).toBe(false)
  })

  it('refuses a second outcome with testing-utils words', () => {
    const task = createMockTask()
    task.setResult(1)
    expect(() => task.setError(new Error('x'))).toThrow(
      /^The task is no longer Running, it is Done/,
    )
    const cancelled = createMockTask()
    cancelled.cancel()
    expect(() => cancelled.setResult(1)).toThrow(/^The task is no longer Running, it is Cancelled/)
  })

  it('says what testing-utils says, to the letter, when an outcome comes twice or setRunning is called', () => {
    const ours = createMockTask()
    const theirs = testingUtilsMockTask()
    ours.cancel()
    theirs.cancel()
    const message = (task: { setResult(value: number): void }) => {
      try {
        task.setResult(1)
      } catch (error) {
        return (error as Error).message
      }
    }
    expect(message(ours)).toBe(message(theirs))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    ours.setRunning(true)
    theirs.setRunning(true)
    expect(warn.mock.calls[0]).toEqual(warn.mock.calls[1])
  })

  it('setRunning warns that it is deprecated and changes nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const task = createMockTask()
    task.setRunning(false)
    expect(task.isRunning()).toBe(true)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^setRunning has been deprecated/)
  })
})

describe('providers that replace a forked saga with a mock task', () => {
  function* worker(): Generator<unknown, number, unknown> {
    yield put({ type: 'REAL_WORKER_RAN' })
    return 1
  }
  function* parent(): Generator<unknown, void, unknown> {
    const task = (yield fork(worker)) as Task
    try {
      const result: unknown = yield join(task)
      yield put({ type: 'RESULT', result })
    } catch (error) {
      yield put({ type: 'WORKER_FAILED', message: (error as Error).message })
    }
  }

  it('gives the parent a task that ended with a result, and the worker never runs', async () => {
    await expectSaga(parent)
      .provide([[matchers.fork.fn(worker), mockTask({ result: 42 })]])
      .put({ type: 'RESULT', result: 42 })
      .not.put({ type: 'REAL_WORKER_RAN' })
      .run()
  })

  it('gives the parent a task that failed', async () => {
    await expectSaga(parent)
      .provide([[matchers.fork.fn(worker), mockTask({ error: new Error('down') })]])
      .put({ type: 'WORKER_FAILED', message: 'down' })
      .run()
  })

  it('gives a never-ending task: the join waits and the run ends idle, blocked on it', async () => {
    const result = await expectSaga(parent)
      .provide([[matchers.fork.fn(worker), mockTask()]])
      .silentRun()
    expect(result.ended).toBe('idle')
    expect(result.blocked[0]?.on[0]).toMatch(/^join\(.*\(the joined task has not ended\)$/)
  })

  it('tests a watcher without running its workers', async () => {
    function* watcher() {
      for (;;) {
        yield take('JOB')
        yield fork(worker)
      }
    }
    const { effects } = await expectSaga(watcher)
      .provide([[matchers.fork.fn(worker), mockTask({ result: 0 })]])
      .dispatch({ type: 'JOB' })
      .dispatch({ type: 'JOB' })
      .fork(worker)
      .times(2)
      .silentRun()
    expect(effects.put).toBeUndefined()
  })
})

describe('createMockTask as printed in snapshots and diffs', () => {
  /** What a snapshot prints of an object: its prototype, its enumerable keys, and for functions their names. */
  function printedShape(value: object) {
    return {
      proto: Object.getPrototypeOf(value) as unknown,
      entries: Object.entries(value).map(([key, field]) => [
        key,
        typeof field === 'function' ? `[Function ${field.name}]` : field,
      ]),
      symbols: Object.getOwnPropertySymbols(value).filter((symbol) =>
        Object.prototype.propertyIsEnumerable.call(value, symbol),
      ),
    }
  }

  it('has the fields of @redux-saga/testing-utils mock task, in its order, and no others', () => {
    expect(printedShape(createMockTask())).toEqual(printedShape(testingUtilsMockTask()))
  })

  it('still gives its id, name and status to whoever asks', () => {
    const task = createMockTask('worker')
    expect(task.id).toBeLessThan(0)
    expect(task.meta.name).toBe('worker')
    task.cancel()
    expect(task.isCancelled()).toBe(true)
  })
})
