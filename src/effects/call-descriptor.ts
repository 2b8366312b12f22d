/**
 * Reading the function descriptor of `call`, `apply`, `cps`, `fork` and `spawn` (`fn`,
 * `[context, fn]`, `[context, 'method']`, `{ context, fn }`) into their payload, and the
 * development-only checks of a descriptor that gives no function.
 */
import { describeValue, fail } from '../errors.js'
import type { AnyFunction, CallPayload } from './call-signatures.js'

// A function of its own rather than a closure in checkedDescriptor: a production build, which
// drops the hints, then drops it too.
function callHint(effectName: string, fnDescriptor: unknown): string {
  const result = typeof fnDescriptor === 'object' && fnDescriptor !== null
  const pass = result
    ? ' Pass the function itself, not its result: call(fn, arg), not call(fn(arg)).'
    : ''
  return `${effectName}(fn, ...args) takes a function, [context, fn], [context, 'method'] or { context, fn }; got ${describeValue(fnDescriptor)}.${pass}`
}

/**
 * Reads a function descriptor. In development it is checked as redux-saga's development build
 * checks it: each mistake fails with redux-saga's message for it, then sagaloop's hint. In
 * production, as in redux-saga's, it is only read: a `fn` that is not a function fails when the
 * effect runs (`NOT_A_FUNCTION`, thrown into the saga).
 */
export function callDescriptor(
  effectName: string,
  fnDescriptor: unknown,
  args: unknown[],
): CallPayload {
  if (typeof fnDescriptor === 'function')
    return { context: null, fn: fnDescriptor as AnyFunction, args }
  const [context, fn] = Array.isArray(fnDescriptor)
    ? (fnDescriptor as [unknown, unknown])
    : [(fnDescriptor as CallPayload | null)?.context, (fnDescriptor as CallPayload | null)?.fn]
  const method: unknown =
    context && typeof fn === 'string' ? (context as Record<string, unknown>)[fn] : fn
  // Only a descriptor that does not give a function has anything to check: `process.env` is read
  // then only (reading it costs, in Node).
  if (typeof method !== 'function' && process.env.NODE_ENV !== 'production')
    return checkedDescriptor(effectName, fnDescriptor, args)
  return { context, fn: method as AnyFunction, args }
}

function checkedDescriptor(
  effectName: string,
  fnDescriptor: unknown,
  args: unknown[],
): CallPayload {
  if (fnDescriptor === undefined || fnDescriptor === null)
    fail(
      'NOT_A_FUNCTION',
      `${effectName}: argument fn is undefined or null`,
      callHint(effectName, fnDescriptor),
    )
  if (typeof fnDescriptor === 'function')
    return { context: null, fn: fnDescriptor as AnyFunction, args }
  let context: unknown = null
  let fn: unknown
  if (Array.isArray(fnDescriptor)) {
    ;[context, fn] = fnDescriptor as [unknown, unknown]
    if (fn === undefined || fn === null)
      fail(
        'NOT_A_FUNCTION',
        `${effectName}: argument of type [context, fn] has undefined or null \`fn\``,
        callHint(effectName, fnDescriptor),
      )
  } else if (typeof fnDescriptor === 'object') {
    ;({ context, fn } = fnDescriptor as { context: unknown; fn: unknown })
    if (fn === undefined || fn === null)
      fail(
        'NOT_A_FUNCTION',
        `${effectName}: argument of type {context, fn} has undefined or null \`fn\``,
        callHint(effectName, fnDescriptor),
      )
  } else {
    fail(
      'NOT_A_FUNCTION',
      `${effectName}: argument fn is not function`,
      callHint(effectName, fnDescriptor),
    )
  }
  if (context && typeof fn === 'string') {
    const method = (context as Record<string, unknown>)[fn]
    if (typeof method !== 'function') {
      fail(
        'NOT_A_FUNCTION',
        `${effectName}: context arguments has no such method - "${fn}"`,
        `The context has no method "${fn}" (got ${describeValue(method)}).`,
      )
    }
    fn = method
  } else if (typeof fn !== 'function') {
    fail(
      'NOT_A_FUNCTION',
      `${effectName}: unpacked fn argument (from [context, fn] or {context, fn}) is not a function`,
      callHint(effectName, fnDescriptor),
    )
  }
  return { context, fn: fn as AnyFunction, args }
}
