/**
 * `use`: ties a resource to the task that opens it. Not in redux-saga.
 *
 * `yield* use(eventChannel(subscribe))` gives the channel and closes it when the task ends
 * (done, failed, cancelled, a lost race, a `takeLatest` replaced): the source is unsubscribed
 * once. `yield* use(actionChannel(pattern))` runs the effect and closes the channel, which stops
 * it listening and buffering. `yield* use(acquire, release)` runs `acquire` (an effect, a
 * promise or a plain value) and calls `release(resource)` at the end.
 *
 * Releases run after the task's own `finally` blocks, once its forks have ended too (they may
 * still use the resource), in reverse order of acquisition; one that returns a promise is
 * awaited before the next. A release that throws or rejects is reported to `onError` (with the
 * saga stack) and the monitor; the other releases still run.
 */
import { fail } from '../errors.js'
import { invalidRelease, notAResource } from '../messages.js'
import { defineEffect } from '../kernel/record.js'
import type { Step } from '../kernel/step.js'
import type { Keyed, StepOwner } from '../kernel/types.js'
import { DONE, type Outcome } from '../kernel/outcome.js'
import { type Effect, type EffectType, isEffect, makeEffectOf } from './effect.js'
import { own } from './resources.js'

/** The payload of `use`. */
export interface UsePayload {
  /** An effect (or a promise, or a plain value) whose result is the resource. */
  readonly acquire: unknown
  /** Releases the resource; `resource.close()` when not given. */
  readonly release: ((resource: never) => unknown) | undefined
}

/** What `use` returns; the saga gets the resource. */
export type UseEffect<R> = Effect<'USE', UsePayload, R>

/** What an acquired value is, once run: an effect's result, a promise's value, or itself. */
export type Acquired<A> =
  A extends Effect<EffectType, unknown, infer R> ? R : A extends PromiseLike<infer V> ? V : A

/** Something `use` can release without being told how. */
export interface Closeable {
  close(): unknown
}

/**
 * @example
 * function* watchSocket(url: string) {
 *   const socket = yield* use(eventChannel<Message>((emit) => subscribe(url, emit)))
 *   const requests = yield* use(actionChannel('chat/send'))
 *   const timer = yield* use(setInterval(ping, 30_000), clearInterval)
 *   // ... however this saga ends, timer, requests and socket are released, in that order
 * }
 */
export function use<A extends Closeable | Effect<EffectType, unknown, Closeable>>(
  resource: A,
): UseEffect<Acquired<A>>
export function use<A>(
  acquire: A,
  release: (resource: Acquired<A>) => unknown,
): UseEffect<Acquired<A>>
export function use(acquire: unknown, release?: (resource: never) => unknown): UseEffect<unknown> {
  if (release !== undefined && typeof release !== 'function')
    fail('NOT_A_FUNCTION', invalidRelease(release))
  if (
    release === undefined &&
    !isEffect(acquire) &&
    typeof (acquire as Partial<Closeable> | null)?.close !== 'function'
  )
    fail('INVALID_OPTION', notAResource(acquire))
  return makeEffectOf<UseEffect<unknown>>(useRecord, { acquire, release })
}

// --- the record ------------------------------------------------------------------------------

/** Waits for the acquiring effect, as a child step of the `use` step. */
class Acquisition implements StepOwner {
  child: Step | undefined = undefined

  constructor(
    private readonly step: Step,
    private readonly own: (resource: unknown) => void,
  ) {}

  adopt(step: Step): void {
    this.child = step
  }

  settle(_child: Keyed, outcome: Outcome, value: unknown): void {
    // An error, `END` or a cancelled join: the saga is told, and there is nothing to own.
    if (outcome !== DONE) {
      this.step.settle(outcome, value)
      return
    }
    // Owned before the saga sees it: if the saga is cancelled at once, it is still released.
    this.own(value)
    this.step.resolve(value)
  }

  /** The `use` step's teardown: a pending acquisition (a `call` in flight) is cancelled. */
  cancel(): void {
    this.child?.cancel()
  }
}

export const useRecord = defineEffect({
  type: 'USE',
  key: 'use',
  run: ({ acquire, release }: UsePayload, step, run) => {
    const { env, task } = run
    const owned = (resource: unknown) =>
      own(
        env,
        task,
        release === undefined
          ? () => (resource as Closeable).close()
          : () => (release as (r: unknown) => unknown)(resource),
        step.effect,
      )
    const acquisition = new Acquisition(step, owned)
    run.digest(acquire, acquisition, step.id, 'acquire')
    return acquisition
  },
  describe:
    process.env.NODE_ENV !== 'production'
      ? ({ acquire, release }: UsePayload, d) =>
          `use(${[d.value(acquire), ...(release === undefined ? [] : [d.value(release)])].join(', ')})`
      : undefined,
})
