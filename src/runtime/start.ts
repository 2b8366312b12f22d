/**
 * How tasks start: a root (`middleware.run`, `runSaga`), a called saga (`call`, a yielded
 * iterator: its end settles the caller's step), a forked one (`fork`, `spawn`). Each is a
 * `SagaTask` driven by a main flow, which runs synchronously until its first pending effect.
 */
import type { TaskMeta } from '../types.js'
import type { Env, Teardown } from '../kernel/types.js'
import type { Step } from '../kernel/step.js'
import { SagaTask } from './task.js'
import { Coroutine } from './interpreter.js'
import { assertSyncIterator } from './saga-checks.js'
import { metaOf } from './describe.js'

/** The main flow, with the ways it starts child tasks for its runners. */
class MainFlow extends Coroutine {
  runChild(
    iterator: Iterator<unknown, unknown, unknown>,
    step: Step,
    fn?: unknown,
    args?: unknown[],
  ): Teardown {
    const { env, task } = this
    const meta = fn === undefined ? task.meta : metaOf(fn, args)
    return runTask(env, iterator, task.context, step.id, meta, false, undefined, step)
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
      // A function that returned no iterator runs as a one-step iterator, which redux-saga
      // names `iterator` in its saga stack.
      const meta = metaOf(
        fn,
        args,
        (iterator as { synthetic?: true }).synthetic ? 'iterator' : 'fork',
      )
      const child = runTask(env, iterator, parent.context, step.id, meta, detached, fn as object)
      if (detached) step.resolve(child)
      else if (child.isAborted()) parent.abort(child.error())
      else {
        if (child.isRunning()) parent.attach(child)
        step.resolve(child)
      }
    })
  }
}

/**
 * Starts a task running `iterator`; it runs synchronously until its first pending effect.
 * `source`: the saga function, to warn once per saga rather than once per run. `step`: the step
 * of a `call` of a saga, told how the task ended; the task is its teardown before its saga
 * starts, so a cancellation that arrives while the saga's first steps run synchronously (a race
 * won by a take that its own `put` woke up) reaches it, as redux-saga's `cont.cancel` does.
 */
export function runTask(
  env: Env,
  iterator: Iterator<unknown, unknown, unknown>,
  parentContext: object,
  id: number,
  meta: TaskMeta,
  isRoot: boolean,
  source?: object,
  step?: Step,
): SagaTask {
  assertSyncIterator(iterator, meta.name)
  const task = new SagaTask(env, id, meta, parentContext, isRoot, step)
  const main = (task.main = new MainFlow(env, task, iterator, meta, source))
  step?.onCancel(task)
  main.start()
  return task
}
