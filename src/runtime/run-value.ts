/**
 * The runner table's one reader: a yielded value is an effect (run by its record), a promise
 * (awaited), an iterator (run as a nested saga) or any other value (given back as is). This is
 * the default `env.runEffect`; effect middlewares wrap it.
 */
import { IO } from '../symbols.js'
import { SagaError } from '../errors.js'
import { unknownEffectHint } from '../messages.js'
import type { RunContext, Teardown } from '../kernel/types.js'
import type { Step } from '../kernel/step.js'
import { isIterator, isPromise, resolvePromise } from '../kernel/values.js'
import { recordOf, type AnyEffectRecord } from '../kernel/record.js'

/**
 * The record of `effect` when the main loop may run it with no step (it has a `runNow`, see
 * kernel/record.ts); undefined for any other value.
 */
export function syncRecordOf(effect: unknown): AnyEffectRecord | undefined {
  if (typeof effect !== 'object' || effect === null) return undefined
  if ((effect as { [IO]?: unknown })[IO] !== true) return undefined
  const type = (effect as { type: unknown }).type
  if (type !== lastType && lookUp(type) === undefined) return undefined
  return lastNow
}

// The last type found, its record, and that record again if it has a `runNow`: a loop yields the
// same effect type again and again, and the runner table is a dictionary, slower to read than a
// comparison (a `take` was read there twice per yield, by the main loop and by `runValue`). The
// main loop only ever sees `lastNow`, records with a `runNow`: its reads of them stay
// polymorphic, not megamorphic. A type keeps its record (each record is filed once, when its
// module loads), so the entry never goes stale; a type with no record yet is not kept, as its
// module may load later.
let lastType: unknown = undefined
let lastRecord: AnyEffectRecord | undefined = undefined
let lastNow: AnyEffectRecord | undefined = undefined

function lookUp(type: unknown): AnyEffectRecord | undefined {
  const record = recordOf(type)
  if (record !== undefined) {
    lastType = type
    lastRecord = record
    lastNow = record.runNow === undefined ? undefined : record
  }
  return record
}

/** Interprets one yielded value: an effect by its runner, a promise, an iterator, or itself. */
export function runValue(effect: unknown, step: Step, context: RunContext): void {
  if (typeof effect === 'object' && effect !== null) {
    if ((effect as { [IO]?: unknown })[IO] === true) {
      const { type, payload } = effect as { type: unknown; payload: never }
      const record = type === lastType ? lastRecord : lookUp(type)
      if (record === undefined) {
        step.reject(
          new SagaError(
            'INVALID_EFFECT',
            `saga "${context.task.meta.name}" yielded an effect of unknown type ${String(type)}.`,
            unknownEffectHint(type),
          ),
        )
        return
      }
      let teardown: Teardown | void
      try {
        teardown = record.run(payload, step, context)
      } catch (error) {
        // A record that `escapes` (cancel) lets the error fail the saga, not be thrown into it.
        if (record.escapes === true) throw error
        // Thrown after the step settled: not the runner's failure but the saga's, resumed
        // synchronously from inside the runner (a `put` in a `finally` of a task being
        // cancelled, then a throw). It goes to whoever resumed it, as in redux-saga.
        if (!step.pending) throw error
        // A runner's own failure (an invalid pattern, a channel that throws) is the saga's to catch.
        step.reject(error)
        return
      }
      step.onCancel(teardown)
      return
    }
    if (isPromise(effect)) {
      step.onCancel(resolvePromise(effect, step))
      return
    }
    if (isIterator(effect)) {
      step.onCancel(context.runChild(effect, step))
      return
    }
  }
  step.resolve(effect)
}
