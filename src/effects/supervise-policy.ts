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

function check(name: string, value: unknown, ok: boolean, expected: string): void {
  if (!ok) fail('INVALID_OPTION', invalidSupervisorOption(name, value, expected))
}

const isCount = (n: unknown) =>
  typeof n === 'number' && n >= 0 && (Number.isInteger(n) || n === Infinity)
const isMs = (n: unknown) => typeof n === 'number' && n >= 0 && !Number.isNaN(n)

export function policyOf(options: SuperviseOptions): Policy {
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
