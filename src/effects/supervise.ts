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
import { invalidSupervisorOption, superviseNotAFunction } from '../messages.js'
import { call, fork, spawn, type AnyFunction, type ForkEffect, type ResultOf } from './call.js'
import { join } from './tasks.js'
import { delay } from './timing.js'

/** When a supervised saga is started again. */
export type RestartPolicy = 'on-failure' | 'always' | 'never'

/** How long to wait before restart number `n` (0-based): `initial * factor^n`, at most `max`. */
export interface Backoff {
  /** The first wait, in ms. Default 100. */
  initial?: number
  /** The longest wait, in ms. Default 10,000. */
  max?: number
  /** Each wait is the previous one times this. Default 2. */
  factor?: number
  /** A fraction (0 to 1) of random spread around each wait, so that many clients do not retry in step. Default 0. */
  jitter?: number
}

/** What `onFailure` is told about a failure of the supervised saga. */
export interface SupervisedFailure {
  /** The supervised saga's name. */
  readonly saga: string
  /** How many restarts are counted in the current window (before this failure). */
  readonly restarts: number
  /** False when the budget is spent: the error now escalates to the parent. */
  readonly willRestart: boolean
  /** How long the supervisor waits before the restart, in ms (0 when it will not restart). */
  readonly delay: number
}

/** The options of `supervise`. */
export interface SuperviseOptions {
  /** `'on-failure'` (default): restart after a failure; `'always'`: also after a normal end; `'never'`: run once, a plain `fork`. */
  restart?: RestartPolicy
  /** How many restarts are allowed within `within` ms before the failure escalates. Default 3. */
  maxRestarts?: number
  /** The window restarts are counted in, in ms. Default: for ever (`Infinity`). */
  within?: number
  /** The wait before each restart. */
  backoff?: Backoff
  /** Told of each failure, before the restart or the escalation. A throw here fails the supervisor. */
  onFailure?: (error: unknown, failure: SupervisedFailure) => void
}

interface Policy {
  restart: RestartPolicy
  maxRestarts: number
  within: number
  initial: number
  max: number
  factor: number
  jitter: number
  onFailure: SuperviseOptions['onFailure']
}

function check(name: string, value: unknown, ok: boolean, expected: string): void {
  if (!ok) fail('INVALID_OPTION', invalidSupervisorOption(name, value, expected))
}

const isCount = (n: unknown) =>
  typeof n === 'number' && n >= 0 && (Number.isInteger(n) || n === Infinity)
const isMs = (n: unknown) => typeof n === 'number' && n >= 0 && !Number.isNaN(n)

function policyOf(options: SuperviseOptions): Policy {
  const { restart = 'on-failure', maxRestarts = 3, within = Infinity, backoff = {} } = options
  const { initial = 100, max = 10_000, factor = 2, jitter = 0 } = backoff
  check(
    'restart',
    restart,
    ['on-failure', 'always', 'never'].includes(restart),
    "'on-failure', 'always' or 'never'",
  )
  check('maxRestarts', maxRestarts, isCount(maxRestarts), 'an integer, 0 or more')
  check('within', within, isMs(within) && within > 0, 'a number of ms, more than 0')
  check(
    'backoff.initial',
    initial,
    isMs(initial) && initial !== Infinity,
    'a finite number of ms, 0 or more',
  )
  check('backoff.max', max, isMs(max) && max !== Infinity, 'a finite number of ms, 0 or more')
  check('backoff.factor', factor, typeof factor === 'number' && factor >= 1, 'a number, 1 or more')
  check(
    'backoff.jitter',
    jitter,
    typeof jitter === 'number' && jitter >= 0 && jitter <= 1,
    'a number from 0 to 1',
  )
  check(
    'onFailure',
    options.onFailure,
    options.onFailure === undefined || typeof options.onFailure === 'function',
    'a function',
  )
  return {
    restart,
    maxRestarts,
    within,
    initial,
    max,
    factor,
    jitter,
    onFailure: options.onFailure,
  }
}

/** The wait before restart number `attempt` (0-based). */
export function backoffDelay(
  policy: Pick<Policy, 'initial' | 'max' | 'factor' | 'jitter'>,
  attempt: number,
  random = Math.random,
): number {
  const base = Math.min(policy.max, policy.initial * policy.factor ** attempt)
  if (policy.jitter === 0) return base
  return Math.max(0, Math.round(base * (1 + policy.jitter * (random() * 2 - 1))))
}

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
