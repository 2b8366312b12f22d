/**
 * Turns a `take` pattern into a matcher. A matcher that only compares `action.type` with one
 * string also carries that string as `actionType`, so a multicast channel can index its takers
 * by type: a dispatch then looks only at the takers that wait for its type.
 */
import type { Pattern } from '../types.js'
import { asString, describeValue, fail } from '../errors.js'

export interface Matcher {
  (input: unknown): boolean
  /** Set when the matcher is exactly `input.type === actionType`. */
  actionType?: string
}

const wildcard: Matcher = () => true

/**
 * Compares `input.type` with `type`, as redux-saga does, whatever `input` is (an action that is
 * a function too, a thunk with a `type`, matches; `null` does not, where redux-saga throws).
 */
const typeIs =
  (type: unknown): Matcher =>
  (input) =>
    (input as { type?: unknown } | null)?.type === type

function matchType(actionType: string): Matcher {
  const matcher = typeIs(actionType)
  matcher.actionType = actionType
  return matcher
}

/**
 * The single action type a pattern stands for, when it stands for exactly one: a string, a
 * Redux Toolkit action creator (`.type`), or an action creator whose `toString()` gives it.
 */
export function actionTypeOf(pattern: unknown): string | undefined {
  if (typeof pattern === 'string') return pattern === '*' ? undefined : pattern
  if (typeof pattern === 'function') {
    const type = (pattern as { type?: unknown }).type
    if (typeof type === 'string') return type
    if (Object.hasOwn(pattern, 'toString')) return String(pattern)
  }
  return undefined
}

function subMatcher(pattern: unknown): Matcher {
  if (pattern === '*') return wildcard
  const actionType = actionTypeOf(pattern)
  if (actionType !== undefined) return matchType(actionType)
  if (typeof pattern === 'function')
    return (input) => Boolean((pattern as (input: unknown) => unknown)(input))
  if (typeof pattern === 'symbol') return typeIs(pattern)
  return fail(
    'INVALID_PATTERN',
    `invalid pattern: ${asString(pattern)}`,
    `Got ${describeValue(pattern)}. A pattern is '*', an action type, a predicate, an action creator, or an array of them.`,
  )
}

/** The matcher for `'*'`, a string, a symbol, a predicate, an action creator, or an array of them. */
export function toMatcher(pattern: Pattern | undefined): Matcher {
  if (pattern === undefined) return wildcard
  if (Array.isArray(pattern)) {
    const matchers = pattern.map(subMatcher)
    return (input) => matchers.some((matcher) => matcher(input))
  }
  return subMatcher(pattern)
}
