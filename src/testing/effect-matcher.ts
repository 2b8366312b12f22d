/**
 * What a matcher is: a test over effects, with a description for failure messages. Built here
 * once for exact effects (`equalTo`) and for partial payloads (`likeMatcher`); the matchers
 * module and the `expectSaga` assertions are thin wrappers over these two.
 */
import { IO } from '../symbols.js'
import { describeEffect } from '../runtime/describe.js'
import { deepEqual, partialMatch } from './equality.js'
import { isOfKind, kindNamed, providerKeyOf, type EffectKind } from './effect-kinds.js'

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
  payload: unknown
}

export function asDescriptor(effect: unknown): Descriptor | undefined {
  if (typeof effect !== 'object' || effect === null) return undefined
  const record = effect as Record<string, unknown>
  if (record[IO] !== true) return undefined
  return { type: String(record.type), payload: record.payload }
}

export function matcher<R>(
  description: string,
  test: (effect: unknown) => boolean,
): EffectMatcher<R> {
  return { '@@sagaloop/MATCHER': true, description, test }
}

/** Matches effects equal to `expected`. */
export function equalTo<R = unknown>(expected: unknown): EffectMatcher<R> {
  return matcher(describeEffect(expected, { maskSecrets: false }), (effect) =>
    deepEqual(effect, expected),
  )
}

/** `{ fn: fetchUser, args: [1] }`: a partial payload on one line, functions by name. */
export function describePartial(partial: object): string {
  const fields = Object.entries(partial).map(
    ([key, value]) => `${key}: ${describeEffect(value, { maskSecrets: false })}`,
  )
  return `{ ${fields.join(', ')} }`
}

/**
 * Which effects a loose matcher looks at, as in redux-saga-test-plan. `provider`: the effects the
 * kind's dynamic provider would see (`fork.fn` no spawn, `spawn.fn` only spawns), with the kind's
 * marks required (`putResolve.like` only resolving puts). `type`: every effect of the kind's type
 * (`.put.like(...)` as an assertion also matches a `putResolve`, as test-plan's does).
 */
export type LikeScope = 'provider' | 'type'

function inScope(kind: EffectKind, scope: LikeScope, descriptor: Descriptor): boolean {
  if (descriptor.type !== kind.type) return false
  if (scope === 'type') return true
  const key = kind.ownProvider === true ? kind.name : providerKeyOf(kind.type, undefined)
  if (providerKeyOf(descriptor.type, descriptor.payload) !== key) return false
  return kind.marks === undefined || isOfKind(kind, descriptor.type, descriptor.payload)
}

/** Matches effects of kind `name` whose payload has the fields of `partial`. */
export function likeMatcher<R = unknown>(
  name: string,
  partial: object,
  scope: LikeScope,
  description = `${name}.like(${describePartial(partial)})`,
): EffectMatcher<R> {
  const kind = kindNamed(name)
  const sameKind = (effect: unknown) => {
    const descriptor = asDescriptor(effect)
    return kind !== undefined && descriptor !== undefined && inScope(kind, scope, descriptor)
  }
  const test = (effect: unknown) =>
    sameKind(effect) && partialMatch((effect as Descriptor).payload, partial)
  return { ...matcher<R>(description, test), sameKind }
}

/** The field a shorthand fills: `.fn(f)` is `.like({ fn: f })`, `.actionType(t)` `.like({ action: { type: t } })`. */
export const shorthandFields = {
  fn: (fn: unknown) => ({ fn }),
  selector: (selector: unknown) => ({ selector }),
  actionType: (type: unknown) => ({ action: { type } }),
  pattern: (pattern: unknown) => ({ pattern }),
} as const

/** `call.fn(fetchUser)`: the shorthand of a kind as a matcher. */
export function shorthandMatcher<R = unknown>(
  name: string,
  method: keyof typeof shorthandFields,
  value: unknown,
  scope: LikeScope,
): EffectMatcher<R> {
  return likeMatcher<R>(
    name,
    shorthandFields[method](value),
    scope,
    `${name}.${method}(${describeEffect(value, { maskSecrets: false })})`,
  )
}
