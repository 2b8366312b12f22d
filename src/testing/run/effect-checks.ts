/**
 * The checks of effect assertions once a run is over. As in redux-saga-test-plan, each positive
 * assertion uses up one matching effect (`.put(a).put(a)` needs two puts); `.times(n)`,
 * `.exactly([...])` and `.strict()` go further. A failure lists the recorded effects of the
 * kind in order, with the mismatch marked, so the reader sees the sequence, not only the miss
 * (see `effect-listing.ts`).
 */
import type { Effect } from '../../effects/descriptors.js'
import { diffValues } from '../diff.js'
import type { EffectMatcher } from '../effect-matcher.js'
import { closest, kindTest, oneLine, plural, sequence, type Recorded } from './effect-listing.js'

export interface EffectExpectation {
  kind: 'effect'
  /** The assertion's name, as written: `put`, `call`... */
  name: string
  matcher: EffectMatcher
  expected: unknown
  negated: boolean
  /** Declared after `.inOrder()`: must come after the effect of the ordered one before it. */
  ordered: boolean
  /** `.forTask(name)`: only effects yielded by tasks of that name count. */
  task: string | undefined
  /** `.times(n)`, `.once()`, `.never()`: exactly this many matching effects. */
  count: number | undefined
}

export interface ExactlyExpectation {
  kind: 'exactly'
  name: string
  matchers: EffectMatcher[]
  task: string | undefined
}

export interface Failure {
  /** redux-saga-test-plan's words for this failure, which the message begins with. */
  phrase: string
  text: string
}

export class EffectChecks {
  /** The effects (by `seq`) the assertions matched, each used up by one. */
  readonly used = new Set<number>()
  private after = { seq: 0, description: 'the start' }

  constructor(private readonly all: readonly Recorded[]) {}

  private scoped(task: string | undefined): Recorded[] {
    return task === undefined ? [...this.all] : this.all.filter((entry) => entry.task === task)
  }

  check(expectation: EffectExpectation): Failure | undefined {
    const { matcher, negated, expected, name, count } = expectation
    const phrase = `${name} expectation unmet:`
    const scope = this.scoped(expectation.task)
    const inTask = expectation.task === undefined ? '' : ` in task ${expectation.task}`
    const ofKind = scope.filter((entry) => kindTest(matcher, expected)(entry.effect))
    const matching = scope.filter((entry) => matcher.test(entry.effect))
    if (count !== undefined) {
      matching.forEach((entry) => this.used.add(entry.seq))
      if (matching.length === count) return undefined
      const marks = new Map(matching.map((entry) => [entry.seq, 'matches'] as const))
      return {
        phrase,
        text: `expected the saga to yield ${matcher.description} ${plural(count)}${inTask}, but it yielded it ${plural(matching.length)}.\nEffects of that kind, in order:\n${sequence(ofKind, marks)}`,
      }
    }
    const unused = matching.filter((entry) => !this.used.has(entry.seq))
    if (negated) {
      if (unused.length === 0) return undefined
      this.used.add((unused[0] as Recorded).seq)
      const marks = new Map(unused.map((entry) => [entry.seq, 'not expected'] as const))
      return {
        phrase,
        text: `expected the saga not to yield ${matcher.description}${inTask}, but it did, ${plural(unused.length)}:\n${sequence(ofKind, marks)}`,
      }
    }
    const found = unused.find((entry) => !expectation.ordered || entry.seq > this.after.seq)
    if (found !== undefined) {
      this.used.add(found.seq)
      if (expectation.ordered) this.after = { seq: found.seq, description: matcher.description }
      return undefined
    }
    if (expectation.ordered && unused.length > 0) {
      return {
        phrase,
        text: `expected the saga to yield ${matcher.description} after ${this.after.description}, but it yielded it only before.`,
      }
    }
    const why =
      matching.length > 0
        ? `It yielded it ${plural(matching.length)}, and earlier assertions used each one up (one effect answers one assertion).`
        : ofKind.length === 0
          ? `It yielded no effect of that type${inTask} (${scope.length} ${scope.length === 1 ? 'effect' : 'effects'} in all).`
          : `Effects of that type it yielded (${ofKind.length}):\n${ofKind.map((entry) => `  ${oneLine(entry.effect)}`).join('\n')}`
    const nearest = matching.length > 0 ? undefined : closest(ofKind, expected)
    const diff =
      nearest === undefined || expected === undefined
        ? ''
        : `\n\nThe closest one:\n${diffValues(expected, nearest.effect)}`
    return {
      phrase,
      text: `expected the saga to yield ${matcher.description}${inTask}, but it did not.\n${why}${diff}`,
    }
  }

  checkExactly(expectation: ExactlyExpectation): Failure | undefined {
    const tests = expectation.matchers.map((m) => kindTest(m, undefined))
    const ofKind = this.scoped(expectation.task).filter((entry) =>
      tests.some((test) => test(entry.effect)),
    )
    ofKind.forEach((entry) => this.used.add(entry.seq))
    const length = Math.max(ofKind.length, expectation.matchers.length)
    for (let index = 0; index < length; index++) {
      const entry = ofKind[index]
      const wanted = expectation.matchers[index]
      if (entry !== undefined && wanted !== undefined && wanted.test(entry.effect)) continue
      const expectedList = expectation.matchers.map(
        (m, i) => `  ${String(i + 1).padStart(3)}. ${m.description}`,
      )
      const mark =
        entry === undefined
          ? undefined
          : wanted === undefined
            ? 'not in the expected list'
            : `expected ${wanted.description}`
      const marks = new Map(
        mark === undefined || entry === undefined ? [] : [[entry.seq, mark] as const],
      )
      const missing =
        entry === undefined
          ? `\nIt yielded only ${ofKind.length}; missing from number ${index + 1}: ${wanted?.description ?? ''}`
          : ''
      return {
        phrase: `${expectation.name} expectation unmet:`,
        text: `expected exactly these effects, in order:\n${expectedList.join('\n')}\nbut the saga yielded:\n${sequence(ofKind, marks)}${missing}`,
      }
    }
    return undefined
  }

  /** `.strict()`: the effects of the asserted kinds that no assertion used. */
  extras(kinds: readonly ((effect: Effect) => boolean)[]): Failure | undefined {
    const ofKinds = this.all.filter((entry) => kinds.some((test) => test(entry.effect)))
    const extra = ofKinds.filter((entry) => !this.used.has(entry.seq))
    if (extra.length === 0) return undefined
    const marks = new Map(extra.map((entry) => [entry.seq, 'not asserted'] as const))
    return {
      phrase: 'strict expectation unmet:',
      text: `.strict(): the saga yielded ${extra.length} ${extra.length === 1 ? 'effect' : 'effects'} of the asserted kinds that no assertion expects:\n${sequence(ofKinds, marks)}`,
    }
  }
}
