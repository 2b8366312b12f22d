/**
 * The checks `expectSaga` makes once a run is over, and their failure messages. Each begins with
 * redux-saga-test-plan's words for the same failure, then names the assertion (its number and
 * how it was written), what was expected, and what the saga did.
 */
import type { Effect } from '../../effects/descriptors.js'
import { brief, describeThrown } from '../describe-value.js'
import { diffValues } from '../diff.js'
import { deepEqual } from '../equality.js'
import {
  EffectChecks,
  type EffectExpectation,
  type ExactlyExpectation,
  type Failure,
} from './effect-checks.js'
import { kindTest, type Recorded } from './effect-listing.js'
import { describeBlocked, type BlockedTask } from './log.js'

/** How a run ended. */
export type Outcome =
  | { kind: 'returned'; value: unknown }
  | { kind: 'threw'; error: unknown }
  | { kind: 'idle'; blocked: readonly BlockedTask[] }
  | { kind: 'stuck'; on: readonly string[]; timeout: number }

export type Expectation =
  | EffectExpectation
  | ExactlyExpectation
  | { kind: 'returns'; value: unknown; negated: boolean }
  | { kind: 'state'; state: unknown; negated: boolean }
  | { kind: 'throws'; error: unknown; negated: boolean }

export interface RunFacts {
  outcome: Outcome
  effects: readonly Recorded[]
  storeState: unknown
  strict: boolean
}

export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'returned') return `it returned ${brief(outcome.value)}`
  if (outcome.kind === 'threw') return `it threw ${describeThrown(outcome.error)}`
  if (outcome.kind === 'stuck')
    return `it was still waiting on ${outcome.on.join(' and ')} after ${outcome.timeout} ms of real time, and was cancelled`
  return `it did not finish: it became idle and was cancelled, with\n${describeBlocked(outcome.blocked)}`
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

function valueFailure(expectation: Expectation, facts: RunFacts): Failure | undefined {
  const { outcome } = facts
  if (expectation.kind === 'returns') {
    const not = expectation.negated ? 'not ' : ''
    const ok = outcome.kind === 'returned' && deepEqual(outcome.value, expectation.value)
    if (ok !== expectation.negated) return undefined
    const head = `expected the saga ${not}to return ${brief(expectation.value)}, but ${describeOutcome(outcome)}.`
    return {
      phrase: expectation.negated ? 'Did not expect to return:' : 'Expected to return:',
      text:
        outcome.kind === 'returned' && !expectation.negated
          ? `${head}\n\n${diffValues(expectation.value, outcome.value)}`
          : head,
    }
  }
  if (expectation.kind === 'throws') {
    const not = expectation.negated ? 'not ' : ''
    const ok = outcome.kind === 'threw' && matchesError(outcome.error, expectation.error)
    if (ok !== expectation.negated) return undefined
    // test-plan's last words for each case close the text, so a test matching them still passes.
    const closing = expectation.negated
      ? ''
      : outcome.kind === 'threw'
        ? `\nBut instead threw: ${describeThrown(outcome.error)}`
        : '\nBut no error thrown'
    return {
      phrase: expectation.negated
        ? 'Expected not to throw:'
        : typeof expectation.error === 'function'
          ? 'Expected to throw error of type:'
          : 'Expected to throw:',
      text: `expected the saga ${not}to throw ${describeExpectedError(expectation.error)}, but ${describeOutcome(outcome)}.${closing}`,
    }
  }
  if (expectation.kind === 'state') {
    const not = expectation.negated ? 'not ' : ''
    const ok = deepEqual(facts.storeState, expectation.state)
    if (ok !== expectation.negated) return undefined
    const head = `expected the final state ${not}to equal ${brief(expectation.state)}, but it was ${brief(facts.storeState)}.`
    return {
      phrase: expectation.negated
        ? 'Expected to not have final store state:'
        : 'Expected to have final store state:',
      text: expectation.negated
        ? head
        : `${head}\n\n${diffValues(expectation.state, facts.storeState)}`,
    }
  }
  return undefined
}

/**
 * The failures of the expectations that do not hold, numbered as written (`.strict()` last), and
 * the effects (by `seq`) the effect assertions matched.
 */
export function checkExpectations(
  expectations: readonly Expectation[],
  facts: RunFacts,
): { failures: Failure[]; usedUp: ReadonlySet<number> } {
  const failures: Failure[] = []
  const checks = new EffectChecks(facts.effects)
  const kinds: ((effect: Effect) => boolean)[] = []
  expectations.forEach((expectation, index) => {
    let failure: Failure | undefined
    if (expectation.kind === 'effect') {
      failure = checks.check(expectation)
      if (!expectation.negated) kinds.push(kindTest(expectation.matcher, expectation.expected))
    } else if (expectation.kind === 'exactly') {
      failure = checks.checkExactly(expectation)
      for (const matcher of expectation.matchers) kinds.push(kindTest(matcher, undefined))
    } else failure = valueFailure(expectation, facts)
    if (failure !== undefined)
      failures.push({
        ...failure,
        text: `Assertion ${index + 1} of ${expectations.length}: ${failure.text}`,
      })
  })
  if (facts.strict) {
    const extra = checks.extras(kinds)
    if (extra !== undefined) failures.push(extra)
  }
  return { failures, usedUp: checks.used }
}
