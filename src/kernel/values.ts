/**
 * Value guards shared by the runners, the runtime and the testing kit: a leaf, so that any layer
 * above channels can use them without importing the main loop.
 */
import { CANCEL } from '../symbols.js'
import type { TaskHandle, Teardown } from './types.js'

export function isPromise(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  )
}

export function isIterator(value: unknown): value is Iterator<unknown, unknown, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { next?: unknown }).next === 'function' &&
    typeof (value as { throw?: unknown }).throw === 'function'
  )
}

/** Settles `step` with a promise's outcome; its `[CANCEL]` method, if any, is the teardown. */
export function resolvePromise(
  promise: PromiseLike<unknown>,
  step: { resolve(value: unknown): void; reject(error: unknown): void; markBusy?(): void },
): Teardown | undefined {
  // A promise is outside work: `settled()` waits for it (runtime/activity.ts).
  step.markBusy?.()
  promise.then(
    (value) => step.resolve(value),
    (error: unknown) => step.reject(error),
  )
  const cancel = (promise as { [CANCEL]?: unknown })[CANCEL]
  return typeof cancel === 'function' ? () => (cancel as () => void).call(promise) : undefined
}

export function runTeardown(teardown: Teardown): void {
  if (typeof teardown === 'function') teardown()
  else teardown.cancel()
}

/** Marks the runtime's own tasks (on `SagaTask.prototype`): `join` accepts no other. */
export const OWN_TASK: unique symbol = Symbol('sagaloop.ownTask')

export function isOwnTask(value: unknown): value is TaskHandle {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [OWN_TASK]?: unknown })[OWN_TASK] === true
  )
}
