/**
 * The list of effect records: the one place that says which effects exist. `EffectType`, the
 * runtime's runner table, `describeEffect` and (through `effectRecords`) the testing kit's
 * effect names are all derived from it. Adding an effect is one record file plus one line here
 * (CONTRIBUTING.md has a worked example).
 *
 * Internal: not exported from a package entry point.
 */
import type { EffectRecord } from '../kernel/record.js'
import { takeRecord } from './take.js'
import { putRecord } from './put.js'
import { allRecord, raceRecord } from './combinators.js'
import { callRecord, cpsRecord, forkRecord } from './call-records.js'
import { cancelledRecord, cancelRecord, joinRecord } from './tasks.js'
import { selectRecord } from './select.js'
import { actionChannelRecord, flushRecord, getContextRecord, setContextRecord } from './channels.js'
import { abortSignalRecord } from './timing.js'
import { useRecord } from './use.js'

/** Every effect type, in redux-saga's order (then sagaloop's own). */
export const effectRecords = [
  takeRecord,
  putRecord,
  allRecord,
  raceRecord,
  callRecord,
  cpsRecord,
  forkRecord,
  joinRecord,
  cancelRecord,
  selectRecord,
  actionChannelRecord,
  cancelledRecord,
  flushRecord,
  getContextRecord,
  setContextRecord,
  abortSignalRecord,
  useRecord,
] as const

/** The effect types, as redux-saga names them: `'CALL'`, `'ACTION_CHANNEL'`... */
export type EffectType = (typeof effectRecords)[number]['type']

/** The testing kit's name of each effect type: `'call'`, `'actionChannel'`... */
export type EffectKey = (typeof effectRecords)[number]['key']

/** A record of any type, as the runtime dispatches on it. */
export type AnyEffectRecord = EffectRecord<string, never>

// A null-prototype table: a descriptor whose type is `'toString'` finds no record.
const byType: Record<string, AnyEffectRecord | undefined> = Object.create(null) as Record<
  string,
  AnyEffectRecord | undefined
>
for (const record of effectRecords) byType[record.type] = record

/** The record of an effect type, or `undefined` for a type sagaloop does not know. */
export function recordOf(type: unknown): AnyEffectRecord | undefined {
  return typeof type === 'string' ? byType[type] : undefined
}
