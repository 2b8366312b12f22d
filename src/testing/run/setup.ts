/** What the fluent `expectSaga` API collects before `run()`, and the options `run()` takes. */
import type { AnyFunction } from '../../effects/descriptors.js'
import type { QueuedAction } from './dispatch-queue.js'
import type { Expectation } from './expectations.js'
import type { ProviderEntry } from './providers.js'

/**
 * `run(250)`, `run(false)` or `run({ timeout, silenceTimeout, horizon })`. The run ends as soon
 * as the saga is idle, so `timeout` no longer makes anyone wait: it is the real time allowed to a
 * real (unmocked) promise, and the number the idle warning quotes, as test-plan's did. `false`
 * is test-plan's "wait until the saga finishes": idle does not end that run.
 */
export interface RunOptions {
  timeout?: number | false
  silenceTimeout?: boolean
  /** How far virtual time may go before an endless poll is cut (default: 1 hour). */
  horizon?: number
}

export interface SagaRun {
  saga: AnyFunction
  args: unknown[]
  providers: ProviderEntry[]
  expectations: Expectation[]
  reducer: (state: unknown, action: unknown) => unknown
  state: unknown
  /** `.dispatch()`es made before `run()`: held until a take wants them. */
  dispatches: QueuedAction[]
  autoAdvance: boolean
  /** With the clock under manual control: how far `.advanceTime(ms)` steps let time go. */
  timeLimit: number
  /** Virtual milliseconds after which the run stops moving the clock. */
  horizon: number
  /** `.strict()`: unasserted effects of asserted kinds fail the run. */
  strict: boolean
  /** `.withVirtualNow(start)`: `Date.now()` reads `start` + virtual time during the run. */
  virtualNow: number | undefined
  /** Set while running: dispatches made then go straight in. */
  started: { dispatch(action: unknown, delay: number | undefined): void } | undefined
}

/** One hour of virtual time. */
export const DEFAULT_HORIZON = 60 * 60 * 1000

export function newSetup(saga: AnyFunction, args: unknown[]): SagaRun {
  return {
    saga,
    args,
    providers: [],
    expectations: [],
    reducer: (state: unknown) => state,
    state: undefined,
    dispatches: [],
    autoAdvance: true,
    timeLimit: 0,
    horizon: DEFAULT_HORIZON,
    strict: false,
    virtualNow: undefined,
    started: undefined,
  }
}
