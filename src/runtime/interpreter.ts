/**
 * The main loop. A saga's generator yields a value; the loop hands it to the effect runner for
 * its type, and resumes the generator when the step settles: `next(value)` with a result,
 * `throw(error)` with an error, `return()` when cancelled or when it took `END`.
 *
 * Results that arrive while the loop is still handing out the effect (a synchronous `call`, a
 * `select`) are not applied by recursion: the loop records them and goes round again, so a
 * million synchronous effects run in constant stack.
 */
import { TASK_CANCEL } from '../symbols.js'
import type { TaskMeta, TaskStatus } from '../types.js'
import type { Continuation, Env, RunContext, StepOwner, Teardown } from '../kernel/types.js'
import { Step } from '../kernel/step.js'
import { SagaTask } from './task.js'
import type { Member } from './member.js'
import { assertSyncIterator, warnYieldedUndefined } from './saga-checks.js'
import { runValue } from './run-value.js'
import { metaOf } from './describe.js'
import { runInline, type InlineHost } from './inline.js'
import { nameSaga } from '../messages.js'
import { MAX_NESTING } from '../kernel/trampoline.js'
import { CANCEL, NEXT, THROW, fallThrough, resumptionOf, type Resumption } from './resumption.js'

/** The main flow of a task: drives one iterator. */
class Coroutine implements Member, StepOwner, RunContext, InlineHost {
  status: TaskStatus = 'running'
  cont: Continuation = () => {}
  prevMember: Member | undefined = undefined
  nextMember: Member | undefined = undefined
  parentTask: SagaTask | undefined = undefined
  private current: Step | undefined
  // Set while an effect is being handed out; a result arriving then is queued, not recursed into.
  private digesting = false
  private digestDepth = 0
  queued = false
  private queuedKind: Resumption = NEXT
  private queuedValue: unknown
  /** How many times the iterator was resumed: lets the inline path see a cancel get in first. */
  epoch = 0
  /** True once the iterator finished (returned or threw). */
  private ended = false
  /** True while `cancel()` runs: an error thrown then goes to whoever cancelled. */
  private cancelling = false
  /** `call` and `select` may skip the generic path: nothing (monitor, middleware) observes it. */
  private readonly inline: boolean

  constructor(
    readonly env: Env,
    readonly task: SagaTask,
    private readonly iterator: Iterator<unknown, unknown, unknown>,
    readonly meta: TaskMeta,
    private readonly source: object | undefined,
  ) {
    this.inline = env.monitor === undefined && env.runEffect === runValue
  }

  setCurrent(step: Step): void {
    this.current = step
  }

  isCancelled(): boolean {
    return this.status === 'cancelled'
  }

  cancel(): void {
    if (this.status !== 'running') return
    // Set here, not only by stop(): a cancel the trampoline holds back must already read as
    // cancelled (isCancelled, a second cancel(), the stale check in resumeDeferred).
    this.status = 'cancelled'
    this.cancelling = true
    try {
      this.resume(CANCEL, TASK_CANCEL)
    } finally {
      this.cancelling = false
    }
  }

  settle(_step: Step, ok: boolean, value: unknown): void {
    this.resume(resumptionOf(ok, value), value)
  }

  /** Resumes with a step's outcome (`ok` false: `value` is the error). */
  next(ok: boolean, value: unknown): void {
    this.resume(resumptionOf(ok, value), value)
  }

  /** What cancelling means for the main flow, wherever the cancel comes from. */
  private stop(): void {
    this.status = 'cancelled'
    this.current?.cancel()
  }

  private resume(kind: Resumption, value: unknown): void {
    if (this.digesting) {
      const depth = this.env.scheduler.depth
      // The same rule as redux-saga: queue only what arrives at the lock depth the effect was
      // handed out at (or deeper, for `fork`), so the order of resumptions is unchanged.
      if (depth === this.digestDepth || (this.digestDepth > 0 && depth > this.digestDepth)) {
        // A cancel stops the pending effect at once; the iterator is returned when dequeued.
        if (kind === CANCEL) this.stop()
        this.queued = true
        this.queuedKind = kind
        this.queuedValue = value
        return
      }
    }
    const trampoline = this.env.trampoline
    if (trampoline.depth >= MAX_NESTING) {
      trampoline.defer(this, kind, value, this.epoch, this.status === 'cancelled')
      return
    }
    trampoline.depth++
    try {
      this.run(kind, value)
    } finally {
      if (--trampoline.depth === 0) trampoline.drain()
    }
  }

  /** A resumption the trampoline held back; dropped if the saga moved on meanwhile. */
  resumeDeferred(kind: number, value: unknown, epoch: number, cancelledBefore: boolean): void {
    if (this.ended) return
    if (kind !== CANCEL) {
      // A newer resumption (a cancel) got in first: this one is stale, as a settled step is.
      if (this.epoch !== epoch || (this.status === 'cancelled' && !cancelledBefore)) return
    }
    this.resume(kind as Resumption, value)
  }

