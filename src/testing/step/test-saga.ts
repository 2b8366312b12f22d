/**
 * `testSaga(saga, ...args)`: steps through a saga's generator and checks each yielded effect in
 * order, as redux-saga-test-plan's `testSaga` does. Nothing runs: the test feeds every result.
 *
 * @example
 * testSaga(loadUser, 1)
 *   .next().call(fetchUser, 1)
 *   .next(user).put(userLoaded(user))
 *   .next().isDone()
 */
import type { AnyFunction } from '../../effects/descriptors.js'
import { describeEffect } from '../../runtime/describe.js'
import { brief, describeOutcome } from '../describe-value.js'
import { diffValues, SagaAssertionError } from '../diff.js'
import { deepEqual } from '../equality.js'
import { effectCreators, expectedEffect } from '../effect-api.js'
import type { TestApi, TestApiWithAssertions } from './test-api.js'

export type { TestApi, TestApiWithAssertions } from './test-api.js'

type Method = 'next' | 'throw' | 'return'
interface Resume {
  method: Method
  arg: unknown
}

class SagaStepper {
  private iterator: Iterator<unknown, unknown, unknown>
  private history: Resume[] = []
  private result: IteratorResult<unknown, unknown> | undefined
  private readonly saved = new Map<string, Resume[]>()

  constructor(
    private readonly saga: AnyFunction,
    private args: unknown[],
  ) {
    this.iterator = this.start()
  }

  get name(): string {
    return this.saga.name || 'saga'
  }

  private start(): Iterator<unknown, unknown, unknown> {
    const iterator = (this.saga as (...args: unknown[]) => unknown)(...this.args)
    if (typeof iterator !== 'object' || iterator === null || !('next' in iterator)) {
      throw new TypeError(
        `testSaga(${this.name}): the saga returned ${brief(iterator)}, not a generator. Pass a generator function (function*).`,
      )
    }
    return iterator as Iterator<unknown, unknown, unknown>
  }

  resume(resume: Resume): void {
    this.history.push(resume)
    const { method, arg } = resume
    const iterator = this.iterator
    if (method === 'next') this.result = iterator.next(arg)
    else if (method === 'throw') {
      if (iterator.throw === undefined) throw arg
      this.result = iterator.throw(arg)
    } else this.result = iterator.return ? iterator.return(arg) : { done: true, value: arg }
  }

  replay(history: Resume[]): void {
    this.iterator = this.start()
    this.history = []
    this.result = undefined
    for (const resume of history) this.resume(resume)
  }

  /** Starts over; with `args`, the saga gets those from now on (also when a branch is replayed). */
  restart(args: unknown[]): void {
    if (args.length > 0) this.args = args
    this.replay([])
  }

