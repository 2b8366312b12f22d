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