  private run(kind: Resumption, value: unknown): void {
    // A cancel applied now stops the pending effect here, inside the trampoline's count: stopping
    // it cancels the children of a call chain, and each of those must nest no deeper than
    // MAX_NESTING either. A queued cancel was stopped when it was queued, so the loop's cancel
    // branch does not stop again.
    if (kind === CANCEL) this.stop()
    const iterator = this.iterator
    try {
      for (;;) {
        this.epoch++
        // The switch stays inline here rather than a function in resumption.ts: a call per
        // resumption costs ~10 % on a loop of synchronous effects.
        let result: IteratorResult<unknown, unknown>
        if (kind === NEXT) {
          result = iterator.next(value)
        } else if (kind === THROW) {
          nameSaga(value, this.meta.name)
          result = iterator.throw ? iterator.throw(value) : fallThrough(iterator, value)
          this.env.errors.clear() // the saga caught it
        } else if (kind === CANCEL) {
          result = iterator.return
            ? iterator.return(TASK_CANCEL)
            : { done: true, value: TASK_CANCEL }
        } else {
          result = iterator.return ? iterator.return(undefined) : { done: true, value: undefined }
        }

        if (result.done) {
          this.ended = true
          this.task.mainEnded()
          if (this.status !== 'cancelled') this.status = 'done'
          this.current = undefined
          this.cont(true, result.value)
          return
        }

        this.queued = false
        const wasDigesting = this.digesting
        const previousDepth = this.digestDepth
        this.digesting = true
        this.digestDepth = this.env.scheduler.depth
        try {
          if (!(this.inline && runInline(this, result.value)))
            this.digest(result.value, this, this.task.id, '')
        } finally {
          this.digesting = wasDigesting
          this.digestDepth = previousDepth
        }
        if (!this.queued) return
        this.queued = false
        kind = this.queuedKind
        value = this.queuedValue
        this.queuedValue = undefined
      }
    } catch (error) {
      this.ended = true
      this.task.mainEnded()
      // An error thrown while the saga is being cancelled goes to whoever cancelled it. One
      // thrown later, by a `finally` that waited on something after the cancel, has nobody to
      // go to: it is reported, with its saga stack, rather than lost (or, from a promise
      // callback, an unhandled rejection).
      if (this.status === 'cancelled') {
        this.current = undefined
        if (this.cancelling) throw error
        this.env.errors.addFrame(this.task.id, this.meta, [])
        this.env.reportError(error)
        return
      }
      nameSaga(error, this.meta.name)
      this.status = 'failed'
      this.current = undefined
      this.cont(false, error)
    }
  }

  runChild(
    iterator: Iterator<unknown, unknown, unknown>,
    step: Step,
    fn?: unknown,
    args?: unknown[],
  ): Teardown {
    return runTask(this.env, iterator, {
      parentContext: this.task.context,
      id: step.id,
      meta: fn === undefined ? this.task.meta : metaOf(fn, args),
      isRoot: false,
      cont: (ok, value) => step.settle(ok, value),
      created: (task) => step.onCancel(task),
    })
  }

  fork(
    iterator: Iterator<unknown, unknown, unknown>,
    step: Step,
    fn: unknown,
    args: unknown[],
    detached: boolean,
  ): void {
    const { env, task: parent } = this
    env.scheduler.immediately(() => {
      const child = runTask(env, iterator, {
        parentContext: parent.context,
        id: step.id,
        // A function that returned no iterator runs as a one-step iterator, which redux-saga
        // names `iterator` in its saga stack.
        meta: metaOf(fn, args, (iterator as { synthetic?: true }).synthetic ? 'iterator' : 'fork'),
        isRoot: detached,
        source: fn as object,
      })
      if (detached) step.resolve(child)
      else if (child.isRunning()) {
        parent.attach(child)
        step.resolve(child)
      } else if (child.isAborted()) parent.abort(child.error())
      else step.resolve(child)
    })
  }

  digest(effect: unknown, owner: StepOwner, parentId: number, key: string): Step {
    const env = this.env
    const id = env.scheduler.nextId()
    env.monitor?.effectTriggered({ effectId: id, parentEffectId: parentId, label: key, effect })
    const step = new Step(env, owner, id, effect, key === '' ? undefined : key)
    // Set before the effect runs: a cancellation that arrives while it runs must reach it.
    if (owner === this) this.current = step
    else owner.adopt?.(step)
    if (effect === undefined) warnYieldedUndefined(this.source ?? this.iterator, this.meta.name)
    env.runEffect(effect, step, this)
    return step
  }
}

export interface TaskOptions {
  parentContext: object
  id: number
  meta: TaskMeta
  isRoot: boolean
  /** Told how the task ended (for `call` of a saga: its step). */
  cont?: Continuation
  /** The saga function, to warn once per saga rather than once per run. */
  source?: object
  /**
   * Told of the task before its saga starts: a `call` makes the task its step's teardown then,
   * so a cancellation that arrives while the saga's first steps run synchronously (a race won
   * by a take that its own `put` woke up) reaches it, as redux-saga's `cont.cancel` does.
   */
  created?: (task: SagaTask) => void
}

/** Starts a task running `iterator`; it runs synchronously until its first pending effect. */
export function runTask(
  env: Env,
  iterator: Iterator<unknown, unknown, unknown>,
  options: TaskOptions,
): SagaTask {
  assertSyncIterator(iterator, options.meta.name)
  const task = new SagaTask(
    env,
    options.id,
    options.meta,
    options.parentContext,
    options.isRoot,
    options.cont,
  )
  const main = new Coroutine(env, task, iterator, options.meta, options.source)
  task.setMain(main)
  options.created?.(task)
  main.next(true, undefined)
  return task
}
