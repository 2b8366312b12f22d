/**
 * `supervise(saga, ...args)`: runs `saga` as a child that is restarted when it fails, instead of
 * failing its parent, within a budget of restarts; once the budget is spent the failure
 * escalates to the parent as a failed `fork` would. Not in redux-saga.
 *
 * It is a plain saga over `spawn`, `join` and `delay`: each attempt is spawned, so its failure
 * is reported (to `onError` and the monitor, with its saga stack) exactly as a root saga's is,
 * and never kills the supervisor's siblings; the supervisor joins it to learn how it ended. When
 * the supervisor is cancelled (its parent was), it cancels the running attempt, or the pending
 * restart timer (the `delay` it waits in), so nothing outlives it.
 */
import type { Task } from '../types.js'
import { fail } from '../errors.js'
import { superviseNotAFunction } from '../messages.js'
import { call, fork, spawn, type AnyFunction, type ForkEffect, type ResultOf } from './call.js'
import { join } from './tasks.js'
import { delay } from './timing.js'
import { backoffDelay, policyOf, type Policy, type SuperviseOptions } from './supervise-policy.js'

function* superviseSaga(
  policy: Policy,
  saga: AnyFunction,
  args: unknown[],
): Generator<unknown, unknown, unknown> {
  const run = saga as (...a: unknown[]) => unknown
  if (policy.restart === 'never') return yield call(run, ...args)
  /** When each restart in the window happened. */
  let restarts: number[] = []
  let attempt = 0
  let child: Task | undefined
  try {
    for (;;) {
      child = (yield spawn(run, ...args)) as Task
      let result: unknown
      try {
        result = yield join(child)
      } catch (error) {
        const now = Date.now()
        restarts = restarts.filter((at) => now - at < policy.within)
        const willRestart = restarts.length < policy.maxRestarts
        const wait = willRestart ? backoffDelay(policy, attempt) : 0
        policy.onFailure?.(error, {
          saga: saga.name || 'anonymous',
          restarts: restarts.length,
          willRestart,
          delay: wait,
        })
        if (!willRestart) throw error
        restarts.push(now)
        attempt++
        yield delay(wait)
        continue
      }
      if (policy.restart !== 'always') return result
      // A saga that ends normally under 'always' starts again after the first wait (never in a
      // tight loop); the count of failures in a row starts over.
      attempt = 0
      yield delay(policy.initial)
    }
  } finally {
    // Cancelled (or failing): the attempt in flight goes with the supervisor.
    if (child?.isRunning() === true) child.cancel()
  }
}

/** One supervisor function per supervised saga, named after it: `supervise(watchOrders)`. */
const supervisors = new WeakMap<object, typeof superviseSaga>()

function supervisorFor(saga: AnyFunction): typeof superviseSaga {
  let supervisor = supervisors.get(saga)
  if (supervisor === undefined) {
    const name = `supervise(${saga.name || 'anonymous'})`
    const named = (policy: Policy, fn: AnyFunction, args: unknown[]) =>
      superviseSaga(policy, fn, args)
    // The task is named after the function: show which saga this supervisor watches.
    Object.defineProperty(named, 'name', { value: name })
    supervisor = named
    supervisors.set(saga, named)
  }
  return supervisor
}

/**
 * Forks `saga(...args)` under a supervisor (an attached `fork`: the parent waits for it, and
 * cancelling the parent cancels it). Give options first to change the policy.
 *
 * @example
 * function* rootSaga() {
 *   yield* supervise(watchCart)
 *   yield* supervise({ maxRestarts: 5, within: 60_000, backoff: { initial: 200 } }, watchSocket, url)
 * }
 */
export function supervise<Args extends unknown[], R>(
  saga: (...args: Args) => R,
  ...args: Args
): ForkEffect<ResultOf<R>>
export function supervise<Args extends unknown[], R>(
  options: SuperviseOptions,
  saga: (...args: Args) => R,
  ...args: Args
): ForkEffect<ResultOf<R>>
export function supervise(first: unknown, ...rest: unknown[]): ForkEffect {
  const withOptions = typeof first === 'object' && first !== null
  const options = (withOptions ? first : {}) as SuperviseOptions
  const saga = (withOptions ? rest[0] : first) as AnyFunction
  const args = withOptions ? rest.slice(1) : rest
  if (typeof saga !== 'function') fail('NOT_A_FUNCTION', superviseNotAFunction(saga))
  return fork(supervisorFor(saga), policyOf(options), saga, args)
}
