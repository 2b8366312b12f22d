/**
 * Root sagas run under a key, for hot module replacement and code-split injection: running a
 * saga under a key that already has a running task cancels that task (its `finally` blocks run,
 * and what it owned is released) and starts the new one in the same step.
 *
 * No dispatched action is lost or seen twice: the swap happens under the scheduler's lock, so an
 * action queued meanwhile (by the old saga's `finally`, or by a saga whose step made the swap) is
 * delivered after the new saga has started, to its takers. The boundary: the old saga has
 * stopped taking when the swap starts, and a `finally` that waits on something (a `call`) goes
 * on after the new saga started.
 */
import type { RunSagaOptions, Task } from '../types.js'
import type { Scheduler } from '../channels/scheduler.js'
import { fail } from '../errors.js'
import { invalidKey } from '../messages.js'
import { logError } from '../runtime/env.js'

/**
 * One `runKeyed` of a middleware: swaps the task under `key` in `tasks` (the middleware's own map)
 * for the one `start` returns. `onError` (else the console) gets an error thrown by the old
 * task's `finally` while it is cancelled. A plain function over the middleware's map, not a
 * closure made for each middleware: a store that never runs a keyed saga pays one empty map.
 */
export function runKeyedOn(
  tasks: Map<string | symbol, Task>,
  scheduler: Scheduler,
  key: string | symbol,
  start: () => Task,
  onError: RunSagaOptions['onError'],
): Task {
  if (typeof key !== 'string' && typeof key !== 'symbol') fail('INVALID_OPTION', invalidKey(key))
  return scheduler.immediately(() => {
    const previous = tasks.get(key)
    // The new saga starts even if the old one's `finally` throws: that error is reported.
    if (previous?.isRunning()) {
      try {
        previous.cancel()
      } catch (error) {
        ;(onError ?? logError)(error as Error, { sagaStack: '', sagaFrames: [] })
      }
    }
    const task = start()
    tasks.set(key, task)
    return task
  })
}
