/**
 * `matchers`: effects described more loosely than an exact effect, as redux-saga-test-plan's
 * `matchers` module has them: `matchers.call.fn(fetchUser)` matches a `call` of `fetchUser`
 * with any arguments. Use them as static providers.
 */
import type { AnyFunction, SagaReturnType, delay } from '../effects/descriptors.js'
import type { Task } from '../types.js'
import { describeEffect } from '../runtime/describe.js'
import type { EffectName } from './effect-api.js'
import { exactMatcher, likeMatcher, type EffectMatcher } from './effect-matcher.js'

type Selector = (state: never, ...args: never[]) => unknown
type Tail<A extends unknown[]> = A extends [unknown, ...infer Rest] ? Rest : never
type FnResult<F> = F extends AnyFunction ? SagaReturnType<F> : unknown

interface FnMatchers<Wrap> {
  /** `call(delay, ms)`: matches what `delay(ms)` yields. */
  (fn: typeof delay, ms: number, value?: unknown): EffectMatcher
  <F extends AnyFunction>(
    fn: F,
    ...args: Parameters<F>
  ): EffectMatcher<Wrap extends 'task' ? Task<SagaReturnType<F>> : SagaReturnType<F>>
  fn<F extends AnyFunction>(
    fn: F,
  ): EffectMatcher<Wrap extends 'task' ? Task<SagaReturnType<F>> : SagaReturnType<F>>
  like<F = unknown>(partial: {
    fn?: F
    args?: unknown[]
    context?: unknown
  }): EffectMatcher<Wrap extends 'task' ? Task<FnResult<F>> : FnResult<F>>
}

interface LooseMatchers {
  (...args: unknown[]): EffectMatcher
  like(partial: object): EffectMatcher
}

function fnMatchers<Wrap>(name: EffectName): FnMatchers<Wrap> {
  return Object.assign((...args: unknown[]) => exactMatcher(name, args), {
    fn: (fn: AnyFunction) => likeMatcher(name, { fn }, `${name}.fn(${describeEffect(fn)})`),
    like: (partial: object) => likeMatcher(name, partial),
  }) as FnMatchers<Wrap>
}

function loose(name: EffectName): LooseMatchers {
  return Object.assign((...args: unknown[]) => exactMatcher(name, args), {
    like: (partial: object) => likeMatcher(name, partial),
  })
}

/**
 * @example
 * expectSaga(saga).provide([[matchers.call.fn(fetchUser), user]])
 */
export const call = fnMatchers<'value'>('call')
export const apply = fnMatchers<'value'>('apply')
export const cps = fnMatchers<'value'>('cps')
export const fork = fnMatchers<'task'>('fork')
export const spawn = fnMatchers<'task'>('spawn')

export const select = Object.assign(
  <F extends Selector>(selector: F, ...args: Tail<Parameters<F>>): EffectMatcher<ReturnType<F>> =>
    exactMatcher('select', [selector, ...args]),
  {
    selector: <F extends Selector>(selector: F): EffectMatcher<ReturnType<F>> =>
      likeMatcher('select', { selector }, `select.selector(${describeEffect(selector)})`),
    like: (partial: { selector?: Selector; args?: unknown[] }) => likeMatcher('select', partial),
  },
)

export const put = Object.assign(loose('put'), {
  actionType: (type: string) => likeMatcher('put', { action: { type } }),
})
export const putResolve = Object.assign(loose('putResolve'), {
  actionType: (type: string) => likeMatcher('putResolve', { action: { type } }),
})
export const take = Object.assign(loose('take'), {
  pattern: (pattern: unknown) => likeMatcher('take', { pattern }),
})
export const takeMaybe = Object.assign(loose('takeMaybe'), {
  pattern: (pattern: unknown) => likeMatcher('takeMaybe', { pattern }),
})
export const actionChannel = Object.assign(loose('actionChannel'), {
  pattern: (pattern: unknown) => likeMatcher('actionChannel', { pattern }),
})
export const race = loose('race')
export const all = loose('all')
export const join = loose('join')
export const cancel = loose('cancel')
export const cancelled = loose('cancelled')
export const flush = loose('flush')
export const getContext = loose('getContext')
export const setContext = loose('setContext')
