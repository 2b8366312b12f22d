/**
 * The effect descriptor: inert data with redux-saga's own enumerable fields, and
 * `yield*`-able for a typed result. Every effect creator builds one with `makeEffect`.
 */
import { IO } from '../symbols.js'

// Derived from the list of records; a type-only import, so no cycle at run time.
import type { EffectType } from './records.js'
export type { EffectType }

/**
 * An effect descriptor. `R` is what the saga gets back; it is what `yield*` returns.
 *
 * @example
 * const user = yield* call(fetchUser, id) // typed as the awaited result of fetchUser
 */
export interface Effect<T extends EffectType = EffectType, P = unknown, R = unknown> {
  readonly [IO]: true
  readonly combinator: boolean
  readonly type: T
  readonly payload: P
  [Symbol.iterator](): Iterator<Effect<T, P, R>, R, unknown>
}

/**
 * A saga written with `yield*`: it yields effects and returns `R`. The same name and shape as
 * typed-redux-saga's, so annotated sagas migrate by changing the import.
 *
 * @example
 * function* loadUser(id: string): SagaGenerator<User, CallEffect<User>> {
 *   return yield* call(fetchUser, id)
 * }
 */
export type SagaGenerator<R, E extends Effect = Effect> = Generator<E, R, unknown>

/** What a saga receives back for a yielded value. */
export type EffectResult<E> =
  E extends Effect<EffectType, unknown, infer R>
    ? R
    : E extends PromiseLike<infer V>
      ? V
      : E extends Iterator<unknown, infer R>
        ? R
        : E

// --- the descriptor object -------------------------------------------------------------------

/**
 * `yield*` over a descriptor yields the descriptor once, then returns what the saga was resumed
 * with. This is how `yield*` gets typed results with no wrapper generator and no build step.
 */
class EffectIterator<E, R> implements Iterator<E, R, unknown> {
  /** The descriptor until it was yielded, then undefined. */
  constructor(private effect: E | undefined) {}
  next(value?: unknown): IteratorResult<E, R> {
    const effect = this.effect
    if (effect === undefined) return { value: value as R, done: true }
    this.effect = undefined
    return { value: effect, done: false }
  }
  // Errors and cancellation thrown into a delegating saga pass straight through to it.
  throw(error: unknown): IteratorResult<E, R> {
    throw error
  }
  return(value?: unknown): IteratorResult<E, R> {
    return { value: value as R, done: true }
  }
}

class Descriptor {
  // Declared, then assigned in the constructor: class fields would be defined one by one
  // (define semantics), which costs more than plain stores on the hottest allocation there is.
  declare readonly [IO]: true
  declare combinator: boolean
  declare readonly type: EffectType
  declare readonly payload: unknown
  constructor(type: EffectType, payload: unknown, combinator: boolean) {
    // The key written out (it is IO): the bundler leaves `this[IO]` alone, and through a module
    // binding V8 makes it a generic keyed store on every descriptor (see symbols.ts).
    // eslint-disable-next-line no-restricted-syntax -- the one place the key must be a literal
    ;(this as { [IO]: boolean })['@@redux-saga/IO'] = true
    this.combinator = combinator
    ;(this as { type: EffectType }).type = type
    ;(this as { payload: unknown }).payload = payload
  }
  // A method, so not enumerable: descriptors keep redux-saga's fields only.
  [Symbol.iterator](): EffectIterator<this, unknown> {
    return new EffectIterator(this)
  }
}
// Snapshots print `val.constructor.name`, and strict equality compares constructors: with
// `Object` here a descriptor prints and compares exactly like redux-saga's object literal (the
// property stays non-enumerable, as every prototype's `constructor` is).
Object.defineProperty(Descriptor.prototype, 'constructor', { value: Object })

/**
 * A descriptor of one of the effects every run carries the runner of (the runtime registers
 * their records: redux/run-saga.ts), so their creators stay plain data with nothing attached:
 * `take`, `put`, `call`, `fork`, `select`, `cancel`, `cancelled`.
 */
export function makeEffect<E extends Effect>(
  type: E['type'],
  payload: E['payload'],
  combinator = false,
): E {
  return new Descriptor(type, payload, combinator) as unknown as E
}

/**
 * A descriptor of `record`'s type, for every other effect. The creator passes its record rather
 * than its type: that is what keeps the record (its runner, its description) in an app's bundle
 * exactly when the creator is in it.
 */
export function makeEffectOf<E extends Effect>(
  record: { readonly type: E['type'] },
  payload: E['payload'],
  combinator = false,
): E {
  return new Descriptor(record.type, payload, combinator) as unknown as E
}

/** True for any effect descriptor, sagaloop's or redux-saga's. */
export function isEffect(value: unknown): value is Effect {
  return typeof value === 'object' && value !== null && (value as { [IO]?: unknown })[IO] === true
}
