/**
 * `join` and `cancel`: effects on tasks; `all` and `race` over child steps.
 */
import { SELF_CANCELLATION } from '../../symbols.js'
import type { Task } from '../../types.js'
import { AllOf, RaceOf, type Cancellable } from '../combinators.js'
import { describeValue, SagaError } from '../../errors.js'
import { SagaTask } from '../task.js'
import type { Runner } from './runner.js'

interface Settles {
  readonly key: string | undefined
  settle(ok: boolean, value: unknown): void
}

function joinOne(task: Task, target: Settles): (() => void) | undefined {
  if (!(task instanceof SagaTask)) {
    target.settle(
      false,
      new SagaError(
        'INVALID_TASK',
        `join: ${describeValue(task)} is not a task started by this runtime.`,
      ),
    )
    return
  }
  if (task.isRunning()) {
    const joiner = { settle: (ok: boolean, value: unknown) => target.settle(ok, value) }
    task.addJoiner(joiner)
    return () => task.removeJoiner(joiner)
  }
  if (task.isAborted()) target.settle(false, task.error())
  else target.settle(true, task.result())
}

export const join: Runner<Task | readonly Task[]> = (tasks, step) => {
  if (!Array.isArray(tasks)) return joinOne(tasks as Task, step)
  if (tasks.length === 0) {
    step.resolve([])
    return
  }
  const keys = tasks.map((_, index) => String(index))
  const all = new AllOf(step, keys, true)
  tasks.forEach((task: Task, index) => {
    const slot = {
      key: String(index),
      settle: (ok: boolean, value: unknown) => all.settle(slot, ok, value),
      cancel: () => {},
    }
    all.children.push(slot)
    const teardown = joinOne(task, slot)
    if (teardown) slot.cancel = teardown
  })
  return all
}

function cancelTask(task: Task): void {
  if (task.isRunning()) task.cancel()
}

export const cancel: Runner<Task | readonly Task[] | typeof SELF_CANCELLATION> = (
  target,
  step,
  { task },
) => {
  if (target === SELF_CANCELLATION) cancelTask(task)
  else if (Array.isArray(target)) target.forEach(cancelTask)
  else cancelTask(target as Task)
  step.resolve(undefined)
}

export function combinator(
  kind: 'all' | 'race',
): Runner<readonly unknown[] | Record<string, unknown>> {
  return (effects, step, run) => {
    const isArray = Array.isArray(effects)
    const keys = Object.keys(effects)
    if (keys.length === 0) {
      if (kind === 'all') step.resolve(isArray ? [] : {})
      // An empty race never settles, as in redux-saga.
      return
    }
    const group = kind === 'all' ? new AllOf(step, keys, isArray) : new RaceOf(step, keys, isArray)
    // Registered before any child starts: if starting one cancels this step (a fork that fails
    // at once fails the saga), the children are cancelled first, as redux-saga does.
    step.onCancel(group)
    for (const key of keys) {
      // A race stops starting children once one has won; `all` starts each child (redux-saga
      // does), but one started after the group settled is cancelled at once.
      if (kind === 'race' && group.done) break
      // The child is among the group's children (adopt) before its effect runs.
      const child: Cancellable = run.digest(
        (effects as Record<string, unknown>)[key],
        group,
        step.id,
        key,
      )
      if (group.done) child.cancel()
    }
    return group
  }
}
