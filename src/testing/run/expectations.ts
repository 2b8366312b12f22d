/**
 * The checks `expectSaga` makes once a run is over, and their failure messages. Each names the
 * assertion (its number and how it was written), what was expected, and what the saga did.
 */
import type { Effect } from '../../effects/descriptors.js'
import { describeEffect } from '../../runtime/describe.js'
import { brief, describeThrown } from '../describe-value.js'
import { diffLines, diffValues } from '../diff.js'
import { deepEqual } from '../equality.js'
import { format } from '../format.js'
import type { EffectMatcher } from '../effect-matcher.js'

/** How a run ended. */
export type Outcome =
  | { kind: 'returned'; value: unknown }
  | { kind: 'threw'; error: unknown }
  | { kind: 'timed out'; timeout: number }

export type Expectation =
  | {
      kind: 'effect'
      matcher: EffectMatcher
      expected: unknown
      negated: boolean
      /** Declared after `.inOrder()`: must come after the effect of the ordered one before it. */
      ordered: boolean
    }
  | { kind: 'returns'; value: unknown; negated: boolean }
  | { kind: 'state'; state: unknown; negated: boolean }
  | { kind: 'throws'; error: unknown; negated: boolean }

export interface RunFacts {
  outcome: Outcome
  allEffects: readonly Effect[]
  storeState: unknown
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'returned') return `it returned ${brief(outcome.value)}`
  if (outcome.kind === 'threw') return `it threw ${describeThrown(outcome.error)}`
  return `it did not finish within ${outcome.timeout} ms of real time and was cancelled`
}

function sameKind(effects: readonly Effect[], expected: unknown): Effect[] {
  const type = (expected as { type?: unknown } | null)?.type
  return type === undefined ? [] : effects.filter((effect) => effect.type === type)
}

/** The recorded effect whose rendering differs least from the expected one. */
function closest(candidates: Effect[], expected: unknown): Effect | undefined {
  let best: Effect | undefined
  let bestScore = Infinity
  for (const candidate of candidates) {
    const score = diffLines(format(expected), format(candidate))
      .split('\n')
      .filter((line) => !line.startsWith('  ')).length
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

function effectFailure(
  expectation: Extract<Expectation, { kind: 'effect' }>,
  facts: RunFacts,
): string | undefined {
  const { matcher, negated, expected } = expectation
  const matching = facts.allEffects.filter((effect) => matcher.test(effect))
  if (negated) {
    if (matching.length === 0) return undefined
    const list = matching
      .map((effect) => `  ${describeEffect(effect, { maskSecrets: false })}`)
      .join('\n')
    return `expected the saga not to yield ${matcher.description}, but it did, ${matching.length === 1 ? 'once' : `${matching.length} times`}:\n${list}`
  }
  if (matching.length > 0) return undefined
  const related =
    matcher.sameKind === undefined
      ? sameKind(facts.allEffects, expected)
      : facts.allEffects.filter(matcher.sameKind)
  const total = facts.allEffects.length
  const yielded =
    related.length === 0
      ? `It yielded no effect of that type (${total} ${total === 1 ? 'effect' : 'effects'} in all).`
      : `Effects of that type it yielded (${related.length}):\n${related.map((effect) => `  ${describeEffect(effect, { maskSecrets: false })}`).join('\n')}`
  const nearest = closest(related, expected)
  const diff =
    nearest === undefined || expected === undefined
      ? ''
      : `\n\nThe closest one:\n${diffValues(expected, nearest)}`
  return `expected the saga to yield ${matcher.description}, but it did not.\n${yielded}${diff}`
}

function matchesError(error: unknown, expected: unknown): boolean {
  if (typeof expected === 'function') return error instanceof expected
  if (expected instanceof Error && error instanceof Error) {
    return error.constructor === expected.constructor && error.message === expected.message
  }
  return deepEqual(error, expected)
}

function describeExpectedError(expected: unknown): string {
  return typeof expected === 'function'
    ? `an instance of ${expected.name || 'an error class'}`
    : describeThrown(expected)
}

function valueFailure(expectation: Expectation, facts: RunFacts): string | undefined {
  const { outcome } = facts
  const not = expectation.negated ? 'not ' : ''
  if (expectation.kind === 'returns') {
    const ok = outcome.kind === 'returned' && deepEqual(outcome.value, expectation.value)
    if (ok !== expectation.negated) return undefined
    const head = `expected the saga ${not}to return ${brief(expectation.value)}, but ${describeOutcome(outcome)}.`
    return outcome.kind === 'returned' && !expectation.negated
      ? `${head}\n\n${diffValues(expectation.value, outcome.value)}`
      : head
  }
  if (expectation.kind === 'throws') {
    const ok = outcome.kind === 'threw' && matchesError(outcome.error, expectation.error)
    if (ok !== expectation.negated) return undefined
    return `expected the saga ${not}to throw ${describeExpectedError(expectation.error)}, but ${describeOutcome(outcome)}.`
  }
  if (expectation.kind === 'state') {
    const ok = deepEqual(facts.storeState, expectation.state)
    if (ok !== expectation.negated) return undefined
    const head = `expected the final state ${not}to equal ${brief(expectation.state)}, but it was ${brief(facts.storeState)}.`
    return expectation.negated
      ? head
      : `${head}\n\n${diffValues(expectation.state, facts.storeState)}`
  }
  return undefined
}

/** The failure messages of every expectation that does not hold, numbered as written. */
/**
 * For the ordered assertions: each must match an effect yielded after the one the ordered
 * assertion before it matched.
 */
function orderFailure(
  expectation: Extract<Expectation, { kind: 'effect' }>,
  facts: RunFacts,
  after: { index: number; description: string },
): string | undefined {
  const index = facts.allEffects.findIndex(
    (effect, i) => i > after.index && expectation.matcher.test(effect),
  )
  if (index >= 0) {
    after.index = index
    after.description = expectation.matcher.description
    return undefined
  }
  return `expected the saga to yield ${expectation.matcher.description} after ${after.description}, but it yielded it only before.`
}

/** The failure messages of every expectation that does not hold, numbered as written. */
export function checkExpectations(expectations: readonly Expectation[], facts: RunFacts): string[] {
  const failures: string[] = []
  const after = { index: -1, description: 'the start' }
  expectations.forEach((expectation, index) => {
    let failure =
      expectation.kind === 'effect'
        ? effectFailure(expectation, facts)
        : valueFailure(expectation, facts)
    if (failure === undefined && expectation.kind === 'effect' && expectation.ordered) {
      if (!expectation.negated) failure = orderFailure(expectation, facts, after)
    }
    if (failure !== undefined)
      failures.push(`Assertion ${index + 1} of ${expectations.length}: ${failure}`)
  })
  return failures
}
