/**
 * What a matcher is: a test over effects, with a description for failure messages. Matchers are
 * built here for exact effects (`equalTo`) and for partial payloads (`likeMatcher`).
 */
import { delay, delayP } from '../effects/descriptors.js'
import { describeEffect } from '../runtime/describe.js'
import { deepEqual, partialMatch } from './equality.js'
import { expectedEffect, type EffectName } from './effect-api.js'

declare const resultType: unique symbol

/** Matches effects; `R` is what a provider for them must give (type-level only). */
export interface EffectMatcher<R = unknown> {
  readonly '@@sagaloop/MATCHER': true
  /** `call.fn(fetchUser)`: for failure messages. */
  readonly description: string
  test(effect: unknown): boolean
  /** For a loose matcher: whether an effect is of the kind it looks for (`fork.fn(...)`: a fork). */
  readonly sameKind?: (effect: unknown) => boolean
  readonly [resultType]?: R
}

export function isMatcher(value: unknown): value is EffectMatcher {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)['@@sagaloop/MATCHER'] === true
  )
}

interface Descriptor {
  type: string
  payload: Record<string, unknown> & { maybe?: true; resolve?: true; detached?: true }
}

/** Which effects each name stands for: `spawn` is a detached `FORK`, `putResolve` a `PUT`... */
const kinds: Record<string, (effect: Descriptor) => boolean> = {
  take: (e) => e.type === 'TAKE' && !e.payload.maybe,
  takeMaybe: (e) => e.type === 'TAKE' && e.payload.maybe === true,
  put: (e) => e.type === 'PUT' && !e.payload.resolve,
  putResolve: (e) => e.type === 'PUT' && e.payload.resolve === true,
  call: (e) => e.type === 'CALL',
  apply: (e) => e.type === 'CALL',
  cps: (e) => e.type === 'CPS',
  fork: (e) => e.type === 'FORK' && !e.payload.detached,
  spawn: (e) => e.type === 'FORK' && e.payload.detached === true,
  join: (e) => e.type === 'JOIN',
  cancel: (e) => e.type === 'CANCEL',
  cancelled: (e) => e.type === 'CANCELLED',
  select: (e) => e.type === 'SELECT',
  race: (e) => e.type === 'RACE',
  all: (e) => e.type === 'ALL',
  actionChannel: (e) => e.type === 'ACTION_CHANNEL',
  flush: (e) => e.type === 'FLUSH',
  getContext: (e) => e.type === 'GET_CONTEXT',
  setContext: (e) => e.type === 'SET_CONTEXT',
}

function asDescriptor(effect: unknown): Descriptor | undefined {
  if (typeof effect !== 'object' || effect === null) return undefined
  const record = effect as Record<string, unknown>
  if (record['@@redux-saga/IO'] !== true) return undefined
  return { type: String(record.type), payload: (record.payload ?? {}) as Descriptor['payload'] }
}

export function matcher<R>(
  description: string,
  test: (effect: unknown) => boolean,
): EffectMatcher<R> {
  return { '@@sagaloop/MATCHER': true, description, test }
}

/** `delay` (the effect creator) stands for `delayP`, the function its effects call. */
const realFn = (fn: unknown) => (fn === delay ? delayP : fn)

/** Matches exactly the effect `name(...args)` builds. */
export function exactMatcher<R = unknown>(name: EffectName, args: unknown[]): EffectMatcher<R> {
  return equalTo(expectedEffect(name, args))
}

/** Matches effects equal to `expected`. */
export function equalTo<R = unknown>(expected: unknown): EffectMatcher<R> {
  return matcher(describeEffect(expected, { maskSecrets: false }), (effect) =>
    deepEqual(effect, expected),
  )
}

/** `{ fn: fetchUser, args: [1] }`: a partial payload on one line, functions by name. */
function describePartial(partial: object): string {
  const fields = Object.entries(partial).map(
    ([key, value]) => `${key}: ${describeEffect(value, { maskSecrets: false })}`,
  )
  return `{ ${fields.join(', ')} }`
}

/** Matches `name` effects whose payload has the fields of `partial`. */
export function likeMatcher<R = unknown>(
  name: string,
  partial: object,
  description = `${name}.like(${describePartial(partial)})`,
): EffectMatcher<R> {
  const kind = kinds[name] ?? (() => false)
  const wanted = 'fn' in partial ? { ...partial, fn: realFn(partial.fn) } : partial
  const sameKind = (effect: unknown) => {
    const descriptor = asDescriptor(effect)
    return descriptor !== undefined && kind(descriptor)
  }
  const test = (effect: unknown) => {
    const descriptor = asDescriptor(effect)
    return descriptor !== undefined && kind(descriptor) && partialMatch(descriptor.payload, wanted)
  }
  return { ...matcher<R>(description, test), sameKind }
}
