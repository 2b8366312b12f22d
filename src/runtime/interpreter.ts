/**
 * The main loop. A saga's generator yields a value; the loop hands it to the effect runner for
 * its type and resumes the generator with the outcome (kernel/outcome.ts), one explicit kind per
 * operation: `next(value)`, `throw(error)`, `return()` after a cancel, `return()` after `END`.
 *
 * Results that arrive while the loop is still handing out the effect (a synchronous `call`, a
 * `select`) are not applied by recursion: the loop records them and goes round again, so a
 * million synchronous effects run in constant stack. An effect whose record has a `runNow`
 * (kernel/record.ts) is tried first with no `Step` at all; the step is made only if it waits on
 * pending work, or is cancelled while it runs. The monitor hears of it from the loop, as a
 * `Step` would tell it, so the same code runs with or without one.
 */
import { TASK_CANCEL } from '../symbols.js'
import type { TaskMeta } from '../types.js'
import type { Env, RunContext, StepOwner, Teardown } from '../kernel/types.js'
import { CANCELLED, DONE, FAILED, type Outcome } from '../kernel/outcome.js'
import { Step } from '../kernel/step.js'
import { awaitPromise, type PromiseLink, type StepMaker } from '../kernel/values.js'
import { nameSaga } from '../messages.js'
import type { SagaTask } from './task.js'
import { NONE, Resumer } from './resumption.js'
import { warnYieldedUndefined } from './saga-checks.js'
import { runValue, syncRecordOf } from './run-value.js'

/** The main flow of a task: drives one iterator (how a child task starts: start.ts). */
export abstract class Coroutine extends Resumer implements RunContext, StepMaker {
  /** The id of the effect a record's `runNow` is running (0: none), and its step once made. */
  private nowId = 0
  private nowStep: Step | undefined = undefined

  constructor(
    env: Env,
    readonly task: SagaTask,
    private readonly iterator: Iterator<unknown, unknown, unknown>,
    meta: TaskMeta,
    private readonly source: object | undefined,
  ) {
    super(env, meta)
  }

  abstract runChild(
    iterator: Iterator<unknown, unknown, unknown>,
    step: Step,
    fn?: unknown,
    args?: unknown[],
  ): Teardown
  abstract fork(
    iterator: Iterator<unknown, unknown, unknown>,
    step: Step,
    fn: unknown,
    args: unknown[],
    detached: boolean,
  ): void

  protected stop(): void {
    this.status = 'cancelled'
    // An effect still running in `runNow` gets its step now, so that it is cancelled as a step;
    // `yielded` gives it its effect when `runNow` returns (keeping the effect until then would
    // cost every effect a store).
    if (this.nowId !== 0)
      this.current = this.nowStep ??= new Step(this.env, this, this.nowId, undefined, undefined)
    this.current?.cancel()
  }

  protected run(kind: Outcome, value: unknown): void {
    // A cancel applied now stops the pending effect here, inside the trampoline's count: stopping
    // it cancels the children of a call chain, and each of those must nest no deeper than
    // MAX_NESTING either. A queued cancel was stopped when it was queued.
    if (kind === CANCELLED) this.stop()
    const iterator = this.iterator
    try {
      for (;;) {
        // The switch stays inline: a call per resumption costs ~10 % on a loop of sync effects.
        let result: IteratorResult<unknown, unknown>
        if (kind === DONE) {
          result = iterator.next(value)
        } else if (kind === FAILED) {
          nameSaga(value, this.meta.name)
          if (iterator.throw === undefined) {
            iterator.return?.() // an iterator with no `throw` is closed; the error fails the saga
            throw value
          }
          result = iterator.throw(value)
          this.env.errors.clear() // the saga caught it
        } else {
          // Cancelled: redux-saga returns with its marker, which a saga may see as the result.
          const arg = kind === CANCELLED ? TASK_CANCEL : undefined
          result = iterator.return ? iterator.return(arg) : { done: true, value: arg }
        }

        if (result.done) {
          this.ended = true
          if (this.status !== 'cancelled') this.status = 'done'
          this.current = undefined
          // As redux-saga: cancelled if the iterator returned the marker `return()` was given
          // (a `finally` that returns a value of its own ends the flow with that value instead).
          this.task.mainEnded(result.value === TASK_CANCEL ? CANCELLED : DONE, result.value)
          return
        }

        this.queuedKind = NONE
        const lockDepth = this.lockDepth
        this.lockDepth = this.env.scheduler.depth
        try {
          this.yielded(result.value)
        } finally {
          this.lockDepth = lockDepth
        }
        if (this.queuedKind === NONE) return
        kind = this.queuedKind
        this.queuedKind = NONE
        value = this.queuedValue
        this.queuedValue = undefined
      }
    } catch (error) {
      this.failed(error)
    }
  }

