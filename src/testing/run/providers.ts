/**
 * Providers: what an `expectSaga` run gives a saga in place of running an effect. Static ones
 * pair an effect (or a matcher) with a value; dynamic ones are functions per effect type that
 * see the effect's payload and either give a value or fall through with `next()`.
 */
import type {
  ActionChannelPayload,
  CallPayload,
  Effect,
  EffectType,
  ForkPayload,
  PutPayload,
  SelectPayload,
  TakePayload,
} from '../../effects/descriptors.js'
import type { UsePayload } from '../../effects/use.js'
import type { Task } from '../../types.js'
import { deepEqual } from '../equality.js'
import { asDescriptor, isMatcher, type EffectMatcher } from '../effect-matcher.js'
import { providerKeyOf } from '../effect-kinds.js'
import { createMockTask } from '../step/mock-task.js'

const THROW = '@@sagaloop/THROW_ERROR'
const DYNAMIC = '@@sagaloop/DYNAMIC'

/** A provided value that makes the effect fail: the saga's `yield` throws `error`. */
export interface ThrownError {
  readonly [THROW]: true
  readonly error: unknown
}

/** What `next()` returns inside a provider: return it to let the effect run as usual. */
export interface NextProvider {
  readonly '@@sagaloop/NEXT': true
}
const NEXT: NextProvider = Object.freeze({ '@@sagaloop/NEXT': true as const })
type Next = () => NextProvider

/** A dynamic provider in a static list: `[matchers.call.fn(api), dynamic(({ args }) => ...)]`. */
export interface DynamicValue<R> {
  readonly [DYNAMIC]: true
  readonly provide: (payload: never, next: Next) => R | NextProvider | ThrownError
}

/**
 * @example
 * .provide([[call(fetchUser, 1), throwError(new Error('offline'))]])
 */
export function throwError(error: unknown): ThrownError {
  return { [THROW]: true, error }
}

export function dynamic<R, P = never>(
  provide: (payload: P, next: Next) => R | NextProvider | ThrownError,
): DynamicValue<R> {
  return { [DYNAMIC]: true, provide: provide }
}

export function isThrownError(value: unknown): value is ThrownError {
  return typeof value === 'object' && value !== null && (value as ThrownError)[THROW] === true
}

function isDynamic(value: unknown): value is DynamicValue<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as DynamicValue<unknown>)[DYNAMIC] === true
  )
}

type Provider<P> = (payload: P, next: Next) => unknown

/**
 * One dynamic provider made of several for the same effect type: each is asked in turn, and the
 * first that does not fall through with `next()` gives the value.
 *
 * @example
 * .provide({ call: composeProviders(provideUser, provideDog) })
 */
export function composeProviders<P>(...providers: Provider<P>[]): Provider<P> {
  return (payload, next) => {
    for (const provider of providers) {
      const value = provider(payload, next)
      if (value !== NEXT) return value
    }
    return next()
  }
}

/** Dynamic providers, one per effect type; each gets the effect's payload. */
export interface DynamicProviders {
  take?: Provider<TakePayload>
  put?: Provider<PutPayload>
  call?: Provider<CallPayload>
  cps?: Provider<CallPayload>
  fork?: Provider<ForkPayload>
  spawn?: Provider<ForkPayload>
  join?: Provider<Task | readonly Task[]>
  cancel?: Provider<unknown>
  cancelled?: Provider<Record<string, never>>
  select?: Provider<SelectPayload>
  race?: Provider<readonly unknown[] | Record<string, unknown>>
  all?: Provider<readonly unknown[] | Record<string, unknown>>
  actionChannel?: Provider<ActionChannelPayload>
  flush?: Provider<unknown>
  getContext?: Provider<string>
  setContext?: Provider<Record<string, unknown>>
  abortSignal?: Provider<undefined>
  /** sagaloop's `use`: give a stand-in resource (nothing is then owned or released). */
  use?: Provider<UsePayload>
}

/** What a provider for an effect giving `R` may give: a fork's provider may give a mock task. */
type Provided<R> = [R] extends [Task<unknown>] ? R | Task<unknown> : R

/** `[effect or matcher, value]`: the value is type-checked against what the effect gives. */
export type StaticProvider<R = unknown> = readonly [
  Effect<EffectType, unknown, R> | EffectMatcher<R>,
  NoInfer<Provided<R>> | ThrownError | DynamicValue<NoInfer<Provided<R>>>,
]

export type ProviderEntry = StaticProvider | DynamicProviders

function providerKey(effect: {
  type: string
  payload: unknown
}): keyof DynamicProviders | undefined {
  return providerKeyOf(effect.type, effect.payload) as keyof DynamicProviders | undefined
}

/** Marks "no provider gave a value": the effect runs as usual. */
export const NOT_PROVIDED: unique symbol = Symbol('sagaloop/testing: not provided')

/** The value the providers give for `effect`, a `ThrownError`, or `NOT_PROVIDED`. */
export function provideValue(entries: readonly ProviderEntry[], effect: unknown): unknown {
  if (typeof effect !== 'object' || effect === null) return NOT_PROVIDED
  const descriptor = asDescriptor(effect)
  if (descriptor === undefined) return NOT_PROVIDED
  const next: Next = () => NEXT
  for (const entry of entries) {
    let value: unknown
    if (Array.isArray(entry)) {
      const [match, provided] = entry as readonly [unknown, unknown]
      const matches = isMatcher(match) ? match.test(effect) : deepEqual(match, effect)
      if (!matches) continue
      value = isDynamic(provided) ? provided.provide(descriptor.payload as never, next) : provided
    } else {
      const key = providerKey(descriptor)
      const provider = key === undefined ? undefined : (entry as DynamicProviders)[key]
      if (provider === undefined) continue
      value = (provider as Provider<unknown>)(descriptor.payload, next)
    }
    if (value !== NEXT) return value
  }
  return NOT_PROVIDED
}

/** How a mock task given in place of a fork ends: with a result, an error, or never. */
export type MockOutcome<T> = { result: T } | { error: unknown } | { never: true }

/**
 * A task for a provider to give in place of a `fork` or `spawn`: the forked saga does not run,
 * and the parent gets a task that has ended as said (a `join` returns `result` or throws `error`)
 * or that never ends (the default: a `join` waits, the run ends idle). The run does not wait for it.
 *
 * @example
 * .provide([[matchers.fork.fn(worker), mockTask({ result: 42 })]])
 */
export function mockTask<T = unknown>(outcome: MockOutcome<T> = { never: true }): Task<T> {
  const task = createMockTask<T>()
  if ('result' in outcome) task.setResult(outcome.result)
  else if ('error' in outcome) task.setError(outcome.error)
  return task
}
