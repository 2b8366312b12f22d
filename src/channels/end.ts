/**
 * `END`, the message that closes a channel, and the input check every channel shares.
 */
import { CHANNEL_END_TYPE } from '../symbols.js'
import type { End } from '../types.js'
import { fail } from '../errors.js'

/** The message that closes a channel. Taking it ends a saga, unless it used `takeMaybe`. */
export const END: End = { type: CHANNEL_END_TYPE }
/**
 * `END` also names its type, as in redux-saga: `(input: T | END) => void`. Declared next to the
 * value so that bundled declarations keep both meanings under one name.
 */
export type END = End

/** True for `END` (any object whose `type` is END's), from sagaloop or redux-saga. */
export const isEnd = (value: unknown): value is End =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === CHANNEL_END_TYPE

/** redux-saga's message, verbatim (its tests look for "provided with an undefined"). */
const UNDEFINED_INPUT = `Saga or channel was provided with an undefined action
Hints:
  - check that your Action Creator returns a non-undefined value
  - if the Saga was started using runSaga, check that your subscribe source provides the action to its listeners`
const UNDEFINED_INPUT_HINT =
  '  - if an eventChannel emits it, check what its subscriber passes to emit()'

/**
 * Throws when a channel is given `undefined` or `null`: in development only, as redux-saga does
 * (`process.env` is read only when the input is wrong).
 */
export function checkInput(input: unknown): void {
  // `?? null` tests both at once, in a form a bundler drops whole in production.
  if ((input ?? null) === null && process.env.NODE_ENV !== 'production')
    fail('INVALID_ACTION', UNDEFINED_INPUT, UNDEFINED_INPUT_HINT)
}
