/**
 * How a step or a task ended, as whoever waits on it is told: a value, an error, a cancellation
 * (the joined task or the called saga was cancelled, so the waiter is cancelled too), or `END`
 * (a `take` received it, so the saga returns). The main loop resumes an iterator with the same
 * four kinds: `next(value)`, `throw(error)`, `return()` after a cancel, `return()`.
 *
 * These are explicit operations, not sentinels travelling as success values: redux-saga's
 * TASK_CANCEL and TERMINATE appear only where its API shows them (a cancelled task's `result()`,
 * the monitor's `effectResolved`), never in what the runtime decides on.
 */
export const DONE = 0
export const FAILED = 1
export const CANCELLED = 2
export const ENDED = 3
export type Outcome = typeof DONE | typeof FAILED | typeof CANCELLED | typeof ENDED
