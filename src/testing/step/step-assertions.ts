/**
 * What `testSaga` asserts about the step it is at: the yielded value, the end of the saga, or
 * anything a test function checks. A failure begins with redux-saga-test-plan's words, then
 * says where the saga was (`step 3, after .next({"id":1})`) and shows the difference.
 */
import { describeEffect } from '../../runtime/describe.js'
import { brief, describeOutcome } from '../describe-value.js'
import { diffValues, SagaAssertionError } from '../diff.js'
import { deepEqual } from '../equality.js'
import type { SagaStepper } from './stepper.js'

/** `phrase`: redux-saga-test-plan's words for the failure, which the message begins with. */
function fail(
  stepper: SagaStepper,
  phrase: string,
  headline: string,
  diff?: { expected: unknown; actual: unknown },
): never {
  const details = diff ? `\n\n${diffValues(diff.expected, diff.actual)}` : ''
  throw new SagaAssertionError(
    `${phrase}\n\ntestSaga(${stepper.name}): ${stepper.where()}:\n${headline}${details}`,
  )
}

/** test-plan numbers a failed assertion by the steps taken so far. */
function numbered(stepper: SagaStepper, phrase: string): string {
  return `Assertion ${stepper.steps} failed: ${phrase}`
}

const typeOf = (value: unknown) => (value as { type?: unknown } | null)?.type

/** The saga yielded `expected`; `effectName` names the effect assertion (`put`, `call`...). */
export function assertYield(
  stepper: SagaStepper,
  assertion: string,
  expected: unknown,
  effectName?: string,
): void {
  const result = stepper.current(assertion)
  if (!result.done && deepEqual(result.value, expected)) return
  const headline = `expected the saga to yield ${describeEffect(expected, { maskSecrets: false })}\nbut ${describeOutcome(result)}`
  const phrase =
    effectName === undefined
      ? 'yielded values do not match'
      : result.done
        ? `expected ${effectName} effect, but the saga yielded nothing`
        : typeOf(result.value) !== typeOf(expected)
          ? `expected ${effectName} effect, but the saga yielded a different effect`
          : `${effectName} effects do not match`
  fail(
    stepper,
    numbered(stepper, phrase),
    headline,
    result.done ? undefined : { expected, actual: result.value },
  )
}

/** The saga is done; with `expectReturn`, it returned `value`. */
export function assertDone(stepper: SagaStepper, expectReturn: boolean, value: unknown): void {
  const result = stepper.current(expectReturn ? 'returns(value)' : 'isDone()')
  if (result.done && (!expectReturn || deepEqual(result.value, value))) return
  const wanted = expectReturn ? `to return ${brief(value)}` : 'to be done'
  const headline = `expected the saga ${wanted}\nbut ${describeOutcome(result)}`
  const phrase = result.done ? numbered(stepper, 'returned values do not match') : 'saga not done'
  fail(
    stepper,
    phrase,
    headline,
    result.done ? { expected: value, actual: result.value } : undefined,
  )
}

/** Hands the yielded value to `fn`, which asserts what it likes. */
export function inspect(stepper: SagaStepper, fn: (value: unknown) => void): void {
  fn(stepper.current('inspect(fn)').value)
}
