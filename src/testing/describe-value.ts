/** One-line renderings for the headlines of failure messages. */
import { describeEffect } from '../runtime/describe.js'

/** `call(fetchUser, 1)`, `{"type":"SAVED"}`, `42`: a value on one line. */
export function brief(value: unknown): string {
  if (value === undefined) return 'undefined'
  return describeEffect(value, { maskSecrets: false })
}

/** What the saga did at a step: `it yielded call(api)` or `the saga was done (it returned 1)`. */
export function describeOutcome(result: IteratorResult<unknown, unknown>): string {
  if (result.done) {
    return result.value === undefined
      ? 'the saga was done (it returned)'
      : `the saga was done (it returned ${brief(result.value)})`
  }
  return `it yielded ${brief(result.value)}`
}

/** A thrown value: `Error: offline`, `NotFound: no user 1`, `CustomError {}`, or the value. */
export function describeThrown(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return brief(value)
  const className = (value as { constructor?: { name?: unknown } }).constructor?.name
  const name = typeof className === 'string' && className !== '' ? className : undefined
  if (value instanceof Error) {
    const shown = value.name === 'Error' && name !== undefined ? name : value.name
    return value.message === '' ? shown : `${shown}: ${value.message}`
  }
  return name !== undefined && name !== 'Object' ? `${name} ${brief(value)}` : brief(value)
}
