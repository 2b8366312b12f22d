/**
 * What the sagas of one store are busy with, for `settled()`.
 *
 * A saga is busy while it waits on work that will end by itself: a promise (a `call`, a `delay`,
 * a `putResolve`), a `cps` callback, an `eventChannel` (fed from outside). It is idle while it
 * waits on a `take` of the store's channel, an `actionChannel` or a `channel()`: those are fed by
 * dispatches and by other sagas, so if no saga is busy and no put is queued, nothing will
 * arrive. `all`, `race`, `join` and a `call` of a saga are neither: their children decide.
 *
 * Steps report that they became busy (`Step.markBusy`) and when they stop waiting. The list is
 * per store (run-saga.ts keeps one per scheduler), and holds only what nothing else lists: the
 * callbacks of a promise list the step they settle (kernel/values.ts `linkedSteps`), a source
 * (an eventChannel's queue) lists its waiting steps when asked (`watch`). The check runs in a microtask after the last busy step settled:
 * by then the saga it resumed has reached its next effect, and a new busy step would be here.
 */
import { LINKED, type Step } from '../kernel/step.js'
import { linkedSteps } from '../kernel/values.js'
import type {
  Activity as ActivityTracker,
  BusySource,
  Env,
  SettledOptions,
} from '../kernel/types.js'
import { SagaError } from '../errors.js'
import { settleTimeout } from '../messages.js'
import { effectLine } from './describe.js'

/** A task still busy when `settled()` timed out, and what it waits on. */
export interface BusyTask {
  /** The name of the saga. */
  readonly task: string
  /** The effect it waits on, as the saga stack describes it. */
  readonly effect: string
}

export type { SettledOptions }

/** What `settled({ timeout })` rejects with: which tasks were busy, on what. */
export class SettleTimeoutError extends SagaError {
  // Set by the constructor, hence `declare`: a field would be defined (as undefined) first.
  declare readonly busy: readonly BusyTask[]
  constructor(ms: number, busy: readonly BusyTask[]) {
    // Development only, as every message (the build does it for `fail` and `new SagaError`, not
    // for `super`): `busy` says the same in production.
    super(
      'SETTLE_TIMEOUT',
      process.env.NODE_ENV !== 'production'
        ? settleTimeout(
            ms,
            busy.map((b) => `${b.task}: ${b.effect}`),
          )
        : '',
    )
    this.name = 'SettleTimeoutError'
    this.busy = busy
  }
}

interface Waiter {
  /** Only this run's steps count, or every step of the store when undefined. */
  readonly env: Env | undefined
  /** Also settled once this returns true (a task that ended). */
  readonly ended: (() => boolean) | undefined
  resolve(): void
}

/** The saga a step belongs to: its owner is the saga's main loop or an `all`/`race` of it. */
function taskNameOf(step: Step): string {
  let owner: unknown = step.owner
  for (let hops = 0; hops < 1_000 && typeof owner === 'object' && owner !== null; hops++) {
    const meta = (owner as { meta?: { name?: unknown } }).meta
    if (typeof meta?.name === 'string') return meta.name
    owner = (owner as { parent?: Step }).parent?.owner
  }
  return 'unknown saga'
}

export class Activity implements ActivityTracker {
  // `#` fields, as SagaTask's (task.ts); `#` methods too: their brand costs one slot per store.
  /**
   * The busy steps, each at its `busySlot`, in the first `count` slots; removal moves the last
   * one into the gap. The array never shrinks (a freed slot holds `undefined`): a loop of promise
   * calls goes from one busy step to none on every step, and pushing onto an array popped empty
   * costs several times a plain store.
   */
  readonly #busy: (Step | undefined)[] = []
  #count = 0
  /** Sources of busy steps (eventChannel queues), forgotten once they list none. */
  #sources: BusySource[] = []
  /** Forget idle sources when there are this many: an app may make many eventChannels. */
  #pruneAt = 16
  #waiters: Waiter[] = []
  #checkQueued = false

  readonly #isSchedulerIdle: () => boolean

  constructor(isSchedulerIdle: () => boolean) {
    this.#isSchedulerIdle = isSchedulerIdle
  }

  add(step: Step): void {
    step.busySlot = this.#count
    this.#busy[this.#count++] = step
  }

  remove(step: Step): void {
    const slot = step.busySlot
    step.busySlot = -1
    if (slot >= 0) {
      const lastSlot = --this.#count
      const last = this.#busy[lastSlot] as Step
      this.#busy[lastSlot] = undefined
      if (last !== step) {
        this.#busy[slot] = last
        last.busySlot = slot
      }
    }
    this.changed()
  }

  watch(source: BusySource): void {
    this.#sources.push(source)
    if (this.#sources.length >= this.#pruneAt) {
      this.#busySteps()
      this.#pruneAt = Math.max(16, this.#sources.length * 2)
    }
  }

  changed(): void {
    if (this.#waiters.length > 0) this.#queueCheck()
  }

  /**
   * The busy steps of `env` (of every run when undefined): the listed ones, the promises' and the
   * sources' (sources that list none are forgotten).
   */
  #busySteps(env?: Env): Step[] {
    const steps = this.#busy.slice(0, this.#count) as Step[]
    for (const step of linkedSteps() as Step[])
      if (step.busySlot <= LINKED && step.env.activity === this) steps.push(step)
    const kept: BusySource[] = []
    for (const source of this.#sources) {
      const waiting = source.waiting()
      if (waiting.length === 0) source.forgotten()
      else {
        kept.push(source)
        steps.push(...waiting)
      }
    }
    this.#sources = kept
    return steps.filter((step) => env === undefined || step.env === env)
  }

  /** Busy steps of `env` (of every run when undefined), described. */
  busyTasks(env?: Env): BusyTask[] {
    // In the order they became busy (ids grow): removals reorder the array.
    return this.#busySteps(env)
      .sort((a, b) => a.id - b.id)
      .map((step) => ({ task: taskNameOf(step), effect: effectLine(step.effect) }))
  }

  /** Resolves once no step (of `env`, if given) is busy and no put is queued. */
  settled(options: SettledOptions = {}, env?: Env, ended?: () => boolean): Promise<void> {
    const { timeout } = options
    return new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const waiter: Waiter = {
        env,
        ended,
        resolve: () => {
          clearTimeout(timer)
          resolve()
        },
      }
      if (timeout !== undefined) {
        timer = setTimeout(() => {
          this.#waiters = this.#waiters.filter((w) => w !== waiter)
          reject(new SettleTimeoutError(timeout, this.busyTasks(env)))
        }, timeout)
      }
      this.#waiters.push(waiter)
      this.#queueCheck()
    })
  }

  #queueCheck(): void {
    if (this.#checkQueued) return
    this.#checkQueued = true
    queueMicrotask(() => {
      this.#checkQueued = false
      const waiting: Waiter[] = []
      const done: Waiter[] = []
      // Settled: a task that ended, or no put queued and no step (of its run) busy.
      for (const waiter of this.#waiters) {
        const settled =
          waiter.ended?.() === true ||
          (this.#isSchedulerIdle() && this.#busySteps(waiter.env).length === 0)
        ;(settled ? done : waiting).push(waiter)
      }
      this.#waiters = waiting
      for (const waiter of done) waiter.resolve()
    })
  }
}
