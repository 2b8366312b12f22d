/**
 * `join`, `cancel`, `cancelled`: effects on tasks.
 */
import { SELF_CANCELLATION } from '../symbols.js'
import type { Task } from '../types.js'
import { describeValue, fail } from '../errors.js'
import { type Effect, makeEffect } from './effect.js'

/** True for a task object, sagaloop's or redux-saga's (and a mock task). */
export function isTask(value: unknown): value is Task {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { '@@redux-saga/TASK'?: unknown })['@@redux-saga/TASK'] === true
  )
}

function checkTasks(name: string, tasks: unknown): void {
  const list = Array.isArray(tasks) ? tasks : [tasks]
  for (const task of list) {
    if (!isTask(task)) {
      fail(
        'INVALID_TASK',
        `${name}: ${describeValue(task)} is not a task. Pass what \`yield fork(...)\` returned (in unit tests, createMockTask() from 'sagaloop/testing').`,
      )
    }
  }
}

type TaskResults<T extends readonly Task<unknown>[]> = {
  -readonly [K in keyof T]: T[K] extends Task<infer R> ? R : never
}

/** What `join` returns; `R` is the joined task's result (a tuple for an array of tasks). */
export type JoinEffect<R = unknown> = Effect<'JOIN', Task | readonly Task[], R>

/**
 * Waits for a task (or all of an array of tasks) to end, and gets its result.
 *
 * @example
 * const [user, posts] = yield* join([userTask, postsTask]) // [User, Post[]]
 */
export function join<T>(task: Task<T>): JoinEffect<T>
export function join<const T extends readonly Task<unknown>[]>(tasks: T): JoinEffect<TaskResults<T>>
export function join(...args: unknown[]): JoinEffect {
  if (args.length > 1)
    fail('INVALID_TASK', 'join(...tasks) is not supported; use join([...tasks]).')
  checkTasks('join', args[0])
  return makeEffect<JoinEffect>('JOIN', args[0] as Task)
}

/** What `cancel` returns. */
export type CancelEffect = Effect<'CANCEL', Task | readonly Task[] | typeof SELF_CANCELLATION, void>

/** Cancels a task, an array of tasks, or (with no argument) the current task. */
export function cancel(task?: Task<unknown> | readonly Task<unknown>[]): CancelEffect
export function cancel(...args: unknown[]): CancelEffect {
  if (args.length > 1)
    fail('INVALID_TASK', 'cancel(...tasks) is not supported; use cancel([...tasks]).')
  const target = args.length === 0 || args[0] === undefined ? SELF_CANCELLATION : args[0]
  if (target !== SELF_CANCELLATION) checkTasks('cancel', target)
  return makeEffect<CancelEffect>('CANCEL', target as CancelEffect['payload'])
}

/** What `cancelled` returns; the saga gets a boolean. */
export type CancelledEffect = Effect<'CANCELLED', Record<string, never>, boolean>

/**
 * Tells whether the current task was cancelled (true in its `finally` blocks after a cancel).
 *
 * @example
 * finally { if (yield* cancelled()) yield* put(loadCancelled()) }
 */
export function cancelled(): CancelledEffect {
  return makeEffect<CancelledEffect>('CANCELLED', {})
}
