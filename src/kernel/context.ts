/**
 * A task's context: `setContext` (the effect, the task method, the middleware option) copies
 * props into it the same way.
 */
import { asString, describeValue, fail } from '../errors.js'

/** Copies string and symbol keys, as redux-saga does. */
export function assignContext(
  name: string,
  context: Record<string | symbol, unknown>,
  props: unknown,
): void {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    fail(
      'INVALID_CONTEXT',
      `${name}(props): argument ${asString(props)} is not a plain object`,
      `props must be a plain object; got ${describeValue(props)}.`,
    )
  }
  Object.assign(context, props)
  for (const symbol of Object.getOwnPropertySymbols(props)) {
    context[symbol] = (props as Record<symbol, unknown>)[symbol]
  }
}
