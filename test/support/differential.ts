/**
 * Runs the same saga program under sagaloop and under redux-saga (each with its own real store)
 * and records what happened, so a test can compare the two traces.
 *
 * A program receives the library (`lib.effects`, `lib.END`, ...) and a `log` function and
 * returns the root saga, plus an optional `drive` that dispatches from outside.
 */
import { expect } from 'vitest'
import { applyMiddleware, createStore } from 'redux'
import { applyMiddleware as applyMiddleware4, createStore as createStore4 } from 'redux4'
import * as sagaloop from 'sagaloop'
import * as sagaloopEffects from 'sagaloop/effects'
import reduxSagaDefault, * as reduxSaga from 'redux-saga'
import * as reduxSagaEffects from 'redux-saga/effects'
import { recordingMonitor } from './monitored'
import { flushAsync } from './store'

export interface Lib {
  readonly name: 'sagaloop' | 'redux-saga'
  /** The effect creators, loosely typed so one program runs under both libraries. */
  readonly effects: any
  readonly END: { type: string }
  readonly channel: (...args: any[]) => any
  readonly createSagaMiddleware: (options?: any) => any
  readonly runSaga: (options: any, saga: any, ...args: any[]) => any
}

export const libs: readonly Lib[] = [
  {
    name: 'sagaloop',
    effects: sagaloopEffects,
    END: sagaloop.END,
    channel: sagaloop.channel,
    createSagaMiddleware: sagaloop.createSagaMiddleware,
    runSaga: sagaloop.runSaga,
  },
  {
    name: 'redux-saga',
    effects: reduxSagaEffects,
    END: reduxSaga.END,
    channel: reduxSaga.channel,
    createSagaMiddleware: reduxSagaDefault,
    runSaga: reduxSaga.runSaga,
  },
]

/** A generator whose `yield` gives `any`: programs run under two differently typed libraries. */
export type Gen = Generator<unknown, any, any>

export interface Store {
  dispatch(action: unknown): unknown
  getState(): unknown
}

export interface Program {
  saga: (...args: never[]) => Iterator<unknown>
  /** Dispatches from outside (or cancels the root task) once it has started; may await. */
  drive?: (store: Store, root: { cancel(): void }) => void | Promise<void>
}

export type Log = (entry: unknown) => void

export interface Trace {
  /** Every action the reducer saw, in order (Redux's own init actions left out). */
  actions: unknown[]
  /** What the program logged, in order. */
  log: unknown[]
  /** How the root task ended, or `running` if it had not after the ticks waited. */
  outcome: { status: string; value?: unknown; error?: string }
  /** Messages of the errors `onError` received. */
  reported: string[]
  /** The sagaMonitor calls, ids renumbered by first appearance, when `monitor: true` was asked. */
  monitor?: unknown[]
}

/** Options of a differential run; anything else goes to createSagaMiddleware. */
export interface RunOptions {
  /** Record every sagaMonitor hook call in the trace. */
  monitor?: boolean
  /** Use a Redux 4 store instead of Redux 5. */
  redux4?: boolean
  [middlewareOption: string]: unknown
}

/** Turns error objects into their messages, so traces compare by content. */
function plain(value: unknown): unknown {
  if (value instanceof Error) return `Error: ${value.message}`
  if (Array.isArray(value)) return value.map(plain)
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto === Object.prototype || proto === null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
    }
    if (typeof (value as { isRunning?: unknown }).isRunning === 'function') return '<task>'
  }
  return value
}

/** Runs `program` under `lib` and returns its trace as it is after `ticks` macrotasks. */
export async function runUnder(
  lib: Lib,
  program: (lib: Lib, log: Log, store: Store) => Program,
  ticks = 20,
  options: RunOptions = {},
): Promise<Trace> {
  const trace: Trace = { actions: [], log: [], outcome: { status: 'running' }, reported: [] }
  const log: Log = (entry) => trace.log.push(plain(entry))
  const { monitor, redux4, ...middlewareOptions } = options
  if (monitor) trace.monitor = []
  const middleware = lib.createSagaMiddleware({
    ...middlewareOptions,
    ...(trace.monitor ? { sagaMonitor: recordingMonitor(trace.monitor) } : {}),
    onError: (error: Error) => trace.reported.push(error.message),
  })
  const reducer = (state: number = 0, action: { type: string }) => {
    if (!action.type.startsWith('@@redux/')) trace.actions.push({ ...action })
    return state + 1
  }
  const store: Store = redux4
    ? createStore4(reducer, applyMiddleware4(middleware))
    : createStore(reducer, applyMiddleware(middleware))
  const { saga, drive } = program(lib, log, store)
  const task = middleware.run(saga)
  const settled = task.toPromise().then(
    (value: unknown) => {
      trace.outcome = { status: task.isCancelled() ? 'cancelled' : 'done', value: plain(value) }
    },
    (error: unknown) => {
      trace.outcome = { status: 'failed', error: String(plain(error)) }
    },
  )
  void settled
  await drive?.(store, task)
  // A fixed number of ticks, not "until the root ends": spawned tasks may still be working.
  for (let i = 0; i < ticks; i++) await flushAsync()
  if (trace.outcome.status === 'done' && typeof trace.outcome.value === 'string') {
    // redux-saga resolves a cancelled task's promise with its TASK_CANCEL marker.
    if (trace.outcome.value.includes('TASK_CANCEL')) trace.outcome = { status: 'cancelled' }
  }
  if (trace.outcome.status === 'cancelled') trace.outcome = { status: 'cancelled' }
  // A copy: whatever still runs must not change the trace while the other library runs.
  return structuredClone(trace)
}

/** Runs `program` under both libraries. */
export async function runBoth(
  program: (lib: Lib, log: Log, store: Store) => Program,
  ticks?: number,
  options?: RunOptions,
): Promise<{ sagaloop: Trace; reduxSaga: Trace }> {
  const [sl, rs] = libs as [Lib, Lib]
  return {
    sagaloop: await runUnder(sl, program, ticks, options),
    reduxSaga: await runUnder(rs, program, ticks, options),
  }
}

/** Runs `program` under both libraries, expects the same trace from each, and returns it. */
export async function expectSame(
  program: (lib: Lib, log: Log) => Program,
  options?: RunOptions,
): Promise<Trace> {
  const { sagaloop, reduxSaga } = await runBoth(program, undefined, options)
  expect(sagaloop).toEqual(reduxSaga)
  return sagaloop
}
