/**
 * Tasks and the fork tree.
 *
 * The rules, which are redux-saga's:
 * 1. A task is its main flow (the generator it runs) plus the children it attached with `fork`.
 * 2. A task ends when its main flow and all its attached children have ended. Its result is the
 *    main flow's return value.
 * 3. An uncaught error in the main flow or in any attached child fails the task: every other
 *    member is cancelled, then the task fails with that error, which reaches its own parent in
 *    turn. The error bubbles up the tree until a `call`/`join` boundary catches it, or a root.
 * 4. Cancelling a task cancels its main flow and its children, depth first; the task ends as
 *    cancelled at once, while `finally` blocks run.
 * 5. A detached child (`spawn`) is a root: its failure is reported, not passed to the parent.
 * 6. A task that joins another learns how it ended: its result, its error, or its cancellation,
 *    which cancels the joiner too.
 *
 * How outcomes travel (resumption): a task reports its end as `cont(ok, value)`; a cancelled
 * task reports `(true, TASK_CANCEL)`, redux-saga's own value, which is also what a joiner or the
 * `call` that ran it receives. Only the main loop turns such an outcome into an action
 * (runtime/resumption.ts: `resumptionOf`): `ok` false throws into the iterator, TASK_CANCEL
 * cancels it (its pending effect is stopped once, then it is returned), TERMINATE (`END` taken)
 * returns it, anything else resumes it with the value.
 */
import { TASK, TASK_CANCEL } from '../symbols.js'
import { assignContext } from '../kernel/context.js'
import type { Task as PublicTask, TaskMeta, TaskStatus } from '../types.js'
import type {
  Continuation,
  Env,
  Joiner,
  Releases,
  SettledOptions,
  TaskHandle,
} from '../kernel/types.js'
import { OWN_TASK } from '../kernel/values.js'
import { type Member, memberEnded, noop } from './member.js'
import { type Deferred, deferred } from './deferred.js'

export class SagaTask<T = unknown> implements PublicTask<T>, TaskHandle {
  readonly [TASK] = true as const
  /**
   * The task's context object, created on first use: most tasks never read or set their context,
   * and one object less per task is ~50 bytes per waiting saga. Its prototype is the parent's
   * context whenever it is created, so lookups see the same chain as an eager copy would.
   */
  private ownContext: Record<string | symbol, unknown> | undefined = undefined
  /** Created by the first join (most tasks are never joined); `null` once the task ended. */
  private joiners: Joiner[] | undefined | null = undefined
  /** Told how this task ended: the parent's bookkeeping, or the step of a `call`. */
  cont: Continuation
  private state: TaskStatus = 'running'
  private value: T | undefined
  private failure: unknown
  private end: Deferred<T> | undefined
  private firstMember: Member | undefined = undefined
  private lastMember: Member | undefined = undefined
  private memberCount = 0
  prevMember: Member | undefined = undefined
  nextMember: Member | undefined = undefined
  parentTask: SagaTask | undefined = undefined
  private completed = false
  private mainResult: unknown
  private main: Member | undefined
  private cancelledByError: TaskMeta[] | undefined = undefined
  private controller: AbortController | undefined
  /** What the task owns (`use`), created by the first one (effects/resources.ts). */
  resources: Releases | undefined = undefined
  /** True once the main flow's iterator finished: its `finally` blocks are behind it. */
  private mainDone = false

  constructor(
    private readonly env: Env,
    readonly id: number,
    readonly meta: TaskMeta,
    private readonly parentContext: object,
    readonly isRoot: boolean,
    cont: Continuation | undefined,
  ) {
    this.cont = cont ?? noop
  }

  get context(): Record<string | symbol, unknown> {
    return (this.ownContext ??= Object.create(this.parentContext) as Record<
      string | symbol,
      unknown
    >)
  }

  /** Aborts when the task is cancelled or fails; created on first use. */
  get signal(): AbortSignal {
    if (this.controller === undefined) {
      this.controller = new AbortController()
      if (this.state === 'cancelled' || this.state === 'failed')
        this.controller.abort(this.abortReason())
      else if (this.main?.isCancelled?.()) this.controller.abort(this.abortReason())
    }
    return this.controller.signal
  }

  private abortReason(): unknown {
    if (this.state === 'failed') return this.failure
    const reason = new Error(`task ${this.meta.name} was cancelled`)
    reason.name = 'AbortError'
    return reason
  }

  get status(): TaskStatus {
    return this.state
  }

  /** Called once, by the interpreter, with the main flow. */
  setMain(main: Member): void {
    this.main = main
    this.attach(main)
  }

  /** Makes `child` a member: the task now waits for it, and fails if it fails. */
  attach(child: Member): void {
    child.prevMember = this.lastMember
    child.nextMember = undefined
    if (this.lastMember === undefined) this.firstMember = child
    else this.lastMember.nextMember = child
    this.lastMember = child
    this.memberCount++
    child.parentTask = this
    child.cont = memberEnded
  }

