/**
 * Corner cases where sagaloop used to differ from redux-saga 1.5.1 (found by random programs and
 * by bad input), each run under both libraries.
 */
import { expect, test } from 'vitest'
import { applyMiddleware, createStore } from 'redux'
import * as sagaloop from 'sagaloop'
import * as reduxSaga from 'redux-saga'
import { libs, runBoth, type Gen, type Lib } from '../support/differential'

test.each([
  ['throws at once', false],
  ['puts an action, then throws', true],
])('a root cancelled from outside whose finally %s: cancel() throws the error', (_name, puts) => {
  const outcome = (lib: Lib) => {
    const log: string[] = []
    const E = lib.effects
    const middleware = lib.createSagaMiddleware({
      onError: (error: Error) => log.push(`onError ${error.message}`),
    })
    createStore((state: number = 0) => state, applyMiddleware(middleware))
    const task = middleware.run(function* (): Gen {
      try {
        yield E.take('NEVER')
      } finally {
        if (puts) yield E.all([E.put({ type: 'CLEANUP' }), E.call(() => 'done')])
        // eslint-disable-next-line no-unsafe-finally
        throw new Error('finally failed')
      }
    })
    try {
      task.cancel()
      log.push('cancel returned')
    } catch (error) {
      log.push(`cancel threw ${(error as Error).message}`)
    }
    log.push(`running=${task.isRunning()} cancelled=${task.isCancelled()}`)
    return log
  }
  const [sl, rs] = libs as [Lib, Lib]
  expect(outcome(rs)).toEqual(['cancel threw finally failed', 'running=false cancelled=true'])
  expect(outcome(sl)).toEqual(outcome(rs))
})

test('END put from a saga inside race ends the root before the putting saga resumes', async () => {
  const { sagaloop: sl, reduxSaga: rs } = await runBoth(({ effects: E, END }, log) => ({
    *saga(): Gen {
      yield E.delay(0)
      try {
        const winner = yield E.race([
          E.take('A'),
          E.call(function* putsEnd(): Gen {
            yield E.put(END)
            log('putsEnd resumed')
          }),
          E.call(function* (): Gen {}),
        ])
        log(['race', winner])
      } finally {
        log(`root finally cancelled=${String(yield E.cancelled())}`)
      }
    },
  }))
  expect(sl).toEqual(rs)
})

test("a called saga's synchronously failing fork is what onError gets, not a later error", async () => {
  const { sagaloop: sl, reduxSaga: rs } = await runBoth(({ effects: E }, log) => ({
    *saga(): Gen {
      yield E.call(function* called(): Gen {
        try {
          yield E.fork(function* throwsSynchronously(): Gen {
            throw new Error('e1 from the fork')
          })
        } finally {
          log('finally of called')
        }
        log('after the fork')
        yield E.call(function* (): Gen {
          throw new Error('e2 from the call')
        })
      })
    },
  }))
  expect(sl).toEqual(rs)
  expect(rs.reported).toEqual(['e1 from the fork'])
})

test.each(['takeEvery', 'takeLatest', 'takeLeading'])(
  '%s(undefined, worker) throws where it is called, so the saga catches it',
  async (helper) => {
    const { sagaloop: sl, reduxSaga: rs } = await runBoth(({ effects: E }, log) => ({
      *saga(): Gen {
        try {
          yield E[helper](undefined, function* worker(): Gen {})
        } catch (error) {
          log(['caught', String((error as Error).message).split('\n')[0]])
        }
        try {
          yield E[helper]('A', undefined)
        } catch (error) {
          log(['caught', String((error as Error).message).split('\n')[0]])
        }
        log('root goes on')
      },
      drive: (store) => {
        store.dispatch({ type: 'A' })
      },
    }))
    expect(sl).toEqual(rs)
    expect(rs.log).toEqual([
      ['caught', `${helper} requires a pattern or channel`],
      ['caught', `${helper} requires a saga parameter`],
      'root goes on',
    ])
  },
)

test('throttle(ms, undefined, worker) and throttle(ms, pattern, undefined) too', async () => {
  const { sagaloop: sl, reduxSaga: rs } = await runBoth(({ effects: E }, log) => ({
    *saga(): Gen {
      for (const args of [
        [undefined, function* worker(): Gen {}],
        ['A', undefined],
      ]) {
        try {
          yield E.throttle(10, ...args)
        } catch (error) {
          log(String((error as Error).message).split('\n')[0])
        }
      }
    },
  }))
  expect(sl).toEqual(rs)
})

test('the helper names its signature on the hint line', () => {
  const error = (() => {
    try {
      sagaloop.takeEvery(undefined as never, function* worker() {})
    } catch (e) {
      return e as sagaloop.SagaError
    }
  })()
  expect(error?.message).toBe(
    'takeEvery requires a pattern or channel\ntakeEvery(pattern, worker): the pattern is undefined. An action type imported under a wrong name is undefined.',
  )
  expect(reduxSaga.END.type).toBe(sagaloop.END.type)
})

test('documented difference: all cancels the children started after one that failed synchronously', async () => {
  const { sagaloop: sl, reduxSaga: rs } = await runBoth(({ effects: E }, log) => ({
    *saga(): Gen {
      try {
        yield E.all([
          E.call(() => {
            throw new Error('fails at once')
          }),
          E.call(function* later(): Gen {
            log('later started')
            yield E.delay(0)
            log('later finished')
          }),
        ])
      } catch {
        log('caught')
      }
    },
  }))
  expect(rs.log).toEqual(['later started', 'caught', 'later finished'])
  expect(sl.log).toEqual(['later started', 'caught'])
})
