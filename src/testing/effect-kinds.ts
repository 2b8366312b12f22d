/**
 * The effect kinds the testing kit knows, derived from the runtime's list of effect records:
 * one kind per record (named by its testing-kit key: `call`, `actionChannel`), plus the few
 * creators that are variants of a record's type (`takeMaybe`, `putResolve`, `apply`, `spawn`).
 * Assertions (`.put(...)`), matchers (`matchers.call.fn(...)`), dynamic providers (`{ call() {} }`)
 * and the recorded `effects` of a run are all built from it, so a new effect record (with a
 * creator of the same name in `effects/`) is picked up here with no edit.
 *
 * The first kind of a type is its *key*: the name effects of that type go by in providers and
 * in `run().effects`, as in redux-saga-test-plan.
 */
// The public entry: a new effect's creator is exported there beside its record.
import * as creators from '../effects/index.js'
import { effectRecords, type EffectKey, type EffectType } from '../effects/records.js'

type Creator = (...args: never[]) => unknown

/** `.fn(f)`, `.selector(s)`, `.actionType(t)`, `.pattern(p)`: shorthands for `.like({...})`. */
export type Shorthand = 'fn' | 'selector' | 'actionType' | 'pattern'

export interface EffectKind {
  readonly name: string
  readonly type: EffectType
  readonly create: Creator
  /** Payload fields that tell this kind from the others of its type (`spawn`: detached). */
  readonly marks?: Readonly<Record<string, true>>
  readonly shorthand?: Shorthand
  /** Listed in `run().effects` and `toJSON()` (test-plan records these types only). */
  readonly recorded?: true
  /** Has a dynamic provider of its own even though it is not the first of its type. */
  readonly ownProvider?: true
}

/** The creators that are variants of a record's type, after the record's own kind. */
const variants = [
  { of: 'take', name: 'takeMaybe', create: creators.takeMaybe, marks: { maybe: true } },
  { of: 'put', name: 'putResolve', create: creators.putResolve, marks: { resolve: true } },
  { of: 'call', name: 'apply', create: creators.apply },
  {
    of: 'fork',
    name: 'spawn',
    create: creators.spawn,
    marks: { detached: true },
    ownProvider: true,
  },
] as const

/**
 * The keys redux-saga-test-plan records in `run().effects`, in the order it lists them there; an
 * effect it does not know is not recorded.
 */
export const testPlanKeys = [
  'take',
  'put',
  'race',
  'call',
  'cps',
  'fork',
  'getContext',
  'select',
  'setContext',
  'actionChannel',
] as const

const shorthands: Partial<Record<string, Shorthand>> = {
  take: 'pattern',
  takeMaybe: 'pattern',
  put: 'actionType',
  putResolve: 'actionType',
  call: 'fn',
  apply: 'fn',
  cps: 'fn',
  fork: 'fn',
  spawn: 'fn',
  select: 'selector',
  actionChannel: 'pattern',
}

/** A kind's name: a record's key (any string, as records declare it) or a variant's. */
export type KindName = EffectKey
/** The keys of `run().effects`: test-plan's. */
export type RecordedKey = (typeof testPlanKeys)[number]

const creatorOf = (name: string): Creator | undefined => {
  const creator = (creators as Record<string, unknown>)[name]
  return typeof creator === 'function' ? (creator as Creator) : undefined
}

export const effectKinds: readonly EffectKind[] = effectRecords.flatMap((record) => {
  const own = creatorOf(record.key)
  const kinds: EffectKind[] = []
  if (own !== undefined) {
    kinds.push({
      name: record.key,
      type: record.type,
      create: own,
      ...(shorthands[record.key] === undefined ? {} : { shorthand: shorthands[record.key] }),
      ...((testPlanKeys as readonly string[]).includes(record.key) ? { recorded: true } : {}),
    })
  }
  for (const variant of variants) {
    if (variant.of !== record.key) continue
    kinds.push({
      type: record.type,
      ...variant,
      ...(shorthands[variant.name] === undefined ? {} : { shorthand: shorthands[variant.name] }),
    })
  }
  return kinds
})

const byName = new Map<string, EffectKind>(effectKinds.map((kind) => [kind.name, kind]))
const keyOfType = new Map<string, string>(effectRecords.map((record) => [record.type, record.key]))

export function kindNamed(name: string): EffectKind | undefined {
  return byName.get(name)
}

/** The key effects of `type` go by: `CALL` is `call`; `undefined` for an unknown type. */
export function keyOfEffectType(type: string): string | undefined {
  return keyOfType.get(type)
}

/** Whether `run().effects` lists effects of `type` (test-plan's keys only). */
export function isRecordedType(type: string): boolean {
  const key = keyOfType.get(type)
  return key !== undefined && byName.get(key)?.recorded === true
}

/** Which dynamic provider is asked for an effect: its type's key, or `spawn` for a spawn. */
export function providerKeyOf(type: string, payload: unknown): string | undefined {
  for (const kind of effectKinds) {
    if (kind.type !== type || kind.ownProvider !== true || kind.marks === undefined) continue
    if (hasMarks(payload, kind.marks)) return kind.name
  }
  return keyOfType.get(type)
}

/** Whether `payload` carries every mark of a kind (`{ detached: true }` for a spawn). */
export function hasMarks(payload: unknown, marks: Readonly<Record<string, true>>): boolean {
  const record = (payload ?? {}) as Record<string, unknown>
  return Object.keys(marks).every((field) => record[field] === true)
}

/** Whether an effect of a kind's type is of that very kind (a `FORK` is a `fork`, not a `spawn`). */
export function isOfKind(kind: EffectKind, type: string, payload: unknown): boolean {
  if (kind.type !== type) return false
  if (kind.marks !== undefined) return hasMarks(payload, kind.marks)
  // The first kind of a type: none of its siblings' marks.
  const record = (payload ?? {}) as Record<string, unknown>
  return effectKinds.every(
    (other) =>
      other.type !== type ||
      other.marks === undefined ||
      !Object.keys(other.marks).every((field) => record[field] === true),
  )
}
