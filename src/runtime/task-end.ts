/**
 * How a task's end is seen from outside: its status, its result or error, the promise of
 * `toPromise()` and the tasks joining it. SagaTask (task.ts) extends it with the fork tree.
 */
import { TASK_CANCEL } from '../symbols.js'
import type { TaskStatus } from '../types.js'
import type { Joiner } from '../kernel/types.js'
import { CANCELLED, FAILED, type Outcome } from '../kernel/outcome.js'
import { MemberList } from './member.js'

/** The promise of `toPromise()`, with its settling functions. */
interface End<T> {
  promise: Promise<T>
  resolve(value: T): void
  reject(error: unknown): void
}

export abstract class TaskEnd<T> extends MemberList {
  // `#` fields, `private` methods: see SagaTask (task.ts).
  status: TaskStatus = 'running'
  #value: T | undefined
  #failure: unknown
  /** Created by the first `toPromise()`. */
  #end: End<T> | undefined
  /** Created by the first join (most tasks are never joined); `null` once the task ended. */
  #joiners: Joiner[] | undefined | null

  /** Records the end (a cancelled task's result is redux-saga's marker, as `toPromise()` shows). */
  protected recordEnd(outcome: Outcome, value: unknown): void {
    if (outcome === FAILED) {
      this.status = 'failed'
      this.#failure = value
    } else {
      if (outcome === CANCELLED) {
        this.status = 'cancelled'
        value = TASK_CANCEL
      } else if (this.status !== 'cancelled') this.status = 'done'
      this.#value = value as T
    }
    this.settlePromise()
  }

  /** Settles the promise of `toPromise()`, if there is one, once the task has ended. */
  private settlePromise(): void {
    if (this.status === 'failed') this.#end?.reject(this.#failure)
    else if (this.status !== 'running') this.#end?.resolve(this.#value as T)
  }

  /** Tells the joiners, once: later joins see the task ended. */
  protected tellJoiners(outcome: Outcome, value: unknown): void {
    const joiners = this.#joiners
    this.#joiners = null
    if (joiners) for (const joiner of joiners) joiner.settle(outcome, value)
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
    return this.#value
  }

  error(): unknown {
    return this.#failure
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
}
