/** A monitor is an observer: a hook that throws must never change what the sagas do. */
import { afterEach, expect, test, vi } from 'vitest'
import { call, delay, put, race, take } from 'sagaloop/effects'
import type { SagaMonitor } from 'sagaloop'
import { makeStore } from '../support/store'

afterEach(() => vi.restoreAllMocks())

const throwing = (hook: keyof SagaMonitor): SagaMonitor => ({
  [hook]: () => {
    throw new Error(`${hook} broke`)
  },
})

test('a throwing effectCancelled hook does not stop the saga after its race', async () => {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  const { run } = makeStore({ sagaMonitor: throwing('effectCancelled') })
  const task = run(function* () {
    const result = yield* race({ fast: call(() => Promise.resolve('fast')), slow: delay(10_000) })
    return result
  })
  await expect(task.toPromise()).resolves.toEqual({ fast: 'fast' })
  expect(consoleError).toHaveBeenCalledTimes(1)
})

test.each([
  'rootSagaStarted',
  'effectTriggered',
  'effectResolved',
  'effectRejected',
  'actionDispatched',
] as const)(
  'a throwing %s hook is reported once on the console and the program runs on',
  (hook) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { run, store, actions } = makeStore({ sagaMonitor: throwing(hook), onError: () => {} })
    const task = run(function* () {
      try {
        yield call(() => {
          throw new Error('caught')
        })
      } catch {
        // effectRejected ran
      }
      yield take('GO')
      yield put({ type: 'WENT' })
      yield take('GO')
      return 'ran on'
    })
    store.dispatch({ type: 'GO' })
    store.dispatch({ type: 'GO' })
    expect(task.result()).toBe('ran on')
    expect(actions.map((a) => a.type)).toEqual(['GO', 'WENT', 'GO'])
    expect(consoleError).toHaveBeenCalledTimes(1)
    expect(String(consoleError.mock.calls[0]?.[0])).toContain(hook)
  },
)

test('in production the report is short, and still made once', () => {
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { run, store } = makeStore({ sagaMonitor: throwing('effectTriggered') })
    const task = run(function* () {
      yield take('GO')
      yield take('GO')
      return 'ran on'
    })
    store.dispatch({ type: 'GO' })
    store.dispatch({ type: 'GO' })
    expect(task.result()).toBe('ran on')
    expect(consoleError).toHaveBeenCalledTimes(1)
    expect(consoleError.mock.calls[0]?.[0]).toBe('sagaloop: sagaMonitor.effectTriggered threw')
    expect(String(consoleError.mock.calls[0]?.[1])).toContain('effectTriggered broke')
  } finally {
    process.env.NODE_ENV = previous
  }
})
