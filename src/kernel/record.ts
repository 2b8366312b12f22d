/**
 * The effect record: everything about one effect type in one place (see effects/records.ts for
 * the list, and CONTRIBUTING.md for how to add one).
 */
import type { RunContext, Runner, Teardown } from './types.js'
import type { Step } from './step.js'

/** What a record's `describe` gets to render values the way every description does. */
export interface Describer {
  /** A short rendering of any value (secrets masked unless the caller asked not to). */
  value(value: unknown): string
  /** The extra arguments of a call-like payload, each rendered with `value`. */
  args(payload: { args?: readonly unknown[] }): string[]
  /** The function of a call-like payload, with its owner: `api.get`. */
  fn(payload: { fn?: unknown; context?: unknown }): string
  /** The task name of a call-like payload: a helper reads as written, `takeEvery("A", w)`. */
  taskName(payload: { fn?: unknown; args?: unknown[] }): string
  /** True for the saga behind a helper (`takeEvery`...): it is described by its task name. */
  isHelper(fn: unknown): boolean
}

/**
 * Everything about one effect type, in one place. The list of records (effects/records.ts) is
 * the single source of `EffectType`, the runner table, descriptions and the testing kit's keys.
 */
export interface EffectRecord<T extends string = string, P = never> {
  /** The descriptor's `type`, as redux-saga names it: `'CALL'`, `'ACTION_CHANNEL'`. */
  readonly type: T
  /**
   * The name the testing kit knows it by: `matchers.call`, a static provider `{ call }`, the
   * recorded `effects.call` of expectSaga. redux-saga-test-plan's names: `'actionChannel'`.
   */
  readonly key: string
  /** Interprets a descriptor of this type (see `Runner`). */
  readonly run: Runner<P>
  /**
   * The synchronous part of an effect that usually completes at once (`call` of a plain
   * function, `select`): returns its result or throws its error. The main loop runs it before it
   * makes a `Step`, which most such effects never need, and tells the monitor about the effect
   * around it, as `Step` does for the others: a monitor sees the same events either way. `run`
   * is then `runnerOf(record)`: the same code, given a step.
   */
  readonly runNow?: (payload: P, context: RunContext) => unknown
  /** True when `runNow`'s result is pending work (a promise, a saga) to wait on with `waitOn`. */
  readonly isPending?: (result: unknown) => boolean
  /** Starts waiting on pending work for `step`, as `run` does; returns how to undo it. */
  readonly waitOn?: (
    result: unknown,
    step: Step,
    context: RunContext,
    payload: P,
  ) => Teardown | void
  /**
   * A one-line rendering of the payload, for saga frames, the inspector and messages.
   * Development-only, as long messages are: write it as
   * `process.env.NODE_ENV !== 'production' ? render : undefined`, so that a production bundle
   * carries none (there the runtime names an effect by its type and `describeEffect` sketches it
   * from its payload: see runtime/describe.ts).
   */
  readonly describe?: ((payload: P, describe: Describer) => string) | undefined
  /**
   * When true, an error the runner throws escapes the step and fails the saga that yielded the
   * effect, rather than being thrown into it. Only `cancel`: an error from the `finally` of the
   * task it cancels must fail the canceller (redux-saga), not be catchable around `cancel`.
   */
  readonly escapes?: boolean
}

/** The runner of a record with a `runNow`: the same code, handed the step the effect has. */
export function runnerOf<P>(
  record: Pick<EffectRecord<string, P>, 'runNow' | 'isPending' | 'waitOn'>,
): Runner<P> {
  const { runNow, isPending, waitOn } = record as Required<typeof record>
  return (payload, step, context) => {
    let result: unknown
    try {
      result = runNow(payload, context)
    } catch (error) {
      step.reject(error)
      return
    }
    if (isPending?.(result)) return waitOn(result, step, context, payload)
    step.resolve(result)
  }
}

/** A record of any type, as the runtime dispatches on it. */
export type AnyEffectRecord = EffectRecord<string, never>

// The runner table: the records defined so far, by type. A null-prototype table: a descriptor
// whose type is `'toString'` finds no record.
const byType = Object.create(null) as Record<string, AnyEffectRecord | undefined>

/**
 * Declares a record with its payload type checked against the runner and the description, and
 * files it in the runner table. The build marks each call pure: a record no creator refers to
 * (every creator builds its descriptors with `makeEffect(record, ...)`) is left out of an app's
 * bundle, runner and description included, and so is everything only it depends on.
 */
export function defineEffect<T extends string, P>(record: EffectRecord<T, P>): EffectRecord<T, P> {
  byType[record.type] = record
  return record
}

/**
 * Files records defined elsewhere in the runner table, for the runtime's own list of the
 * records every run carries (redux/run-saga.ts): referring to them there keeps them in a bundle.
 */
export function registerEffects(records: readonly AnyEffectRecord[]): void {
  for (const record of records) defineEffect(record)
}

/** The record of an effect type, or `undefined` for a type whose record is not loaded. */
export function recordOf(type: unknown): AnyEffectRecord | undefined {
  return typeof type === 'string' ? byType[type] : undefined
}
