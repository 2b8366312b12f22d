/**
 * The default `onError`, and the one that also prints sagaloop's frames. The environment itself
 * (`Env`) is an interface in kernel/types.ts; `runSaga` creates one per run, never global. The
 * saga stack is in saga-stack.ts.
 */
import type { ErrorInfo } from '../types.js'
import { framesAsText } from './saga-stack.js'

/**
 * What `onError` does by default: the error, then the saga stack, on the console, in two calls,
 * as redux-saga does (a test that spies on `console.error` sees the same calls).
 */
export const logError = (error: unknown, { sagaStack }: ErrorInfo): void => {
  console.error(error)
  console.error(sagaStack)
}

/**
 * An `onError` that prints what the default prints, then sagaloop's frames (every saga on the
 * error's path with the effect it was on), in a third call. Not in redux-saga.
 *
 * @example
 * const sagaMiddleware = createSagaMiddleware({ onError: logErrorWithFrames })
 * // console.error: Error: HTTP 500
 * // console.error: The above error occurred in task loadUser
 * //                    created by rootSaga
 * // console.error: Saga frames:
 * //                  loadUser #9  call(fetchUser, 42)
 * //                  called by rootSaga #1  call(loadUser, 42)
 */
export const logErrorWithFrames = (error: unknown, info: ErrorInfo): void => {
  logError(error, info)
  if (info.sagaFrames.length > 0) console.error(framesAsText(info.sagaFrames))
}