  back(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > this.history.length) {
      throw new Error(
        `testSaga(${this.name}).back(${String(n)}): can go back 0 to ${this.history.length} steps from step ${this.history.length}.`,
      )
    }
    this.replay(this.history.slice(0, this.history.length - n))
  }

  save(label: string): void {
    this.saved.set(label, [...this.history])
  }

  restore(label: string): void {
    const history = this.saved.get(label)
    if (history === undefined) {
      const known = [...this.saved.keys()].map((key) => JSON.stringify(key)).join(', ')
      throw new Error(
        `testSaga(${this.name}).restore(${JSON.stringify(label)}): nothing was saved under this label (saved: ${known || 'none'}). Call .save(label) first.`,
      )
    }
    this.replay(history)
  }

  /** `step 3, after .next({"id":1})`: where the failing assertion was. */
  private where(): string {
    const last = this.history[this.history.length - 1]
    if (last === undefined) return 'before the first step: call .next() first'
    const arg = last.arg === undefined ? '' : brief(last.arg)
    return `step ${this.history.length}, after .${last.method}(${arg})`
  }

  private current(assertion: string): IteratorResult<unknown, unknown> {
    if (this.result === undefined) {
      throw new SagaAssertionError(
        `testSaga(${this.name}).${assertion}: the saga has not started. Call .next() before asserting what it yields.`,
      )
    }
    return this.result
  }

  /** `phrase`: redux-saga-test-plan's words for the failure, which the message begins with. */
  fail(phrase: string, headline: string, diff?: { expected: unknown; actual: unknown }): never {
    const details = diff ? `\n\n${diffValues(diff.expected, diff.actual)}` : ''
    throw new SagaAssertionError(
      `${phrase}\n\ntestSaga(${this.name}): ${this.where()}:\n${headline}${details}`,
    )
  }

  /** test-plan numbers a failed assertion by the steps taken so far. */
  private numbered(phrase: string): string {
    return `Assertion ${this.history.length} failed: ${phrase}`
  }

  assertYield(assertion: string, expected: unknown, effectName?: string): void {
    const result = this.current(assertion)
    if (!result.done && deepEqual(result.value, expected)) return
    const headline = `expected the saga to yield ${describeEffect(expected, { maskSecrets: false })}\nbut ${describeOutcome(result)}`
    const typeOf = (value: unknown) => (value as { type?: unknown } | null)?.type
    const phrase =
      effectName === undefined
        ? 'yielded values do not match'
        : result.done
          ? `expected ${effectName} effect, but the saga yielded nothing`
          : typeOf(result.value) !== typeOf(expected)
            ? `expected ${effectName} effect, but the saga yielded a different effect`
            : `${effectName} effects do not match`
    this.fail(
      this.numbered(phrase),
      headline,
      result.done ? undefined : { expected, actual: result.value },
    )
  }

  assertDone(expectReturn: boolean, value: unknown): void {
    const result = this.current(expectReturn ? 'returns(value)' : 'isDone()')
    if (result.done && (!expectReturn || deepEqual(result.value, value))) return
    const wanted = expectReturn ? `to return ${brief(value)}` : 'to be done'
    const headline = `expected the saga ${wanted}\nbut ${describeOutcome(result)}`
    const phrase = result.done ? this.numbered('returned values do not match') : 'saga not done'
    this.fail(phrase, headline, result.done ? { expected: value, actual: result.value } : undefined)
  }

  inspect(fn: (value: unknown) => void): void {
    fn(this.current('inspect(fn)').value)
  }
}

const helperAliases = {
  takeEveryEffect: 'takeEvery',
  takeLatestEffect: 'takeLatest',
  takeLeadingEffect: 'takeLeading',
  throttleEffect: 'throttle',
  debounceEffect: 'debounce',
} as const

function createApi(stepper: SagaStepper): TestApiWithAssertions {
  const api: Record<string, unknown> = {
    next: (value?: unknown) => step('next', value),
    throw: (error: unknown) => step('throw', error),
    return: (value?: unknown) => step('return', value),
    finish: (value?: unknown) => step('return', value),
    back: (n = 1) => chain(() => stepper.back(n)),
    save: (label: string) => chain(() => stepper.save(label)),
    restore: (label: string) => chain(() => stepper.restore(label)),
    restart: (...args: unknown[]) => chain(() => stepper.restart(args)),
    is: (value: unknown) => chain(() => stepper.assertYield('is(value)', value)),
    inspect: (fn: (value: unknown) => void) => chain(() => stepper.inspect(fn)),
    isDone: () => chain(() => stepper.assertDone(false, undefined)),
    returns: (value: unknown) => chain(() => stepper.assertDone(true, value)),
  }
  const step = (method: Method, arg: unknown) => {
    stepper.resume({ method, arg })
    return typed
  }
  const chain = (check: () => void) => {
    check()
    return typed
  }
  for (const name of Object.keys(effectCreators)) {
    api[name] = (...args: unknown[]) =>
      chain(() => stepper.assertYield(`${name}(...)`, expectedEffect(name, args), name))
  }
  for (const [alias, name] of Object.entries(helperAliases)) api[alias] = api[name]
  Object.assign(api.put as object, { resolve: api.putResolve })
  Object.assign(api.take as object, { maybe: api.takeMaybe })
  const typed = api as unknown as TestApiWithAssertions
  return typed
}

/** Starts stepping through `saga(...args)`; call `.next()` to run it to its first yield. */
export function testSaga<S extends AnyFunction>(saga: S, ...args: Parameters<S>): TestApi {
  if (typeof saga !== 'function') {
    throw new TypeError(`testSaga(saga): saga must be a generator function; got ${brief(saga)}.`)
  }
  return createApi(new SagaStepper(saga, args))
}
