/**
 * Differential tests of sagas waiting on a `channel()`: which taker gets which message when
 * takes are raced, cancelled and closed around deliveries (sagaloop reuses a taker object once
 * it left the queue, so these orderings are the ones that would show a mix-up).
 */
import { expect, test } from 'vitest'
import { runBoth, type Gen, type Lib, type Log, type Program } from '../support/differential'

async function expectSame(program: (lib: Lib, log: Log) => Program) {
  const { sagaloop, reduxSaga } = await runBoth(program)
  expect(sagaloop).toEqual(reduxSaga)
  return sagaloop
}

test('a take raced against an action, in a loop, gets every message put after it lost', async () => {
  const trace = await expectSame(({ effects: { put, take, race, fork }, channel }, log) => ({
    *saga(): Gen {
      const chan = channel()
      yield fork(function* (): Gen {
        for (let i = 0; i < 6; i++) {
          const won = yield race({ message: take(chan), tick: take('TICK') })
          log(won.message ?? won.tick.type)
        }
      })
      for (let i = 0; i < 3; i++) {
        yield put({ type: 'TICK' })
        yield put(chan, `m${i}`)
      }
    },
  }))
  expect(trace.log).toEqual(['TICK', 'm0', 'TICK', 'm1', 'TICK', 'm2'])
})

test('two sagas taking from one channel share its messages in turn, one of them cancelled midway', async () => {
  const trace = await expectSame(({ effects: { put, take, fork, cancel }, channel }, log) => ({
    *saga(): Gen {
      const chan = channel()
      const taker = (name: string) =>
        function* (): Gen {
          for (;;) log(`${name}: ${String(yield take(chan))}`)
        }
      yield fork(taker('a'))
      const b = yield fork(taker('b'))
      for (let i = 0; i < 6; i++) {
        if (i === 3) yield cancel(b)
        yield put(chan, `m${i}`)
      }
    },
  }))
  expect(trace.log).toEqual(['a: m0', 'b: m1', 'a: m2', 'a: m3', 'a: m4', 'a: m5'])
})

test('closing a channel ends every taker, when the first one cancels the next on END', async () => {
  const trace = await expectSame(({ effects: { takeMaybe, fork, cancel }, channel, END }, log) => ({
    *saga(): Gen {
      const chan = channel()
      const forked: { second?: unknown } = {}
      yield fork(function* (): Gen {
        const got = yield takeMaybe(chan)
        log(got === END ? 'first: END' : got)
        yield cancel(forked.second)
        log(yield takeMaybe(chan))
      })
      forked.second = yield fork(function* (): Gen {
        try {
          log(yield takeMaybe(chan))
        } finally {
          log('second: finally')
        }
      })
      yield fork(function* (): Gen {
        log(`third: ${String((yield takeMaybe(chan)) === END)}`)
      })
      chan.close()
    },
  }))
  expect(trace.log[0]).toBe('first: END')
})
