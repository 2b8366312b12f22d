/**
 * `expectSaga(saga, ...args)`: runs a saga on the real sagaloop runtime, with a state and a
 * reducer, mocked effects (providers) and virtual time, until it is done or idle, then checks
 * what it did. The API is redux-saga-test-plan's, plus counted and strict assertions.
 *
 * @example
 * await expectSaga(loadUser, 1)
 *   .provide([[matchers.call.fn(fetchUser), user]])
 *   .put(userLoaded(user))
 *   .run()
 */
import type { AnyFunction, SagaReturnType } from '../../effects/descriptors.js'
import { effectCreators, expectedEffect } from '../effect-api.js'
import { kindNamed } from '../effect-kinds.js'
import {
  asDescriptor,
  equalTo,
  isMatcher,
  likeMatcher,
  shorthandMatcher,
  type EffectMatcher,
} from '../effect-matcher.js'
import type { EffectExpectation } from './effect-checks.js'
import type { Expectation } from './expectations.js'
import type { ProviderEntry } from './providers.js'
import { runExpectedSaga, type RunResult } from './result.js'
import { newSetup, type RunOptions } from './setup.js'
import type { ExpectApi } from './expect-api.js'

/** An effect given to `.exactly([...])`, as a matcher that knows the kind it belongs to. */
function itemMatcher(item: unknown): EffectMatcher {
  if (isMatcher(item)) return item
  const type = asDescriptor(item)?.type
  return { ...equalTo(item), sameKind: (effect) => asDescriptor(effect)?.type === type }
}

/** Starts describing a run of `saga(...args)`; `.run()` runs it and checks the assertions. */
export function expectSaga<S extends AnyFunction>(
  saga: S,
  ...args: Parameters<S>
): ExpectApi<SagaReturnType<S>> {
  if (typeof saga !== 'function') {
    throw new TypeError(`expectSaga(saga): saga must be a generator function; got ${String(saga)}.`)
  }
  const setup = newSetup(saga, args)
  let negateNext = false
  let ordered = false
  let task: string | undefined
  let nextDispatchDelay: number | undefined
  let last: EffectExpectation | undefined

  const expect = (expectation: Expectation) => {
    setup.expectations.push(expectation)
    last = expectation.kind === 'effect' ? expectation : undefined
    negateNext = false
    return typed
  }
  const effect = (name: string, matcher: EffectMatcher, expected: unknown) =>
    expect({
      kind: 'effect',
      name,
      matcher,
      expected,
      negated: negateNext,
      ordered,
      task,
      count: undefined,
    })
  const counted = (method: string, count: number) => {
    if (last === undefined || last.negated || last.count !== undefined) {
      throw new TypeError(
        `expectSaga(${saga.name || 'saga'}).${method}: it counts the effect assertion just before it, as in .put(action).${method}; there is none.`,
      )
    }
    last.count = count
    return typed
  }

  const api: Record<string, unknown> = {
    get not() {
      negateNext = true
      return typed
    },
    inOrder() {
      ordered = true
      return typed
    },
    strict() {
      setup.strict = true
      return typed
    },
    forTask(name?: string) {
      task = name
      return typed
    },
    times: (n: number) => counted(`times(${n})`, n),
    once: () => counted('once()', 1),
    never: () => counted('never()', 0),
    exactly: (items: readonly unknown[]) =>
      expect({ kind: 'exactly', name: 'exactly', matchers: items.map(itemMatcher), task }),
    withState(state: unknown) {
      setup.state = state
      return typed
    },
    withReducer(reducer: (state: unknown, action: unknown) => unknown, initialState?: unknown) {
      setup.reducer = reducer
      setup.state =
        initialState === undefined
          ? reducer(undefined, { type: '@@sagaloop/testing/INIT' })
          : initialState
      return typed
    },
    provide(providers: ProviderEntry | readonly ProviderEntry[]) {
      if (Array.isArray(providers)) setup.providers.push(...(providers as ProviderEntry[]))
      else setup.providers.push(providers as ProviderEntry)
      return typed
    },
    withClock(options: { autoAdvance?: boolean } = { autoAdvance: false }) {
      setup.autoAdvance = options.autoAdvance ?? false
      return typed
    },
    withVirtualNow(start: number = Date.now()) {
      setup.virtualNow = start
      return typed
    },
    advanceTime(ms: number) {
      setup.timeLimit += ms
      return typed
    },
    delay(ms: number) {
      nextDispatchDelay = ms
      return typed
    },
    dispatch(action: unknown) {
      if (setup.started !== undefined) setup.started.dispatch(action, nextDispatchDelay)
      else setup.dispatches.push({ action, delay: nextDispatchDelay })
      nextDispatchDelay = undefined
      return typed
    },
    returns: (value: unknown) => expect({ kind: 'returns', value, negated: negateNext }),
    throws: (error: unknown) => expect({ kind: 'throws', error, negated: negateNext }),
    hasFinalState: (state: unknown) => expect({ kind: 'state', state, negated: negateNext }),
    run: (options?: RunOptions | number | false): Promise<RunResult> =>
      runExpectedSaga(setup, options, false, expectSaga.DEFAULT_TIMEOUT),
    silentRun: (options?: RunOptions | number | false): Promise<RunResult> =>
      runExpectedSaga(setup, options, true, expectSaga.DEFAULT_TIMEOUT),
  }

  for (const name of Object.keys(effectCreators)) {
    if (name === 'delay') continue // `.delay(ms)` delays the next dispatch, as in redux-saga-test-plan
    const assert = (...effectArgs: unknown[]) => {
      const expected = expectedEffect(name, effectArgs)
      return effect(name, equalTo(expected), expected)
    }
    // As test-plan's, `.put.like(...)` looks at every effect of the type (a putResolve too).
    const extras: Record<string, unknown> = {
      like: (partial: object) => effect(name, likeMatcher(name, partial, 'type'), undefined),
    }
    const shorthand = kindNamed(name)?.shorthand
    if (shorthand !== undefined)
      extras[shorthand] = (value: unknown) =>
        effect(name, shorthandMatcher(name, shorthand, value, 'type'), undefined)
    api[name] = Object.assign(assert, extras)
  }
  ;(api.put as Record<string, unknown>).resolve = api.putResolve
  ;(api.take as Record<string, unknown>).maybe = api.takeMaybe
  const typed = api as unknown as ExpectApi<SagaReturnType<S>>
  return typed
}

/** The real time `run()` gives a real (unmocked) promise, and the number its warning quotes: 250 ms. */
expectSaga.DEFAULT_TIMEOUT = 250
