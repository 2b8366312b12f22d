/**
 * `join`, `cancel`, `cancelled`: effects on tasks, with their records.
 */
import { SELF_CANCELLATION, TASK, TASK_CANCEL } from '../symbols.js'
import type { Task } from '../types.js'
import { asString, describeValue, fail, SagaError } from '../errors.js'
import { AllOf } from '../kernel/combinators.js'
import { defineEffect } from '../kernel/record.js'
import { isOwnTask } from '../kernel/values.js'
import { CANCELLED, DONE, FAILED, type Outcome } from '../kernel/outcome.js'
import { type Effect, makeEffect, makeEffectOf } from './effect.js'

/** True for a task object, sagaloop's or redux-saga's (and a mock task). */
export function isTask(value: unknown): value is Task {
  return (
    typeof value === 'object' && value !== null && (value as { [TASK]?: unknown })[TASK] === true
  )
}

/** redux-saga's own hint, part of its message. */
const TEST_HINT =
  '\n(HINT: if you are getting these errors in tests, consider using createMockTask from @redux-saga/testing-utils)'

/** What the creators test before `checkTasks`: one task passes on its flag alone. */
type Flagged = { [TASK]?: unknown } | null

/** In development only, as redux-saga: in production a non-task fails when the effect runs. */
function checkTasks(name: string, args: unknown[], tasks: unknown): void {
  if (args.length > 1)
    fail(
      'INVALID_TASK',
      `${name}(...tasks) is not supported any more. Please use ${name}([...tasks]) to ${name} multiple tasks.`,
      `Got ${args.length} arguments.`,
    )
  const many = Array.isArray(tasks)
  for (const task of many ? tasks : [tasks]) {
    if (!isTask(task)) {
      fail(
        'INVALID_TASK',
        `${name}(${many ? '[...tasks]' : 'task'}): argument ${asString(task)} is not a valid Task object ${TEST_HINT}`,
        `Got ${describeValue(task)}. Pass what \`yield fork(...)\` returned (in unit tests, createMockTask() from 'sagaloop/testing').`,
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
  // Anything but one task is checked, in development only: `process.env` is read only then (it
  // costs, in Node), and a production bundle keeps no check but this test.
  if (
    (args.length > 1 || (args[0] as Flagged)?.[TASK] !== true) &&
    process.env.NODE_ENV !== 'production'
  )
    checkTasks('join', args, args[0])
  return makeEffectOf<JoinEffect>(joinRecord, args[0] as Task)
}

/** What `cancel` returns. */
export type CancelEffect = Effect<'CANCEL', Task | readonly Task[] | typeof SELF_CANCELLATION, void>

/**
 * Cancels a task, an array of tasks, or (with no argument) the current task. Two signatures, as
 * redux-saga's: `cancel(undefined)` would cancel the current task, which is rarely what a
 * possibly-undefined task variable meant, so the types refuse it.
 */
export function cancel(): CancelEffect
export function cancel(task: Task<unknown> | readonly Task<unknown>[]): CancelEffect
export function cancel(...args: unknown[]): CancelEffect {
  const target = (args[0] === undefined ? SELF_CANCELLATION : args[0]) as
    Flagged | typeof SELF_CANCELLATION
  // As join's check.
  if (
    (args.length > 1 || (target !== SELF_CANCELLATION && target?.[TASK] !== true)) &&
    process.env.NODE_ENV !== 'production'
  )
    checkTasks('cancel', args, target)
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

// --- the records -----------------------------------------------------------------------------

interface Settles {
  readonly key: string | undefined
  settle(outcome: Outcome, value: unknown): void
}

function joinOne(task: unknown, target: Settles): (() => void) | undefined {
  if (!isOwnTask(task)) {
    target.settle(
      FAILED,
      new SagaError(
        'INVALID_TASK',
        `join: ${describeValue(task)} is not a task started by this runtime.`,
      ),
    )
    return
  }
  if (task.isRunning()) {
    const joiner = { settle: (outcome: Outcome, value: unknown) => target.settle(outcome, value) }
    task.addJoiner(joiner)
    return () => task.removeJoiner(joiner)
  }
  // Joining a cancelled task cancels the joiner: redux-saga hands it the TASK_CANCEL marker, a
  // cancelled task's result (a cancelled mock task's result is its own, as in redux-saga).
  const result = task.result()
  if (task.isAborted()) target.settle(FAILED, task.error())
  else if (result === TASK_CANCEL) target.settle(CANCELLED, undefined)
  else target.settle(DONE, result)
}

const nameOf = (task: unknown): string =>
  (task as { meta?: { name?: string } } | null)?.meta?.name ?? 'task'

function describeTasks(tasks: unknown): string {
  return Array.isArray(tasks) ? `[${tasks.map(nameOf).join(', ')}]` : nameOf(tasks)
}

export const joinRecord = defineEffect({
  type: 'JOIN',
  key: 'join',
  run: (tasks: Task | readonly Task[], step) => {
    if (!Array.isArray(tasks)) return joinOne(tasks, step)
    if (tasks.length === 0) {
      step.resolve([])
      return
    }
    const keys = tasks.map((_, index) => String(index))
    const all = new AllOf(step, keys, true)
    tasks.forEach((task: Task, index) => {
      const slot = {
        key: String(index),
        settle: (outcome: Outcome, value: unknown) => all.settle(slot, outcome, value),
        cancel: () => {},
      }
      all.children.push(slot)
      const teardown = joinOne(task, slot)
      if (teardown) slot.cancel = teardown
    })
    return all
  },
  describe:
    process.env.NODE_ENV !== 'production'
      ? (payload) => `join(${describeTasks(payload)})`
      : undefined,
})

function cancelTask(task: Task): void {
  if (task.isRunning()) task.cancel()
}

export const cancelRecord = defineEffect({
  type: 'CANCEL',
  key: 'cancel',
  run: (target: CancelEffect['payload'], step, { task }) => {
    if (target === SELF_CANCELLATION) task.cancel()
    else if (Array.isArray(target)) target.forEach(cancelTask)
    else cancelTask(target as Task)
    step.resolve(undefined)
  },
  describe:
    process.env.NODE_ENV !== 'production'
      ? (payload) =>
          typeof payload === 'string' ? 'cancel()' : `cancel(${describeTasks(payload)})`
      : undefined,
  // The cancelled task's `finally` may throw: that fails this saga, as in redux-saga.
  escapes: true,
})

export const cancelledRecord = defineEffect({
  type: 'CANCELLED',
  key: 'cancelled',
  run: (_: CancelledEffect['payload'], step, { task }) => {
    step.resolve(task.isCancelled())
  },
  describe: process.env.NODE_ENV !== 'production' ? () => 'cancelled()' : undefined,
})
