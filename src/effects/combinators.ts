/**
 * `all` and `race`: run effects in parallel; their records start each child as a nested step.
 */
import { describeValue, fail } from '../errors.js'
import { AllOf, type Cancellable } from '../kernel/combinators.js'
import { defineEffect } from '../kernel/record.js'
import type { RunContext, Teardown } from '../kernel/types.js'
import type { Step } from '../kernel/step.js'
import { type Effect, type EffectResult, makeEffectOf } from './effect.js'

type Results<T> = { -readonly [K in keyof T]: EffectResult<T[K]> }
type RaceResults<T> = { -readonly [K in keyof T]: EffectResult<T[K]> | undefined }
/** A race over an object gives only the winner's key: the others are absent, so optional. */
type RaceRecordResults<T> = { -readonly [K in keyof T]?: EffectResult<T[K]> }

/** What `all` and `race` run: an array (or tuple) or an object of effects. */
export type Combined = readonly unknown[] | Record<string, unknown>

/**
 * What `all` returns; `R` is the tuple or object of results, `P` what was passed (kept, so a
 * `SagaIterator` can refuse an `all` of values that are not effects, as redux-saga's does).
 */
export type AllEffect<R = unknown, P extends Combined = Combined> = Effect<'ALL', P, R>
/** What `race` returns; `R` has the winner's result, `undefined` for the others. */
export type RaceEffect<R = unknown, P extends Combined = Combined> = Effect<'RACE', P, R>

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
export function all<const T extends readonly unknown[]>(effects: T): AllEffect<Results<T>, T>
export function all<T extends Record<string, unknown>>(effects: T): AllEffect<Results<T>, T>
export function all(effects: readonly unknown[] | Record<string, unknown>): AllEffect {
  checkCombinator('all', effects)
  return makeEffectOf<AllEffect>(allRecord, effects, true)
}

/**
 * Runs effects in parallel; the first to finish wins and the others are cancelled. Each result is
 * `undefined` but the winner's.
 *
 * @example
 * const { user, timeout } = yield* race({ user: call(fetchUser, id), timeout: delay(5000) })
 * // user: User | undefined, timeout: true | undefined
 */
export function race<const T extends readonly unknown[]>(effects: T): RaceEffect<RaceResults<T>, T>
export function race<T extends Record<string, unknown>>(
  effects: T,
): RaceEffect<RaceRecordResults<T>, T>
export function race(effects: readonly unknown[] | Record<string, unknown>): RaceEffect {
  checkCombinator('race', effects)
  return makeEffectOf<RaceEffect>(raceRecord, effects, true)
}

// --- the records -----------------------------------------------------------------------------

type Children = readonly unknown[] | Record<string, unknown>

// A runner of its own per record, not one made by a call: a record whose `run` is a call's result
// would stay in bundles that never use it (the call may have side effects, for all a bundler knows).
function runGroup(
  kind: 'all' | 'race',
  effects: Children,
  step: Step,
  run: RunContext,
): Teardown | void {
  const isArray = Array.isArray(effects)
  const keys = Object.keys(effects)
  if (keys.length === 0) {
    if (kind === 'all') step.resolve(isArray ? [] : {})
    // An empty race never settles, as in redux-saga.
    return
  }
  const group = new AllOf(step, keys, isArray, kind === 'race')
  // Registered before any child starts: if starting one cancels this step (a fork that fails
  // at once fails the saga), the children are cancelled first, as redux-saga does.
  step.onCancel(group)
  for (const key of keys) {
    // A race stops starting children once one has won; `all` starts each child (redux-saga
    // does), but one started after the group settled is cancelled at once.
    if (kind === 'race' && group.done) break
    // The child is among the group's children (adopt) before its effect runs.
    const child: Cancellable = run.digest(
      (effects as Record<string, unknown>)[key],
      group,
      step.id,
      key,
    )
    if (group.done) child.cancel()
  }
  return group
}

function describeChildren(kind: string, effects: Children): string {
  const keys = Array.isArray(effects)
    ? `[${effects.length}]`
    : `{${Object.keys(effects ?? {}).join(', ')}}`
  return `${kind}(${keys})`
}

export const allRecord = defineEffect({
  type: 'ALL',
  key: 'all',
  run: (effects: Children, step, run) => runGroup('all', effects, step, run),
  describe:
    process.env.NODE_ENV !== 'production'
      ? (effects) => describeChildren('all', effects)
      : undefined,
})

export const raceRecord = defineEffect({
  type: 'RACE',
  key: 'race',
  run: (effects: Children, step, run) => runGroup('race', effects, step, run),
  describe:
    process.env.NODE_ENV !== 'production'
      ? (effects) => describeChildren('race', effects)
      : undefined,
})