  /** The iterator threw (or an iterator with no `throw` was thrown into). */
  private failed(error: unknown): void {
    this.ended = true
    this.current = undefined
    // An error thrown while the saga is being cancelled goes to whoever cancelled it. One thrown
    // later, by a `finally` that waited on something after the cancel, has nobody to go to: it
    // is reported, with its saga stack, rather than lost (or, from a promise callback, an
    // unhandled rejection).
    if (this.status === 'cancelled') {
      this.task.mainEnded()
      if (this.cancelling) throw error
      this.env.errors.addFrame(this.task.id, this.meta, [])
      this.env.reportError(error)
      return
    }
    nameSaga(error, this.meta.name)
    this.status = 'failed'
    this.task.mainEnded(FAILED, error)
  }

  /** Hands a yielded value out: by its record's `runNow` when it has one, else with a step. */
  private yielded(effect: unknown): void {
    const env = this.env
    const record = env.runEffect === runValue ? syncRecordOf(effect) : undefined
    if (record?.runNow === undefined) {
      this.digest(effect, this, this.task.id, '')
      return
    }
    const id = env.scheduler.nextId()
    env.monitor?.effectTriggered({ effectId: id, parentEffectId: this.task.id, label: '', effect })
    const payload = (effect as { payload: never }).payload
    // Saved and restored: a cancel while the effect runs can resume this loop, nested (then only
    // is there anything to save).
    const nowId = this.nowId
    const nowStep = nowId !== 0 ? this.nowStep : undefined
    this.current = undefined
    this.nowId = id
    this.nowStep = undefined
    let failed = false
    let value: unknown
    try {
      value = record.runNow(payload, this)
    } catch (error) {
      failed = true
      value = error
    }
    // Made only by a cancel that came in while the effect ran: its outcome is ignored.
    let step = this.nowStep as Step | undefined
    this.nowId = nowId
    this.nowStep = nowStep
    if (step !== undefined) step.effect = effect
    // Pending work is an object: a plain value needs no call to tell. A native promise needs no
    // step (pending work for any record with `isPending`): its pair of callbacks resumes this
    // flow (`resolve`).
    if (!failed && typeof value === 'object' && value !== null && record.isPending !== undefined) {
      if (step === undefined && (this.current = awaitPromise(value, this, id, effect))) return
      if (record.isPending(value)) {
        step ??= this.current = new Step(env, this, id, effect, undefined)
        // As `runValue`: pending work a cancelled step waits on is undone at once.
        let teardown: Teardown | void
        try {
          teardown = record.waitOn?.(value, step, this, payload)
        } catch (error) {
          if (!step.pending) throw error
          step.reject(error)
          return
        }
        step.onCancel(teardown)
        return
      }
    }
    if (step !== undefined) return
    this.reportSettled(id, effect, failed, value)
    this.queuedKind = failed ? FAILED : DONE
    this.queuedValue = value
  }

  /** Tells what `Step.settle` would of an effect that settled with no step. */
  private reportSettled(id: number, effect: unknown, failed: boolean, value: unknown): void {
    const env = this.env
    if (failed) {
      env.monitor?.effectRejected(id, value)
      env.errors.setCrashedEffect(effect)
    } else env.monitor?.effectResolved(id, value)
  }

  /**
   * The native promise this flow waits on with no step settled (`awaitPromise`). Its callback
   * runs from a microtask, on an empty stack: nothing is locked or nested, so the resumption is
   * applied at once, never queued or held back, and needs no step for the stale checks.
   */
  resolve(value: unknown, failed = false): void {
    const link = this.current as PromiseLink
    this.current = undefined
    const effect = link.effect
    link.effect = undefined
    this.env.activity.changed()
    this.reportSettled(link.id, effect, failed, value)
    this.settle(undefined, failed ? FAILED : DONE, value)
  }

  reject(error: unknown): void {
    this.resolve(error, true)
  }

  /** The step this flow waits on `link` with after all: the current one from now on. */
  stepOf(link: PromiseLink): Step {
    const step = (this.current = new Step(this.env, this, link.id, link.effect, undefined))
    link.target = step
    link.id = 0
    link.effect = undefined
    step.markBusy(link.index)
    return step
  }

  digest(effect: unknown, owner: StepOwner, parentId: number, key: string): Step {
    const env = this.env
    const id = env.scheduler.nextId()
    env.monitor?.effectTriggered({ effectId: id, parentEffectId: parentId, label: key, effect })
    const step = new Step(env, owner, id, effect, key || undefined)
    // Set before the effect runs: a cancellation that arrives while it runs must reach it.
    if (owner === this) this.current = step
    else owner.adopt?.(step)
    // A development warning: a production bundle drops the call. The cheap test comes first:
    // reading process.env in Node costs a lookup in the environment on every effect.
    if (effect === undefined && process.env.NODE_ENV !== 'production')
      warnYieldedUndefined(this.source ?? this.iterator, this.meta.name)
    env.runEffect(effect, step, this)
    return step
  }
}
