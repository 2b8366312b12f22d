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

/** Copies string and symbol keys, as redux-saga does. */
export function assignContext(
  by: typeof BY_EFFECT | typeof BY_TASK | typeof BY_MIDDLEWARE,
  context: Record<string | symbol, unknown>,
  props: unknown,
): void {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
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
