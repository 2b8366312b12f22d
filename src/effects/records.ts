/**
 * The list of effect records: the one place that says which effects exist. `EffectType` and
 * (through `effectRecords`) the testing kit's effect names are derived from it. Adding an effect
 * is one record file plus one line here (CONTRIBUTING.md has a worked example).
 *
 * The runtime does not read this list: it finds a record by type in the runner table that
 * `defineEffect` fills (kernel/record.ts), so an app's bundle holds only the records it can
 * meet: those of redux-saga's everyday effects, which every run carries (redux/run-saga.ts), and
 * those of the other creators it uses (each refers to its record: `makeEffectOf`). A test checks
 * that the table and this list hold the same records.
 *
 * Internal: not exported from a package entry point.
 */
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
