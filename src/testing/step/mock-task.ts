/**
 * `createMockTask()`: a stand-in for what `yield fork(...)` returns, as @redux-saga/testing-utils
 * has it. The test decides how it ends (`setResult`, `setError`, `cancel`), and the real runtime
 * accepts it: a `join` of a mock that has ended returns its result or throws its error; a `join`
 * made while it still runs waits for good (the mock never tells its joiners, as in
 * testing-utils); `cancel` ends it as cancelled.
 *
 * The mock speaks the runtime's own task protocol (the runtime's task mark, `addJoiner` and
 * `removeJoiner`, `context`), so the runtime needs no special case for it.
 */
import { TASK } from '../../symbols.js'
import { OWN_TASK } from '../../kernel/values.js'
import type { Task, TaskMeta, TaskStatus } from '../../types.js'

/** A task whose outcome the test sets. */
export interface MockTask<T = unknown> extends Task<T> {
  /** Ends the task with `result`, as if its saga returned it. */
  setResult(result: T): void
  /** Ends the task with `error`, as if its saga threw it. */
  setError(error: unknown): void
  /** Deprecated in @redux-saga/testing-utils 1.x and so here: it only warns. */
  setRunning(running: boolean): void
}

const MOCK_TASK = '@@sagaloop/MOCK_TASK'
/** testing-utils' names of the statuses, for its message. */
const statusNames: Record<TaskStatus, string> = {
  running: 'Running',
  cancelled: 'Cancelled',
  failed: 'Aborted',
  done: 'Done',
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

  // testing-utils' words, to the letter: a snapshot of the error reads as it did.
  const end = (next: TaskStatus) => {
    if (state !== 'running') {
      throw new Error(
        `The task is no longer Running, it is ${statusNames[state]}. You can't change the status of a task once it is no longer running.`,
      )
    }
    state = next
    if (next === 'failed') settle?.reject(failure)
    else settle?.resolve(value as T)
  }

  // Enumerable: testing-utils' own fields, in its order, so a snapshot or a printed diff of a
  // mock task (or of a `join(task)` effect) reads as it did with @redux-saga/testing-utils.
  // `joiners` is its array; this mock's joins go through `addJoiner` and keep it empty.
  const task = {
    [TASK]: true,
    isRunning: () => state === 'running',
    isCancelled: () => state === 'cancelled',
    isAborted: () => state === 'failed',
    result: () => value,
    error: () => failure,
    cancel() {
      end('cancelled')
    },
    joiners: [],
    setRunning() {
      console.warn(
        'setRunning has been deprecated. It no longer has any effect when being called. If you were calling setResult or setError followed by setRunning, those methods now change the running status of the task. Simply remove the call to setRunning for the desired behavior.',
      )
    },
    setResult(result: T) {
      value = result
      end('done')
    },
    setError(error: unknown) {
      failure = error
      end('failed')
    },
  } as unknown as MockTask<T>
  // Not enumerable: what the runtime and sagaloop add to a task.
  const hidden = {
    id: --lastId,
    meta,
    toPromise() {
      if (promise !== undefined) return promise
      promise = new Promise<T>((resolve, reject) => {
        settle = { resolve, reject }
      })
      if (state === 'failed') settle?.reject(failure)
      else if (state !== 'running') settle?.resolve(value as T)
      return promise
    },
    setContext(props: Record<string, unknown>) {
      Object.assign(context, props)
    },
    // A mock runs no sagas: nothing to wait for.
    settled: () => Promise.resolve(),
    // The runtime's join protocol: joiners are kept by nobody, so a join waits for good.
    addJoiner() {},
    removeJoiner() {},
  }
  for (const [key, field] of Object.entries(hidden))
    Object.defineProperty(task, key, { value: field, writable: true })
  // The runtime's task mark: `join` and `cancel` take this task as one of their own.
  Object.defineProperty(task, OWN_TASK, { value: true })
  Object.defineProperty(task, 'context', { get: () => context })
  Object.defineProperty(task, 'status', { get: () => state })
  Object.defineProperty(task, MOCK_TASK, { value: true })
  return task
}

/** True for a task made by `createMockTask`. */
export function isMockTask(value: unknown): value is MockTask {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)[MOCK_TASK] === true
  )
}
