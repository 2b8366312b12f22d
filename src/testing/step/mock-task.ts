/**
 * `createMockTask()`: a stand-in for what `yield fork(...)` returns, for step-by-step tests. It
 * is accepted by `join` and `cancel`, and the test decides how it ends.
 */
import { TASK, TASK_CANCEL } from '../../symbols.js'
import type { Task, TaskMeta, TaskStatus } from '../../types.js'

/** A task whose outcome the test sets. */
export interface MockTask<T = unknown> extends Task<T> {
  /** Ends the task with `result`, as if its saga returned it. */
  setResult(result: T): void
  /** Ends the task with `error`, as if its saga threw it. */
  setError(error: unknown): void
  /** `setRunning(false)` ends the task (with no result); `setRunning(true)` keeps it running. */
  setRunning(running: boolean): void
}

let lastId = 0

/**
 * @example
 * const task = createMockTask()
 * testSaga(saga).next().fork(worker).next(task).cancel(task)
 */
export function createMockTask<T = unknown>(name = 'mockTask'): MockTask<T> {
  let state: TaskStatus = 'running'
  let value: T | undefined
  let failure: unknown
  let settle: { resolve(value: T): void; reject(error: unknown): void } | undefined
  let promise: Promise<T> | undefined
  const context: Record<string, unknown> = {}
  const meta: TaskMeta = { name }

  const end = (next: TaskStatus, method: string) => {
    if (state !== 'running') {
      throw new Error(
        `${method}: the mock task already ended (it is ${state}); a task ends once. Create another with createMockTask().`,
      )
    }
    state = next
    if (next === 'failed') settle?.reject(failure)
    else if (next === 'cancelled') settle?.resolve(TASK_CANCEL as T)
    else settle?.resolve(value as T)
  }

  const task: MockTask<T> = {
    [TASK]: true,
    id: --lastId,
    meta,
    get status() {
      return state
    },
    isRunning: () => state === 'running',
    isCancelled: () => state === 'cancelled',
    isAborted: () => state === 'failed',
    result: () => value,
    error: () => failure,
    toPromise() {
      if (promise !== undefined) return promise
      promise = new Promise<T>((resolve, reject) => {
        settle = { resolve, reject }
      })
      if (state === 'failed') settle?.reject(failure)
      else if (state === 'cancelled') settle?.resolve(TASK_CANCEL as T)
      else if (state === 'done') settle?.resolve(value as T)
      return promise
    },
    cancel() {
      end('cancelled', 'cancel()')
    },
    setContext(props) {
      Object.assign(context, props)
    },
    setResult(result) {
      value = result
      end('done', 'setResult(result)')
    },
    setError(error) {
      failure = error
      end('failed', 'setError(error)')
    },
    setRunning(running) {
      if (!running && state === 'running') end('done', 'setRunning(false)')
    },
  }
  // Not enumerable: a mock task still equals another in assertions.
  Object.defineProperty(task, MOCK_TASK, { value: true })
  return task
}

const MOCK_TASK = '@@sagaloop/MOCK_TASK'

/** True for a task made by `createMockTask`. */
export function isMockTask(value: unknown): value is MockTask {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)[MOCK_TASK] === true
  )
}
