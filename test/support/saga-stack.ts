/**
 * Runs one saga program under sagaloop and under redux-saga and records what `onError` received:
 * the error (its message, or the thrown value itself) and the `sagaStack` string, so a test can
 * compare the two byte for byte.
 *
 * `locate` and `at` stand in for redux-saga's Babel plugin, which records where a saga function
 * is declared (`{ fileName, lineNumber }`) and, on each yielded effect, the source text and line
 * (`{ fileName, lineNumber, code }`), under the key `'@@redux-saga/LOCATION'`.
 */
import { applyMiddleware, createStore, type Reducer } from 'redux'
import { libs, type Lib } from './differential'
import { flushAsync } from './store'

const LOCATION = '@@redux-saga/LOCATION'
const FILE = 'src/sagas/index.js'

/** Marks a saga function as declared at `lineNumber` of the demo file. */
export function locate<F extends (...args: never[]) => unknown>(fn: F, lineNumber: number): F {
  Object.defineProperty(fn, LOCATION, { value: { fileName: FILE, lineNumber } })
  return fn
}

/** Marks an effect as written as `code` at `lineNumber` of the demo file. */
export function at<E>(effect: E, code: string, lineNumber: number): E {
  Object.defineProperty(effect, LOCATION, { value: { fileName: FILE, lineNumber, code } })
  return effect
}

/** What one `onError` call received. */
export interface Reported {
  error: unknown
  sagaStack: string
}

export type StackProgram = (lib: Lib) => {
  saga: (...args: never[]) => Iterator<unknown>
  reducer?: Reducer
  actions?: unknown[]
}

/**
 * With `monitored`, both run with a (silent) saga monitor, which takes sagaloop off its fast
 * path for synchronous `call` and `select`: the stack must not depend on it.
 */
export async function reportedUnder(
  lib: Lib,
  program: StackProgram,
  ticks = 10,
  monitored = false,
) {
  const reported: Reported[] = []
  const middleware = lib.createSagaMiddleware({
    ...(monitored ? { sagaMonitor: { effectTriggered: () => {} } } : {}),
    onError: (error: unknown, info: { sagaStack: string }) =>
      reported.push({
        error: error instanceof Error ? error.message : error,
        sagaStack: info.sagaStack,
      }),
  })
  const { saga, reducer = (state: unknown = {}) => state, actions = [] } = program(lib)
  const store = createStore(reducer, applyMiddleware(middleware))
  const task = middleware.run(saga)
  const settled = task.toPromise().catch(() => {})
  for (const action of actions) store.dispatch(action as { type: string })
  // The root usually ends with the error; a few ticks more for reports of detached tasks.
  await Promise.race([settled, flushAsync()])
  for (let i = 0; i < ticks; i++) await flushAsync()
  return reported
}

/** What `onError` received under each library. */
export async function reportedByBoth(program: StackProgram, monitored = false) {
  const [sl, rs] = libs as [Lib, Lib]
  return {
    sagaloop: await reportedUnder(sl, program, 10, monitored),
    reduxSaga: await reportedUnder(rs, program, 10, monitored),
  }
}
