/**
 * Runs the same saga under sagaloop and under redux-saga, against real Redux stores and the same
 * timed sequence of dispatches (vitest fake timers), and records what each did: worker events
 * and dispatched actions, each stamped with the fake time.
 */
import { vi } from 'vitest'
import { applyMiddleware, createStore, type Middleware } from 'redux'
import reduxSagaMiddleware from 'redux-saga'
import * as reduxSagaEffects from 'redux-saga/effects'
import sagaloopMiddleware from 'sagaloop'
import * as sagaloopEffects from 'sagaloop/effects'

/** The effect creators a scenario uses: the same names exist in both libraries. */
export type Fx = typeof reduxSagaEffects

export interface Step {
  /** Milliseconds after the previous step. */
  after: number
  action: { type: string; [key: string]: unknown }
}

export interface Trace {
  /** What workers logged, as `time event`. */
  log: string[]
  /** Every action the store saw (dispatched from outside or put by a saga), as `time type payload`. */
  actions: string[]
  /** How the root saga ended. */
  outcome: string
}

type Scenario = (fx: Fx, log: (event: string) => void) => () => Generator

const libraries = {
  sagaloop: { middleware: sagaloopMiddleware, fx: sagaloopEffects as unknown as Fx },
  'redux-saga': { middleware: reduxSagaMiddleware, fx: reduxSagaEffects },
}

async function runUnder(
  library: keyof typeof libraries,
  scenario: Scenario,
  steps: readonly Step[],
  settle: number,
): Promise<Trace> {
  const { middleware, fx } = libraries[library]
  vi.useFakeTimers({ now: 0 })
  try {
    const sagas = (
      middleware as (options?: object) => Middleware & {
        run(saga: () => Generator): { toPromise(): Promise<unknown> }
      }
    )()
    const trace: Trace = { log: [], actions: [], outcome: 'running' }
    const store = createStore((state: number = 0, action: { type: string }) => {
      if (!action.type.startsWith('@@redux/')) {
        const { type, ...payload } = action
        trace.actions.push(`${Date.now()} ${type} ${JSON.stringify(payload)}`)
      }
      return state
    }, applyMiddleware(sagas))
    const task = sagas.run(scenario(fx, (event) => trace.log.push(`${Date.now()} ${event}`)))
    task.toPromise().then(
      (value) => (trace.outcome = `done ${JSON.stringify(value) ?? 'undefined'}`),
      (error: unknown) => (trace.outcome = `failed ${(error as Error).message}`),
    )
    for (const step of steps) {
      await vi.advanceTimersByTimeAsync(step.after)
      store.dispatch(step.action)
    }
    await vi.advanceTimersByTimeAsync(settle)
    return trace
  } finally {
    vi.useRealTimers()
  }
}

/** The traces of a scenario under both libraries, to compare with `toEqual`. */
export async function underBoth(scenario: Scenario, steps: readonly Step[], settle = 10_000) {
  return {
    sagaloop: await runUnder('sagaloop', scenario, steps, settle),
    reduxSaga: await runUnder('redux-saga', scenario, steps, settle),
  }
}
