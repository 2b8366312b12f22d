/**
 * `all` and `race`: run effects in parallel.
 */
import { describeValue, fail } from '../errors.js'
import { type Effect, type EffectResult, makeEffect } from './effect.js'

type Results<T> = { -readonly [K in keyof T]: EffectResult<T[K]> }
type RaceResults<T> = { -readonly [K in keyof T]: EffectResult<T[K]> | undefined }
/** A race over an object gives only the winner's key: the others are absent, so optional. */
type RaceRecordResults<T> = { -readonly [K in keyof T]?: EffectResult<T[K]> }

/** What `all` returns; `R` is the tuple or object of results. */
export type AllEffect<R = unknown> = Effect<'ALL', readonly unknown[] | Record<string, unknown>, R>
/** What `race` returns; `R` has the winner's result, `undefined` for the others. */
export type RaceEffect<R = unknown> = Effect<
  'RACE',
  readonly unknown[] | Record<string, unknown>,
  R
>

function checkCombinator(name: string, effects: unknown): void {
  if (typeof effects !== 'object' || effects === null) {
    fail(
      'INVALID_EFFECT',
      `${name}(effects): expected an array or an object of effects; got ${describeValue(effects)}.`,
    )
  }
}

/**
 * Runs effects in parallel and waits for all; the first error cancels the rest. A tuple gives a
 * tuple of results, an object an object of results.
 *
 * @example
 * const [user, posts] = yield* all([call(fetchUser, id), call(fetchPosts, id)]) // [User, Post[]]
 */
export function all<const T extends readonly unknown[]>(effects: T): AllEffect<Results<T>>
export function all<T extends Record<string, unknown>>(effects: T): AllEffect<Results<T>>
export function all(effects: readonly unknown[] | Record<string, unknown>): AllEffect {
  checkCombinator('all', effects)
  return makeEffect<AllEffect>('ALL', effects, true)
}

/**
 * Runs effects in parallel; the first to finish wins and the others are cancelled. Each result is
 * `undefined` but the winner's.
 *
 * @example
 * const { user, timeout } = yield* race({ user: call(fetchUser, id), timeout: delay(5000) })
 * // user: User | undefined, timeout: true | undefined
 */
export function race<const T extends readonly unknown[]>(effects: T): RaceEffect<RaceResults<T>>
export function race<T extends Record<string, unknown>>(
  effects: T,
): RaceEffect<RaceRecordResults<T>>
export function race(effects: readonly unknown[] | Record<string, unknown>): RaceEffect {
  checkCombinator('race', effects)
  return makeEffect<RaceEffect>('RACE', effects, true)
}