  /** An attached member ended: unlink it; fail if it failed; end when no member is left. */
  memberEnded(child: Member, ok: boolean, value: unknown): void {
    if (this.completed) return
    this.unlink(child)
    child.cont = noop
    child.parentTask = undefined
    if (!ok) {
      this.abort(value)
      return
    }
    if (child === this.main) this.mainResult = value
    if (this.memberCount === 0) {
      this.completed = true
      this.finish(true, this.mainResult)
    }
  }

  private unlink(member: Member): void {
    const { prevMember: prev, nextMember: next } = member
    if (prev === undefined) this.firstMember = next
    else prev.nextMember = next
    if (next === undefined) this.lastMember = prev
    else next.prevMember = prev
    member.prevMember = member.nextMember = undefined
    this.memberCount--
  }

  /** A member failed: cancel the others, then fail with its error. */
  abort(error: unknown): void {
    // Already ended (an `all` may still start a fork after its group failed): the late child's
    // error has no one to fail, as for a child that fails after its parent completed.
    if (this.completed) return
    this.controller?.abort(error)
    const names = (this.cancelledByError ??= [])
    for (let member = this.firstMember; member !== undefined; member = member.nextMember)
      names.push(member.meta)
    this.cancelMembers()
    this.finish(false, error)
  }

  private cancelMembers(): void {
    if (this.completed) return
    this.completed = true
    // Detach the whole list first: members attached while these are cancelled start a new one.
    let member = this.firstMember
    this.firstMember = this.lastMember = undefined
    this.memberCount = 0
    while (member !== undefined) {
      const next: Member | undefined = member.nextMember
      member.prevMember = member.nextMember = undefined
      member.cont = noop
      member.parentTask = undefined
      member.cancel()
      member = next
    }
  }

  cancel(): void {
    if (this.state !== 'running') return
    this.state = 'cancelled'
    // Abort first: work started with the signal stops before `finally` blocks run.
    this.controller?.abort(this.abortReason())
    this.cancelMembers()
    this.finish(true, TASK_CANCEL)
  }

  /** The main flow's iterator finished; a task already over releases what it owns now. */
  mainEnded(): void {
    this.mainDone = true
    if (this.state !== 'running') this.resources?.releaseAll()
  }

  private finish(ok: boolean, value: unknown): void {
    // Released before the parent and joiners learn the task ended, once its `finally` ran (a
    // `finally` still waiting on something releases when it finishes: mainEnded).
    if (this.mainDone && this.resources !== undefined) {
      this.resources.releaseAll()
    }
    if (ok) {
      if (value === TASK_CANCEL) this.state = 'cancelled'
      else if (this.state !== 'cancelled') this.state = 'done'
      this.value = value as T
      this.end?.resolve(value as T)
    } else {
      this.state = 'failed'
      this.controller?.abort(value)
      this.env.errors.addFrame(this.id, this.meta, this.cancelledByError ?? [])
      if (this.isRoot) this.env.reportError(value)
      this.failure = value
      this.end?.reject(value)
    }
    this.cont(ok, value)
    const joiners = this.joiners
    this.joiners = null
    if (joiners) for (const joiner of joiners) joiner.settle(ok, value)
  }

  /** Resumes `joiner` with this task's outcome when it ends; a no-op once it has ended. */
  addJoiner(joiner: Joiner): void {
    if (this.joiners === null) return
    ;(this.joiners ??= []).push(joiner)
  }

  removeJoiner(joiner: Joiner): void {
    const index = this.joiners?.indexOf(joiner) ?? -1
    if (index >= 0) this.joiners?.splice(index, 1)
  }

  isRunning(): boolean {
    return this.state === 'running'
  }

  isCancelled(): boolean {
    // While the task still runs, its main flow may already be cancelled (inside `finally`).
    return (
      this.state === 'cancelled' ||
      (this.state === 'running' && this.main?.isCancelled?.() === true)
    )
  }

  isAborted(): boolean {
    return this.state === 'failed'
  }

  result(): T | undefined {
    return this.value
  }

  error(): unknown {
    return this.failure
  }

  toPromise(): Promise<T> {
    if (this.end) return this.end.promise
    this.end = deferred<T>()
    if (this.state === 'failed') this.end.reject(this.failure)
    else if (this.state !== 'running') this.end.resolve(this.value as T)
    return this.end.promise
  }

  setContext(props: Record<string | symbol, unknown>): void {
    assignContext('task.setContext', this.context, props)
  }

  /**
   * Resolves once this task has ended, or every saga of its run (the root saga it belongs to,
   * with everything it forked and spawned) waits only on takes: see `runtime/activity.ts`.
   */
  settled(options?: SettledOptions): Promise<void> {
    return this.env.activity.settled(options, this.env, () => this.state !== 'running')
  }
}

// On the prototype, not an own field: `join` recognises its own tasks by it (kernel/values.ts),
// and an own symbol would show in snapshots and `toEqual` of tasks.
Object.defineProperty(SagaTask.prototype, OWN_TASK, { value: true })
