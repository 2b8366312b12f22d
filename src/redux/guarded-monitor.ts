/**
 * The saga monitor as the runtime calls it: every hook present (a no-op where the user gave none)
 * and guarded. A monitor observes; if one of its hooks throws, the sagas must not notice: the
 * throw would otherwise escape from whatever resumed the saga (a promise callback: an unhandled
 * rejection, and a saga that never resumes). The first throw is shown on the console, later
 * ones are ignored, so a broken monitor cannot flood it.
 */
import type { SagaMonitor } from '../types.js'
import { describeValue, fail } from '../errors.js'
import { monitorHookThrew } from '../messages.js'

const hooks = [
  'rootSagaStarted',
  'effectTriggered',
  'effectResolved',
  'effectRejected',
  'effectCancelled',
  'actionDispatched',
] as const

/** What a hook the user's monitor lacks does. */
const noop = () => {}

/** One guarded monitor per user monitor: the middleware and each run share it (and its "once"). */
const guarded = new WeakMap<SagaMonitor, Required<SagaMonitor>>()

export function guardMonitor(monitor: SagaMonitor): Required<SagaMonitor> {
  const known = guarded.get(monitor)
  if (known) return known
  let reported = false
  // Every hook is filled in below.
  const complete = {} as Required<SagaMonitor>
  for (const name of hooks) {
    // Read as a value and called with the monitor as `this` below.
    const fn = (monitor as Record<string, unknown>)[name]
    if (process.env.NODE_ENV !== 'production' && fn !== undefined && typeof fn !== 'function')
      fail('INVALID_OPTION', `sagaMonitor.${name} must be a function; got ${describeValue(fn)}.`)
    ;(complete as Record<string, unknown>)[name] =
      fn === undefined
        ? noop
        : (...args: never[]) => {
            try {
              ;(fn as (...a: never[]) => void).apply(monitor, args)
            } catch (error) {
              if (!reported) {
                reported = true
                console.error(monitorHookThrew(name), error)
              }
            }
          }
  }
  guarded.set(monitor, complete)
  return complete
}
