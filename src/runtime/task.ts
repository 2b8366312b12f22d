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
 * How outcomes travel (resumption is explicit): a task reports its end, to the parent it is
 * attached to or else to the step of the `call` that ran it, with an Outcome (kernel/outcome.ts):
 * DONE with its result, FAILED with its error, CANCELLED.
 * A joiner, or the `call` that ran the task, is told the same, and the main loop applies it as
 * an operation of its own: DONE resumes the iterator with the value, FAILED throws into it,
 * CANCELLED cancels it (its pending effect is stopped once, then it is returned), ENDED (a
 * `take` got `END`) returns it. redux-saga's TASK_CANCEL marker is only what a cancelled task
 * shows as its `result()` and resolves `toPromise()` with, as in redux-saga.
 */
import { TASK, TASK_CANCEL } from '../symbols.js'
import { assignContext, BY_TASK } from '../kernel/context.js'
import type { Task as PublicTask, TaskMeta, TaskStatus } from '../types.js'
import type { Aborter, Env, Joiner, Releases, SettledOptions, TaskHandle } from '../kernel/types.js'
import type { Step } from '../kernel/step.js'
import { CANCELLED, DONE, FAILED, type Outcome } from '../kernel/outcome.js'
import { OWN_TASK } from '../kernel/values.js'
import type { Resumer } from './resumption.js'

/** The promise of `toPromise()`, with its settling functions. */
interface End<T> {
  promise: Promise<T>
  resolve(value: T): void
  reject(error: unknown): void
}

/**
 * A task: how its end is seen from outside (status, result or error, `toPromise()`, joiners) and
 * its place in the fork tree (its members: the main flow and the attached children).
 */
export class SagaTask<T = unknown> implements PublicTask<T>, TaskHandle {
  // One class, not a hierarchy: a method keeps its whole name in an app's bundle (a call from a
  // subclass pays it twice) and a base class its own prologue and `super()`, so the members'
  // list and the end's bookkeeping live here, inline where they are used once.
  // State no other file reads is in `#` fields: an app's bundler shortens their names (it keeps
  // a property's whole), and they stay out of `toEqual` and snapshots of tasks. Methods stay
  // `private`: a `#` method gives every instance a brand, one more slot (8 bytes) per task.
  readonly [TASK] = true as const
  status: TaskStatus = 'running'
  /** The result once the task is done or cancelled, or its error once it failed. */
  #result: unknown
  /** Created by the first `toPromise()`. */
  #end: End<T> | undefined
  /** Created by the first join (most tasks are never joined); `null` once the task ended. */
  #joiners: Joiner[] | undefined | null
  /**
   * The task's context object, created on first use: most tasks never read or set their context,
   * and one object less per task is ~50 bytes per waiting saga. Its prototype is the parent's
   * context whenever it is created, so lookups see the same chain as an eager copy would.
   */
  #ownContext: Record<string | symbol, unknown> | undefined
  readonly #env: Env
  readonly #parentContext: object
  // Set by the constructor, hence `declare`: a field would be defined (as undefined) first.
  declare readonly id: number
  declare readonly meta: TaskMeta
  declare readonly isRoot: boolean
  /**
   * The step of the `call` that runs this task (a called saga, a yielded iterator), told how the
   * task ended; a root or a forked task has none (a forked one tells its parent).
   */
  readonly #caller: Step | undefined
  /** Set once the task started ending: members that end later are no one's business. */
  #completed = false
  /**
   * The attached children, first to last, as a list whose links live on its members (the
   * children: `#prevMember`, `#nextMember`), so that a member that ends is unlinked in O(1) with
   * no allocation: with an array, each of N children ending costs an indexOf and a splice, and
   * fork+join grows as N². The task's main flow is not in the list: the task tracks it on its own.
   */
  #firstMember: SagaTask | undefined
  #lastMember: SagaTask | undefined
  #prevMember: SagaTask | undefined
  #nextMember: SagaTask | undefined
  /** The task this one is attached to (a member of), while attached. */
  #parentTask: SagaTask | undefined
  /** The main flow, set by runTask (start.ts) before it starts. */
  main!: Resumer
  #mainResult: unknown
  /**
   * How the main flow ended, once its iterator finished (its `finally` blocks are behind it):
   * DONE until it reports otherwise (CANCELLED); undefined while it runs.
   */
  #mainEnd: Outcome | undefined
  /** What the task owns (`use`), created by the first one (effects/resources.ts). */
  resources: Releases | undefined
  /** Its `AbortSignal`, created by the first `abortSignal()` (effects/timing.ts). */
  aborter: Aborter | undefined

