/**
 * How the main loop resumes an iterator: an explicit kind beside the value, never a sentinel read
 * as a success value. `END` taken (TERMINATE) and a cancelled join or call (TASK_CANCEL) still
 * travel through steps as redux-saga's values; `resumptionOf` is the one place that reads them.
 */
import { TASK_CANCEL, TERMINATE } from '../symbols.js'

export const NEXT = 0
export const THROW = 1
export const CANCEL = 2
export const RETURN = 3
export type Resumption = typeof NEXT | typeof THROW | typeof CANCEL | typeof RETURN

/** The kind of resumption a step's outcome (`ok` false: `value` is the error) asks for. */
export function resumptionOf(ok: boolean, value: unknown): Resumption {
  if (!ok) return THROW
  if (value === TASK_CANCEL) return CANCEL
  if (value === TERMINATE) return RETURN
  return NEXT
}

/** An iterator with no `throw`: closed, and the error fails the saga. */
export function fallThrough(iterator: Iterator<unknown>, error: unknown): IteratorResult<unknown> {
  iterator.return?.()
  throw error
}
