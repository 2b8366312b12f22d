/**
 * A task's context: `setContext` (the effect, the task method, the middleware option) copies
 * props into it the same way.
 */
import { asString, describeValue, fail } from '../errors.js'

/**
 * Which `setContext` copies, as its message names it: the effect, `task.setContext` or
 * `sagaMiddleware.setContext`. Numbers, so that the names are in the development message only.
 */
export const BY_EFFECT = 0
export const BY_TASK = 1
export const BY_MIDDLEWARE = 2

/**
 * Copies string and symbol keys, as redux-saga does. `props` is checked in development only, as
 * redux-saga's: its production build copies whatever it is given (`null` throws a `TypeError`
 * when its symbols are read). `process.env` is read first: a context is set rarely.
 */
export function assignContext(
  by: typeof BY_EFFECT | typeof BY_TASK | typeof BY_MIDDLEWARE,
  context: Record<string | symbol, unknown>,
  props: unknown,
): void {
  if (
    process.env.NODE_ENV !== 'production' &&
    (typeof props !== 'object' || props === null || Array.isArray(props))
  ) {
    fail(
      'INVALID_CONTEXT',
      `${['', 'task.', 'sagaMiddleware.'][by]}setContext(props): argument ${asString(props)} is not a plain object`,
      `props must be a plain object; got ${describeValue(props)}.`,
    )
  }
  Object.assign(context, props)
  for (const symbol of Object.getOwnPropertySymbols(props)) {
    context[symbol] = (props as Record<symbol, unknown>)[symbol]
  }
}
