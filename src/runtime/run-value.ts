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
 * The record of `effect` when it is an effect whose record is loaded (the main loop runs it with
 * no step if it has a `runNow`, see kernel/record.ts); undefined for any other value.
 */
export function syncRecordOf(effect: unknown): AnyEffectRecord | undefined {
  if (typeof effect !== 'object' || effect === null) return undefined
  if ((effect as { [IO]?: unknown })[IO] !== true) return undefined
  return lastRecordOf((effect as { type: unknown }).type)
}

// The last type found, and its record: a loop yields the same effect type again and again, and
// the runner table is a dictionary, slower to read than a comparison (the main loop, then
// `runValue`, look up each effect: for a `take`, both). A type keeps its record (each record is
// filed once, when its module loads), so the pair never goes stale; a type with no record yet is
// not kept, as its module may load later.
let lastType: unknown = undefined
let lastRecord: AnyEffectRecord | undefined = undefined

function lastRecordOf(type: unknown): AnyEffectRecord | undefined {
  if (type === lastType) return lastRecord
  const record = recordOf(type)
  if (record !== undefined) {
    lastType = type
    lastRecord = record
  }
  return record
}

/** Interprets one yielded value: an effect by its runner, a promise, an iterator, or itself. */
export function runValue(effect: unknown, step: Step, context: RunContext): void {
  if (typeof effect === 'object' && effect !== null) {
    if ((effect as { [IO]?: unknown })[IO] === true) {
      const { type, payload } = effect as { type: unknown; payload: never }
      const record = lastRecordOf(type)
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
