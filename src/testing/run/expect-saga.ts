/**
 * `expectSaga(saga, ...args)`: runs a saga on the real sagaloop runtime, with a state and a
 * reducer, mocked effects (providers) and virtual time, then checks what it did, in any order.
 * The API is redux-saga-test-plan's.
 *
 * @example
 * await expectSaga(loadUser, 1)
 *   .provide([[matchers.call.fn(fetchUser), user]])
 *   .put(userLoaded(user))
 *   .run()
 */
import type { AnyFunction, SagaReturnType } from '../../effects/descriptors.js'
import { describeEffect } from '../../runtime/describe.js'
import { effectCreators, expectedEffect, type EffectName } from '../effect-api.js'
import { equalTo, likeMatcher, type EffectMatcher } from '../effect-matcher.js'
import type { ProviderEntry } from './providers.js'
import type { Expectation } from './expectations.js'
import { runExpectedSaga, type RunOptions, type RunResult, type SagaRun } from './run.js'
import type { ExpectApi } from './expect-api.js'

const fnAssertions = new Set(['call', 'apply', 'cps', 'fork', 'spawn'])

/** Starts describing a run of `saga(...args)`; `.run()` runs it and checks the assertions. */
export function expectSaga<S extends AnyFunction>(
  saga: S,
  ...args: Parameters<S>
): ExpectApi<SagaReturnType<S>> {
  if (typeof saga !== 'function') {
    throw new TypeError(`expectSaga(saga): saga must be a generator function; got ${String(saga)}.`)
  }
  const setup: SagaRun = {
    saga,
    args,
    providers: [] as ProviderEntry[],
    expectations: [] as Expectation[],
    reducer: (state: unknown) => state,
    state: undefined,
    dispatches: [],
    autoAdvance: true,
    timeLimit: 0,
    started: undefined,
  }
  let negateNext = false
  let ordered = false
  let nextDispatchDelay: number | undefined

  const expect = (expectation: Expectation) => {
    setup.expectations.push(expectation)
    negateNext = false
    return typed
  }
  const effect = (matcher: EffectMatcher, expected: unknown) =>
    expect({ kind: 'effect', matcher, expected, negated: negateNext, ordered })

  const api: Record<string, unknown> = {
    get not() {
      negateNext = true
      return typed
    },
    inOrder() {
      ordered = true
      return typed
    },
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
      else setup.dispatches.push({ action, at: nextDispatchDelay })
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

  for (const name of Object.keys(effectCreators) as EffectName[]) {
    if (name === 'delay') continue // `.delay(ms)` delays the next dispatch, as in redux-saga-test-plan
    const assert = (...effectArgs: unknown[]) => {
      const expected = expectedEffect(name, effectArgs)
      return effect(equalTo(expected), expected)
    }
    const like = (partial: object, description?: string) =>
      effect(likeMatcher(name, partial, description), undefined)
    const extras: Record<string, unknown> = { like: (partial: object) => like(partial) }
    const shorthand = (method: string, field: (value: unknown) => object) => {
      extras[method] = (value: unknown) =>
        like(field(value), `${name}.${method}(${describeEffect(value, { maskSecrets: false })})`)
    }
    if (fnAssertions.has(name)) shorthand('fn', (fn) => ({ fn }))
    if (name === 'select') shorthand('selector', (selector) => ({ selector }))
    if (name === 'put' || name === 'putResolve')
      shorthand('actionType', (type) => ({ action: { type } }))
    if (name === 'take' || name === 'takeMaybe' || name === 'actionChannel')
      shorthand('pattern', (pattern) => ({ pattern }))
    api[name] = Object.assign(assert, extras)
  }
  ;(api.put as Record<string, unknown>).resolve = api.putResolve
  ;(api.take as Record<string, unknown>).maybe = api.takeMaybe
  const typed = api as unknown as ExpectApi<SagaReturnType<S>>
  return typed
}

/** How long `run()` waits for a saga in real time before it cancels it: 250 ms. */
expectSaga.DEFAULT_TIMEOUT = 250
