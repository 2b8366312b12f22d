/**
 * The default `onError`. The environment itself (`Env`) is an interface in kernel/types.ts;
 * `runSaga` creates one per run, never global. The saga stack is in saga-stack.ts.
 */
import type { ErrorInfo } from '../types.js'
import { framesAsText } from './saga-stack.js'

/**
 * What `onError` does by default: the error, then the saga stack, on the console, as redux-saga
 * does; then sagaloop's frames (the effect each saga was on), in a call of their own so the
 * first two stay the same as redux-saga's.
 */
export const logError = (error: unknown, { sagaStack, sagaFrames }: ErrorInfo): void => {
  console.error(error)
  console.error(sagaStack)
  if (sagaFrames.length > 0) console.error(framesAsText(sagaFrames))
}
