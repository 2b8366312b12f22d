/**
 * The internal interfaces effect runners are written against, and the runtime implements.
 *
 * Why a `kernel/` layer: an effect's record (effects/<family>.ts) holds its runner, and effects
 * sit below the runtime, so they cannot import it. What a runner needs — a step to settle, the
 * task it runs for, a way to start nested work — is declared here, below effects; the runtime
 * (interpreter, task) implements it. Layers: symbols/errors → types → channels → kernel →
 * effects → runtime → redux/monitor/toolkit → testing/devtools.
 *
 * Glossary
 * - Step: one effect in flight (kernel/step.ts). It settles once (resolve/reject/end) or is
 *   cancelled once; runners settle it.
 * - Outcome: how a step or a task ended: done, failed, cancelled or ended (took `END`); explicit
 *   kinds, never a marker value (kernel/outcome.ts).
 * - Teardown: what a runner returns to undo pending work when the saga stops waiting.
 * - StepOwner: who a step reports to: a saga's main flow, or an `all`/`race` group.
 * - RunContext: what a runner can reach: the environment, its task, nested steps and tasks.
 * - Env: what one run of sagas shares: channel, dispatch, getState, scheduler, monitor, errors.
 * - Trampoline: bounds the nesting of resumptions (kernel/trampoline.ts).
 * - Activity: the steps waiting on outside work, for `settled()` (runtime/activity.ts).
 * - EffectRecord: everything about one effect type (kernel/record.ts, listed in
 *   effects/records.ts).
 */
import type { MulticastChannel, NotUndefined, SagaMonitor, TaskMeta } from '../types.js'
import type { Scheduler } from '../channels/scheduler.js'
import type { Step } from './step.js'
import type { Trampoline } from './trampoline.js'
import type { Outcome } from './outcome.js'

/**
 * Undoes a pending effect: removes a taker, clears a timer, cancels a child task. Either a
 * function or an object with `cancel()`: a taker or a task can be its own teardown, which saves
 * a closure per pending effect (a saga blocked on `take` keeps it for as long as it waits).
 */
export type Teardown = (() => void) | { cancel(): void }

/** What an owner learns of the step that settled: its key within `all`/`race`. */
export interface Keyed {
  readonly key: string | undefined
}

/** Who waits for a step: a saga's main flow, or a combinator (`all`, `race`) for one key. */
export interface StepOwner {
  settle(step: Keyed, outcome: Outcome, value: unknown): void
  /** Told of a child step before its effect runs, so that it can cancel it while it runs. */
  adopt?(step: Step): void
}

/** A task joining another: resumed with the joined task's outcome. */
export interface Joiner {
  settle(outcome: Outcome, value: unknown): void
}

/** The saga stack being built while an error climbs the task tree (runtime/env.ts). */
export interface ErrorSink {
  setCrashedEffect(effect: unknown): void
  addFrame(id: number, meta: TaskMeta, cancelled: TaskMeta[]): void
  clear(): void
}

/** Runs one yielded value for a step; effect middlewares wrap it. */
export type RunEffect = (effect: unknown, step: Step, context: RunContext) => void

export interface Env {
  readonly channel: MulticastChannel<NotUndefined>
  readonly dispatch: (action: unknown) => unknown
  readonly getState: () => unknown
  readonly monitor: Required<SagaMonitor> | undefined
  readonly scheduler: Scheduler
  readonly errors: ErrorSink
  /** Interprets a yielded value (through the effect middlewares, if any). */
  readonly runEffect: RunEffect
  /** Bounds how deeply resumptions nest on the stack; one per store (kernel/trampoline.ts). */
  readonly trampoline: Trampoline
  /** What the store's sagas are busy with, for `settled()`; one per store (runtime/activity.ts). */
  readonly activity: Activity
  reportError(error: unknown): void
}

/** The options of `settled()`. */
export interface SettledOptions {
  /** Reject with a `SettleTimeoutError` if the sagas are still busy after this many ms. */
  timeout?: number
}

/** Tracks the steps that wait on outside work (runtime/activity.ts implements it). */
export interface Activity {
  add(step: Step): void
  remove(step: Step): void
  /**
   * Counts the steps `source` lists as busy from now on, with no call per step: an eventChannel
   * registers its queue once instead of marking each take (see channels/queue-taker.ts).
   */
  watch(source: BusySource): void
  /** A step of a watched source stopped waiting: a `settled()` waiting on it checks again. */
  changed(): void
  /** Resolves once no step (of `env`, if given) is busy and no put is queued, or `ended()`. */
  settled(options?: SettledOptions, env?: Env, ended?: () => boolean): Promise<void>
}

/** Steps waiting on outside work, listed when `settled()` asks (`Activity.watch`). */
export interface BusySource {
  /** The steps waiting now; with none, the activity may forget the source. */
  waiting(): Step[]
  /** The activity forgot it: the next step that waits registers it again. */
  forgotten(): void
}

/** A task as runners see it (runtime/task.ts's `SagaTask`). */
export interface TaskHandle {
  readonly id: number
  readonly meta: TaskMeta
  readonly context: Record<string | symbol, unknown>
  isRunning(): boolean
  isCancelled(): boolean
  isAborted(): boolean
  result(): unknown
  error(): unknown
  cancel(): void
  addJoiner(joiner: Joiner): void
  removeJoiner(joiner: Joiner): void
  /**
   * What the task owns (`use`): created by the first `use` (effects/resources.ts), released by
   * the task when it is over. A plain field, so that a bundle without `use` has no resources code.
   */
  resources: Releases | undefined
  /**
   * The task's `AbortSignal`: created by the first `abortSignal()` (effects/timing.ts), aborted
   * by the task when it is cancelled or fails. A plain field too: a bundle without `abortSignal`
   * has no signal code.
   */
  aborter: Aborter | undefined
}

/** A task's `AbortSignal`, and how the task aborts it. */
export interface Aborter {
  readonly signal: AbortSignal
  /** The task failed with `error` (`failed`), or was cancelled. */
  abort(failed: boolean, error: unknown): void
}

/** The releases a task owns, in the order they were filed (effects/resources.ts). */
export interface Releases {
  add(release: () => unknown, effect: unknown): void
  /** Runs the releases, last filed first; called once the task is over. */
  releaseAll(): void
}

/** What effect runners can reach: the environment, the task, and a way to run nested work. */
export interface RunContext {
  readonly env: Env
  readonly task: TaskHandle
  /** Runs `effect` as a child step of `parent` (for `all` and `race`), reporting to `owner`. */
  digest(effect: unknown, owner: StepOwner, parentId: number, key: string): Step
  /**
   * Runs a nested saga (`call(saga)`, a yielded iterator) as a task whose end settles `step`;
   * it is named after `fn(...args)`, or after the current task when `fn` is undefined.
   */
  runChild(
    iterator: Iterator<unknown, unknown, unknown>,
    step: Step,
    fn?: unknown,
    args?: unknown[],
  ): Teardown
  /**
   * Starts `iterator` as a forked task (`spawn` when `detached`) and settles `step` with it, as
   * redux-saga's fork does: an attached child that fails at once fails the parent instead.
   */
  fork(
    iterator: Iterator<unknown, unknown, unknown>,
    step: Step,
    fn: unknown,
    args: unknown[],
    detached: boolean,
  ): void
}

/**
 * A runner starts the work for one effect, settles `step` when the result is there (now or
 * later), and returns how to undo the work if the saga stops waiting (a teardown), when the
 * effect can be cancelled.
 */
export type Runner<P> = (payload: P, step: Step, context: RunContext) => Teardown | void