  constructor(
    env: Env,
    id: number,
    meta: TaskMeta,
    parentContext: object,
    isRoot: boolean,
    caller: Step | undefined,
  ) {
    this.#env = env
    this.#parentContext = parentContext
    this.id = id
    this.meta = meta
    this.isRoot = isRoot
    this.#caller = caller
  }

  get context(): Record<string | symbol, unknown> {
    return (this.#ownContext ??= Object.create(this.#parentContext) as Record<
      string | symbol,
      unknown
    >)
  }

  /**
   * A member ended (`child`: an attached child, unlinked now; undefined: the main flow): fail if
   * it failed; end once the main flow and every child have ended.
   */
  memberEnded(child: SagaTask | undefined, outcome: Outcome, value: unknown): void {
    if (this.#completed) return
    if (child !== undefined) {
      const prev = child.#prevMember
      const next = child.#nextMember
      if (prev === undefined) this.#firstMember = next
      else prev.#nextMember = next
      if (next === undefined) this.#lastMember = prev
      else next.#prevMember = prev
      child.#prevMember = child.#nextMember = child.#parentTask = undefined
    }
    if (outcome === FAILED) return this.abort(value)
    // The task ends as its main flow did (a forked child's cancellation is its own business).
    if (child === undefined) {
      this.#mainEnd = outcome
      this.#mainResult = value
    }
    if (this.#firstMember === undefined && this.#mainEnd !== undefined)
      this.finish(this.#mainEnd, this.#mainResult)
  }

  /** A member failed: cancel the others, then fail with its error. */
  abort(error: unknown): void {
    // Already ended (an `all` may still start a fork after its group failed): the late child's
    // error has no one to fail, as for a child that fails after its parent completed.
    if (this.#completed) return
    // The saga stack names what the error cancels: the main flow if it still runs, the children.
    const cancelled: TaskMeta[] = this.#mainEnd === undefined ? [this.meta] : []
    for (let member = this.#firstMember; member !== undefined; member = member.#nextMember)
      cancelled.push(member.meta)
    this.stop(FAILED, error, cancelled)
  }

  cancel(): void {
    if (this.status !== 'running') return
    this.status = 'cancelled'
    this.stop(CANCELLED, undefined)
  }

  /** Ends the task early (it failed, or was cancelled): its members are cancelled first. */
  private stop(outcome: Outcome, value: unknown, cancelled?: TaskMeta[]): void {
    // Abort first: work started with the signal stops before `finally` blocks run. (A FAILED end
    // always comes through here, so `finish` has nothing to abort; a signal first asked for by
    // a `finally` that runs now is made aborted, effects/timing.ts.)
    this.aborter?.abort(outcome === FAILED, value)
    if (!this.#completed) {
      this.#completed = true
      let member = this.#firstMember
      this.#firstMember = this.#lastMember = undefined
      this.main.cancel()
      while (member !== undefined) {
        const next = member.#nextMember
        member.#prevMember = member.#nextMember = member.#parentTask = undefined
        member.cancel()
        member = next
      }
    }
    this.finish(outcome, value, cancelled)
  }

  /**
   * The main flow's iterator finished, as `outcome` (undefined: it threw after it was cancelled,
   * an error reported rather than passed on); a task already over releases what it owns now.
   */
  mainEnded(outcome?: Outcome, value?: unknown): void {
    this.#mainEnd = DONE
    if (this.status !== 'running') this.resources?.releaseAll()
    if (outcome !== undefined) this.memberEnded(undefined, outcome, value)
  }

  /** `cancelled`: what a FAILED end cancelled, for its saga stack. */
  private finish(outcome: Outcome, value: unknown, cancelled?: TaskMeta[]): void {
    this.#completed = true
    // Released before the parent and joiners learn the task ended, once its `finally` ran (a
    // `finally` still waiting on something releases when it finishes: mainEnded).
    if (this.#mainEnd !== undefined) this.resources?.releaseAll()
    // A cancelled task's result is redux-saga's marker, as `toPromise()` shows.
    this.#result = outcome === CANCELLED ? TASK_CANCEL : value
    if (outcome === FAILED) this.status = 'failed'
    else if (outcome === CANCELLED) this.status = 'cancelled'
    else if (this.status !== 'cancelled') this.status = 'done'
    this.settlePromise()
    if (outcome === FAILED) {
      this.#env.errors.addFrame(this.id, this.meta, cancelled as TaskMeta[])
      if (this.isRoot) this.#env.reportError(value)
    }
    // An attached child tells its parent, a called task its caller (no closure per task).
    const parent = this.#parentTask
    if (parent !== undefined) parent.memberEnded(this, outcome, value)
    else this.#caller?.settle(outcome, value)
    const joiners = this.#joiners
    this.#joiners = null
    if (joiners) for (const joiner of joiners) joiner.settle(outcome, value)
  }

  /** Makes `child` a member: the task now waits for it, and fails if it fails. */
  attach(child: SagaTask): void {
    const last = this.#lastMember
    child.#prevMember = last
    child.#nextMember = undefined
    if (last === undefined) this.#firstMember = child
    else last.#nextMember = child
    this.#lastMember = child
    child.#parentTask = this
  }

  /** Settles the promise of `toPromise()`, if there is one, once the task has ended. */
  private settlePromise(): void {
    if (this.status === 'failed') this.#end?.reject(this.#result)
    else if (this.status !== 'running') this.#end?.resolve(this.#result as T)
  }

  /** Resumes `joiner` with this task's outcome when it ends; a no-op once it has ended. */
  addJoiner(joiner: Joiner): void {
    if (this.#joiners !== null) (this.#joiners ??= []).push(joiner)
  }

  removeJoiner(joiner: Joiner): void {
    const joiners = this.#joiners
    const index = joiners ? joiners.indexOf(joiner) : -1
    if (index >= 0) (joiners as Joiner[]).splice(index, 1)
  }

  isRunning(): boolean {
    return this.status === 'running'
  }

  isAborted(): boolean {
    return this.status === 'failed'
  }

  result(): T | undefined {
    return this.status === 'failed' ? undefined : (this.#result as T)
  }

  error(): unknown {
    return this.status === 'failed' ? this.#result : undefined
  }

  toPromise(): Promise<T> {
    if (this.#end === undefined) {
      const end = (this.#end = {} as End<T>)
      end.promise = new Promise<T>((resolve, reject) => {
        end.resolve = resolve
        end.reject = reject
      })
      this.settlePromise()
    }
    return this.#end.promise
  }

  isCancelled(): boolean {
    // While the task still runs, its main flow may already be cancelled (inside `finally`).
    return (
      this.status === 'cancelled' || (this.status === 'running' && this.main.status === 'cancelled')
    )
  }

  setContext(props: Record<string | symbol, unknown>): void {
    assignContext(BY_TASK, this.context, props)
  }

  /**
   * Resolves once this task has ended, or every saga of its run (the root saga it belongs to,
   * with everything it forked and spawned) waits only on takes: see `runtime/activity.ts`.
   */
  settled(options?: SettledOptions): Promise<void> {
    return this.#env.activity.settled(options, this.#env, () => this.status !== 'running')
  }
}

// On the prototype, not an own field: `join` recognises its own tasks by it (kernel/values.ts),
// and an own symbol would show in snapshots and `toEqual` of tasks.
Object.defineProperty(SagaTask.prototype, OWN_TASK, { value: true })
