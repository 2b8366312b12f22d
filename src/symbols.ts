/**
 * The string keys redux-saga 1.x uses to mark its objects. sagaloop uses the very same strings, so
 * code that checks for them (a promise's `[CANCEL]`, `action[SAGA_ACTION]`, tools that look for
 * `'@@redux-saga/IO'` on an effect) keeps working after a migration.
 */
const key = <const Name extends string>(name: Name) => `@@redux-saga/${name}` as const

/** Marks an effect descriptor. */
export const IO = key('IO')
/** A promise returned from `call` may carry a `[CANCEL]()` method; it is called when the task is cancelled. */
export const CANCEL = key('CANCEL_PROMISE')
/** The `type` of the `END` action. */
export const CHANNEL_END_TYPE = key('CHANNEL_END')
/** Marks a multicast channel. */
export const MULTICAST = key('MULTICAST')
/** A non-enumerable flag on actions dispatched by a saga's `put`. */
export const SAGA_ACTION = key('SAGA_ACTION')
/** The default argument of `cancel()`: the task cancels itself. */
export const SELF_CANCELLATION = key('SELF_CANCELLATION')
/** Marks a task object. */
export const TASK = key('TASK')
/** The value a cancelled task ends with. */
export const TASK_CANCEL = key('TASK_CANCEL')
/** Sent into a saga that took `END` (not with `takeMaybe`): the saga returns. */
export const TERMINATE = key('TERMINATE')
/** Where a babel/TS plugin records the source location of a saga or an effect. */
export const SAGA_LOCATION = key('LOCATION')
