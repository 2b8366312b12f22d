/**
 * The main loop runs `call` and `select` without a step when they complete at once; a monitor
 * must not see the difference: its hooks are called as redux-saga calls them, for every way such
 * an effect can end.
 */
import { expect, test } from 'vitest'
import { applyMiddleware, createStore, type Store } from 'redux'
import { libs, type Gen, type Lib } from '../support/differential'
import { recordingMonitor } from '../support/monitored'

async function monitorCalls(
  lib: Lib,
  saga: (E: Lib['effects'], store: Store, lib: Lib) => () => Gen,
) {
  const calls: unknown[] = []
  const monitor = recordingMonitor(calls)
  const sagaMonitor = {
    ...monitor,
    // Also the string values resolved (redux-saga's markers among them), in order.
    effectResolved: (effectId: number, value: unknown) => {
      ;(monitor.effectResolved as (id: number, value: unknown) => void)(effectId, value)
      if (typeof value === 'string') calls.push(['resolved with', value])
    },
  }
  const middleware = lib.createSagaMiddleware({ sagaMonitor, onError: () => {} })
  const store = createStore((state: number = 7) => state, applyMiddleware(middleware))
  await middleware.run(saga(lib.effects, store, lib)).toPromise()
  return calls
}

async function expectSameHooks(saga: (E: Lib['effects'], store: Store, lib: Lib) => () => Gen) {
  const [sagaloop, reduxSaga] = libs as [Lib, Lib]
  const ours = await monitorCalls(sagaloop, saga)
  expect(ours).toEqual(await monitorCalls(reduxSaga, saga))
  return ours
}

test('synchronous calls and selects, returning or throwing, report as redux-saga reports them', async () => {
  const calls = await expectSameHooks(
    (E) =>
      function* root(): Gen {
        yield E.call(() => 1)
        yield E.select((state: number) => state + 1)
        try {
          yield E.call(() => {
            throw new Error('no')
          })
        } catch {
          // thrown on purpose
        }
        try {
          yield E.select(() => {
            throw new Error('no')
          })
        } catch {
          // thrown on purpose
        }
        yield E.call(() => Promise.resolve(2))
        yield E.call(function* (): Gen {
          return yield E.call(() => 3)
        })
      },
  )
  expect(calls.length).toBeGreaterThan(12)
})

test('a call cancelled while its function runs is reported cancelled, never resolved', async () => {
  const calls = await expectSameHooks(
    (E, store) =>
      function* root(): Gen {
        yield E.delay(0) // outside of any delivery: the dispatch below is delivered at once
        yield E.race({
          stopped: E.take('STOP'),
          work: E.call(function* (): Gen {
            yield E.call(() => {
              store.dispatch({ type: 'STOP' }) // the race is won while this function runs
              return 'late'
            })
          }),
        })
      },
  )
  expect(JSON.stringify(calls)).not.toContain('late')
  expect(calls.some((call) => (call as string[])[0] === 'cancelled')).toBe(true)
})

test('a join of a cancelled task and a take of END report the markers redux-saga reports', async () => {
  await expectSameHooks(
    (E, _store, lib) =>
      function* root(): Gen {
        const child = yield E.fork(function* (): Gen {
          yield E.take('NEVER')
        })
        yield E.cancel(child)
        yield E.fork(function* (): Gen {
          yield E.take('ANY')
        })
        yield E.fork(function* (): Gen {
          yield E.join(child)
        })
        yield E.put(lib.END)
      },
  )
})
