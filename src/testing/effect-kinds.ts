/**
 * The one list of effect kinds the testing kit knows. Assertions (`.put(...)`), matchers
 * (`matchers.call.fn(...)`), dynamic providers (`{ call() {} }`) and the recorded `effects` of a
 * run are all built from it, so a new effect is added here once and every tool picks it up.
 *
 * A kind is a creator name; several kinds share an effect type (`spawn` is a detached `FORK`,
 * `putResolve` a `PUT` with `resolve`). The first kind of a type is its *key*: the name effects
 * of that type go by in providers and in `run().effects`, as in redux-saga-test-plan.
 */
import {
  abortSignal,
  actionChannel,
  all,
  apply,
  call,
  cancel,
  cancelled,
  cps,
  flush,
  fork,
  getContext,
  join,
  put,
  putResolve,
  race,
  select,
  setContext,
  spawn,
  take,
  takeMaybe,
  type EffectType,
} from '../effects/descriptors.js'

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

export const effectKinds = [
  { name: 'take', type: 'TAKE', create: take, shorthand: 'pattern', recorded: true },
  {
    name: 'takeMaybe',
    type: 'TAKE',
    create: takeMaybe,
    marks: { maybe: true },
    shorthand: 'pattern',
  },
  { name: 'put', type: 'PUT', create: put, shorthand: 'actionType', recorded: true },
  {
    name: 'putResolve',
    type: 'PUT',
    create: putResolve,
    marks: { resolve: true },
    shorthand: 'actionType',
  },
  { name: 'call', type: 'CALL', create: call, shorthand: 'fn', recorded: true },
  { name: 'apply', type: 'CALL', create: apply, shorthand: 'fn' },
  { name: 'cps', type: 'CPS', create: cps, shorthand: 'fn', recorded: true },
  { name: 'fork', type: 'FORK', create: fork, shorthand: 'fn', recorded: true },
  {
    name: 'spawn',
    type: 'FORK',
    create: spawn,
    marks: { detached: true },
    shorthand: 'fn',
    ownProvider: true,
  },
  { name: 'join', type: 'JOIN', create: join },
  { name: 'cancel', type: 'CANCEL', create: cancel },
  { name: 'cancelled', type: 'CANCELLED', create: cancelled },
  { name: 'select', type: 'SELECT', create: select, shorthand: 'selector', recorded: true },
  { name: 'race', type: 'RACE', create: race, recorded: true },
  { name: 'all', type: 'ALL', create: all },
  {
    name: 'actionChannel',
    type: 'ACTION_CHANNEL',
    create: actionChannel,
    shorthand: 'pattern',
    recorded: true,
  },
  { name: 'flush', type: 'FLUSH', create: flush },
  { name: 'getContext', type: 'GET_CONTEXT', create: getContext, recorded: true },
  { name: 'setContext', type: 'SET_CONTEXT', create: setContext, recorded: true },
  { name: 'abortSignal', type: 'ABORT_SIGNAL', create: abortSignal },
] as const satisfies readonly EffectKind[]

export type KindName = (typeof effectKinds)[number]['name']
/** The keys of `run().effects`: test-plan's. */
export type RecordedKey = Extract<(typeof effectKinds)[number], { recorded: true }>['name']

const byName = new Map<string, EffectKind>(effectKinds.map((kind) => [kind.name, kind]))
const keyOfType = new Map<string, string>()
for (const kind of effectKinds) if (!keyOfType.has(kind.type)) keyOfType.set(kind.type, kind.name)

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
  for (const kind of effectKinds as readonly EffectKind[]) {
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
  return (effectKinds as readonly EffectKind[]).every(
    (other) =>
      other.type !== type ||
      other.marks === undefined ||
      !Object.keys(other.marks).every((field) => record[field] === true),
  )
}
