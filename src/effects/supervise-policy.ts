/**
 * The policy of `supervise`: its options (when to restart, the budget of restarts, the
 * backoff), checked once where `supervise` is called, and the wait before each restart.
 */
import { fail } from '../errors.js'
import { invalidSupervisorOption } from '../messages.js'

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

/** The options, checked and with their defaults. */
export interface Policy {
  restart: RestartPolicy
  maxRestarts: number
  within: number
  initial: number
  max: number
  factor: number
  jitter: number
  onFailure: SuperviseOptions['onFailure']
}

const isCount = (n: unknown) =>
  typeof n === 'number' && n >= 0 && (Number.isInteger(n) || n === Infinity)
const isMs = (n: unknown) => typeof n === 'number' && n >= 0 && !Number.isNaN(n)

// One `fail` per option, its message written in the call: a production build drops the message,
// what each option expects included (the build only drops the arguments of `fail`).
export function policyOf(options: SuperviseOptions): Policy {
  const { restart = 'on-failure', maxRestarts = 3, within = Infinity, backoff = {} } = options
  const { initial = 100, max = 10_000, factor = 2, jitter = 0 } = backoff
  const { onFailure } = options
  if (!['on-failure', 'always', 'never'].includes(restart))
    fail(
      'INVALID_OPTION',
      invalidSupervisorOption('restart', restart, "'on-failure', 'always' or 'never'"),
    )
  if (!isCount(maxRestarts))
    fail(
      'INVALID_OPTION',
      invalidSupervisorOption('maxRestarts', maxRestarts, 'an integer, 0 or more'),
    )
  if (!(isMs(within) && within > 0))
    fail('INVALID_OPTION', invalidSupervisorOption('within', within, 'a number of ms, more than 0'))
  if (!isMs(initial) || initial === Infinity)
    fail(
      'INVALID_OPTION',
      invalidSupervisorOption('backoff.initial', initial, 'a finite number of ms, 0 or more'),
    )
  if (!isMs(max) || max === Infinity)
    fail(
      'INVALID_OPTION',
      invalidSupervisorOption('backoff.max', max, 'a finite number of ms, 0 or more'),
    )
  if (!(typeof factor === 'number' && factor >= 1))
    fail('INVALID_OPTION', invalidSupervisorOption('backoff.factor', factor, 'a number, 1 or more'))
  if (!(typeof jitter === 'number' && jitter >= 0 && jitter <= 1))
    fail(
      'INVALID_OPTION',
      invalidSupervisorOption('backoff.jitter', jitter, 'a number from 0 to 1'),
    )
  if (onFailure !== undefined && typeof onFailure !== 'function')
    fail('INVALID_OPTION', invalidSupervisorOption('onFailure', onFailure, 'a function'))
  return {
    restart,
    maxRestarts,
    within,
    initial,
    max,
    factor,
    jitter,
    onFailure,
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
