/**
 * The string keys redux-saga 1.x uses to mark its objects. sagaloop uses the very same strings, so
 * code that checks for them (a promise's `[CANCEL]`, `action[SAGA_ACTION]`, tools that look for
 * `'@@redux-saga/IO'` on an effect) keeps working after a migration.
 */
// Written out as literals, not built by a helper: the bundler then inlines them where they are
// used, and `effect['@@redux-saga/IO']` is a named property access that the JIT compiles to a
// map check. Through a module binding, V8 sees a key it cannot fold and calls the generic keyed
// load (or store) on every effect: several times slower on the hottest paths (a descriptor is
// built, then tested twice, per effect).

/** Marks an effect descriptor. */
export const IO = '@@redux-saga/IO'
/** A promise returned from `call` may carry a `[CANCEL]()` method; it is called when the task is cancelled. */
export const CANCEL = '@@redux-saga/CANCEL_PROMISE'
/** The `type` of the `END` action. */
export const CHANNEL_END_TYPE = '@@redux-saga/CHANNEL_END'
/** Marks a multicast channel. */
export const MULTICAST = '@@redux-saga/MULTICAST'
/** A non-enumerable flag on actions dispatched by a saga's `put`. */
export const SAGA_ACTION = '@@redux-saga/SAGA_ACTION'
/** The default argument of `cancel()`: the task cancels itself. */
export const SELF_CANCELLATION = '@@redux-saga/SELF_CANCELLATION'
/** Marks a task object. */
export const TASK = '@@redux-saga/TASK'
/** The value a cancelled task ends with. */
export const TASK_CANCEL = '@@redux-saga/TASK_CANCEL'
/** Sent into a saga that took `END` (not with `takeMaybe`): the saga returns. */
export const TERMINATE = '@@redux-saga/TERMINATE'
/** Where a babel/TS plugin records the source location of a saga or an effect. */
export const SAGA_LOCATION = '@@redux-saga/LOCATION'
