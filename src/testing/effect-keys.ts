/** The name each effect type goes by in providers and recorded effects: `CALL` is `call`. */
import type { EffectType } from '../effects/descriptors.js'

export const effectKeys = {
  TAKE: 'take',
  PUT: 'put',
  CALL: 'call',
  CPS: 'cps',
  FORK: 'fork',
  JOIN: 'join',
  CANCEL: 'cancel',
  CANCELLED: 'cancelled',
  SELECT: 'select',
  RACE: 'race',
  ALL: 'all',
  ACTION_CHANNEL: 'actionChannel',
  FLUSH: 'flush',
  GET_CONTEXT: 'getContext',
  SET_CONTEXT: 'setContext',
  ABORT_SIGNAL: 'abortSignal',
  USE: 'use',
} as const satisfies Record<EffectType, string>

export type EffectKey = (typeof effectKeys)[EffectType]

/** The key of an effect type, or `undefined` for a type sagaloop does not know. */
export function effectKeyOf(type: string): EffectKey | undefined {
  return (effectKeys as Record<string, EffectKey | undefined>)[type]
}
