/**
 * How a task's end is seen from outside: its status, its result or error, the promise of
 * `toPromise()` and the tasks joining it. SagaTask (task.ts) extends it with the fork tree.
 */
import { TASK_CANCEL } from '../symbols.js'
import type { TaskStatus } from '../types.js'
import type { Joiner } from '../kernel/types.js'
import { CANCELLED, DONE, FAILED, type Outcome } from '../kernel/outcome.js'
import { MemberList } from './member.js'
import { type Deferred, deferred } from './deferred.js'

const outcomes = { running: undefined, done: DONE, failed: FAILED, cancelled: CANCELLED } as const

export abstract class TaskEnd<T> extends MemberList {
  protected state: TaskStatus = 'running'
  private value: T | undefined = undefined
  private failure: unknown = undefined
  private end: Deferred<T> | undefined = undefined
  /** Created by the first join (most tasks are never joined); `null` once the task ended. */
  private joiners: Joiner[] | undefined | null = undefined

  get status(): TaskStatus {
    return this.state
  }

  /** Records the end (a cancelled task's result is redux-saga's marker, as `toPromise()` shows). */
  protected recordEnd(outcome: Outcome, value: unknown): void {
    if (outcome === FAILED) {
      this.state = 'failed'
      this.failure = value
      this.end?.reject(value)
      return
    }
    if (outcome === CANCELLED) this.state = 'cancelled'
    else if (this.state !== 'cancelled') this.state = 'done'
    this.value = (outcome === CANCELLED ? TASK_CANCEL : value) as T
    this.end?.resolve(this.value)
  }

  /** Tells the joiners, once: later joins see the task ended. */
  protected tellJoiners(outcome: Outcome, value: unknown): void {
    const joiners = this.joiners
    this.joiners = null
    if (joiners) for (const joiner of joiners) joiner.settle(outcome, value)
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

  isAborted(): boolean {
    return this.state === 'failed'
  }

  outcome(): Outcome | undefined {
    return outcomes[this.state]
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
}
