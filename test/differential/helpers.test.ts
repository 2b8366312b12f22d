import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { underBoth, type Fx, type Step } from '../support/timed-differential'

const END = { type: '@@redux-saga/CHANNEL_END' }
const act = (after: number, n: number): Step => ({ after, action: { type: 'GO', n } })

/** A worker that takes 100ms, puts a result, and logs whether it finished or was cancelled. */
const slowWorker = (fx: Fx, log: (event: string) => void) =>
  // `any`: redux-saga's typings want the action type that 'GO' stands for; both accept this one.
  function* worker(action: any): Generator<unknown, number, unknown> {
    log(`start ${action.n}`)
    try {
      yield fx.delay(100)
      yield fx.put({ type: 'RESULT', n: action.n })
      log(`done ${action.n}`)
      return action.n
    } finally {
      if (yield fx.cancelled()) log(`cancelled ${action.n}`)
    }
  }

const scenarios = {
  takeEvery: (fx: Fx, log: (event: string) => void) =>
    function* () {
      yield fx.takeEvery('GO', slowWorker(fx, log))
    },
  takeLatest: (fx: Fx, log: (event: string) => void) =>
    function* () {
      yield fx.takeLatest('GO', slowWorker(fx, log))
    },
  takeLeading: (fx: Fx, log: (event: string) => void) =>
    function* () {
      yield fx.takeLeading('GO', slowWorker(fx, log))
    },
  throttle: (fx: Fx, log: (event: string) => void) =>
    function* () {
      yield fx.throttle(100, 'GO', slowWorker(fx, log))
    },
  debounce: (fx: Fx, log: (event: string) => void) =>
    function* () {
      yield fx.debounce(100, 'GO', slowWorker(fx, log))
    },
}

describe('the helpers behave as redux-saga’s for the same dispatches', () => {
  const burst = [act(0, 1), act(30, 2), act(30, 3), act(150, 4), act(99, 5), act(1, 6), act(300, 7)]

  for (const [name, scenario] of Object.entries(scenarios)) {
    test(`${name}: the same worker runs, cancellations and puts for a burst of actions`, async () => {
      const { sagaloop, reduxSaga } = await underBoth(scenario, burst)
      expect(sagaloop).toEqual(reduxSaga)
      expect(sagaloop.log.length).toBeGreaterThan(0)
    })

    test(`${name}: END ends it the same way`, async () => {
      const { sagaloop, reduxSaga } = await underBoth(scenario, [
        act(0, 1),
        act(50, 2),
        { after: 10, action: END },
        act(10, 3),
      ])
      expect(sagaloop).toEqual(reduxSaga)
      expect(sagaloop.outcome).not.toBe('running')
    })
  }

  test('any timed sequence of dispatches gives the same trace under every helper', async () => {
    const steps = fc.array(
      fc.record({ after: fc.integer({ min: 0, max: 250 }), n: fc.integer({ min: 0, max: 9 }) }),
      { maxLength: 12 },
    )
    const helper = fc.constantFrom(...(Object.keys(scenarios) as (keyof typeof scenarios)[]))
    await fc.assert(
      fc.asyncProperty(helper, steps, fc.boolean(), async (name, sequence, end) => {
        const timed: Step[] = sequence.map(({ after, n }) => act(after, n))
        if (end) timed.push({ after: 50, action: END })
        const { sagaloop, reduxSaga } = await underBoth(scenarios[name], timed, 1_000)
        expect(sagaloop).toEqual(reduxSaga)
      }),
      { numRuns: 60 },
    )
  })
})

describe('retry behaves as redux-saga’s', () => {
  const flakyScenario =
    (failures: number, maxTries: number) => (fx: Fx, log: (event: string) => void) =>
      function* () {
        let calls = 0
        const flaky = (arg: string) => {
          calls++
          log(`call ${calls} ${arg}`)
          if (calls <= failures) throw new Error(`failure ${calls}`)
          return `ok ${arg}`
        }
        try {
          const result: unknown = yield fx.retry(maxTries, 50, flaky, 'x')
          yield fx.put({ type: 'RESULT', result })
          return result
        } catch (error) {
          log(`caught ${(error as Error).message}`)
          return 'gave up'
        }
      }

  test('the same calls, at the same times, until a call succeeds', async () => {
    const { sagaloop, reduxSaga } = await underBoth(flakyScenario(2, 5), [])
    expect(sagaloop).toEqual(reduxSaga)
    expect(sagaloop.outcome).toBe('done "ok x"')
  })

  test('the same error once every try failed', async () => {
    const { sagaloop, reduxSaga } = await underBoth(flakyScenario(5, 3), [])
    expect(sagaloop).toEqual(reduxSaga)
    expect(sagaloop.outcome).toBe('done "gave up"')
  })

  test('the same outcome when maxTries is 0', async () => {
    const { sagaloop, reduxSaga } = await underBoth(flakyScenario(1, 0), [])
    expect(sagaloop).toEqual(reduxSaga)
  })
})
