/**
 * What the main loop tells a user about a saga that is not quite a saga: an async generator is
 * refused (redux-saga would run it and never see its effects), a yielded `undefined` is warned
 * about once per saga function (redux-saga resumes with it silently; usually `yield fn()` was
 * meant as `yield call(fn)`).
 */
import { SagaError } from '../errors.js'

/** Throws for an async generator, which the loop cannot drive. */
export function assertSyncIterator(iterator: object, name: string): void {
  if (
    typeof (iterator as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  ) {
    throw new SagaError(
      'ASYNC_GENERATOR',
      "redux-saga doesn't support async generators, please use only regular ones",
      `saga "${name}" is an async generator. Sagas are plain generator functions (function*); await promises with \`yield call(fn)\`.`,
    )
  }
}

/** The saga functions (or iterators) already warned about. */
const warnedUndefined = new WeakSet<object>()

/** Warns that the saga run from `source` yielded undefined, once per `source`. */
export function warnYieldedUndefined(source: object, name: string): void {
  // A development warning: a production bundle drops it, and the set of warned sagas with it.
  if (process.env.NODE_ENV === 'production' || warnedUndefined.has(source)) return
  warnedUndefined.add(source)
  console.warn(
    `sagaloop: saga "${name}" yielded undefined. It is resumed with undefined, as redux-saga does; ` +
      'did you mean to yield an effect (e.g. `yield call(fn)` rather than `yield fn()`)?',
  )
}
