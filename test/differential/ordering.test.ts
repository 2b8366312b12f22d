/**
 * Hand-written differential tests: the tricky orderings, run under sagaloop and redux-saga with
 * the same program; the recorded actions, logs and outcomes must be the same.
 */
import { expect, test } from 'vitest'
import { expectSame, type Gen } from '../support/differential'

test('puts made inside puts are delivered in the same order', async () => {
  const trace = await expectSame(({ effects: { put, take, fork } }, log) => ({
    *saga(): Gen {
      yield fork(function* (): Gen {
        const a = yield take('A')
        log(a.type)
        yield put({ type: 'B' })
        yield put({ type: 'C' })
      })
      yield fork(function* (): Gen {
        yield take('A')
        yield put({ type: 'D' })
      })
      yield fork(function* (): Gen {
        for (;;) log(`heard ${(yield take('*')).type}`)
      })
      yield put({ type: 'A' })
    },
  }))
  expect(trace.actions.length).toBe(4)
})

test('a saga that puts then takes sees the reply of a saga that takes then puts', async () => {
  await expectSame(({ effects: { put, take, fork } }, log) => ({
    *saga(): Gen {
      yield fork(function* (): Gen {
        for (let i = 0; i < 3; i++) {
          yield take('PING')
          yield put({ type: 'PONG', i })
        }
      })
      for (let i = 0; i < 3; i++) {
        yield put({ type: 'PING', i })
        log(yield take('PONG'))
      }
    },
  }))
})

test('an external dispatch while a saga is between steps reaches the takers in order', async () => {
  await expectSame(({ effects: { put, take, fork, call } }, log) => ({
    *saga(): Gen {
      yield fork(function* (): Gen {
        for (;;) {
          const action = yield take('*')
          log(`first ${action.type}`)
          if (action.type === 'X') yield put({ type: 'Y' })
        }
      })
      yield fork(function* (): Gen {
        for (;;) {
          const action = yield take('*')
          log(`second ${action.type}`)
          yield call(() => undefined)
        }
      })
    },
    drive(store) {
      store.dispatch({ type: 'X' })
      store.dispatch({ type: 'Z' })
    },
  }))
})

test('fork, race, all and cancel interleave the same', async () => {
  await expectSame(
    ({ effects: { put, take, fork, race, all, cancel, delay, join, cancelled } }, log) => ({
      *saga(): Gen {
        const worker = yield fork(function* w(): Gen {
          try {
            yield take('NEVER')
          } finally {
            log(`worker cancelled=${yield cancelled()}`)
          }
        })
        const winner = yield race({ a: take('A'), b: delay(0), c: all([take('A'), take('B')]) })
        log(winner)
        yield cancel(worker)
        const t = yield fork(function* (): Gen {
          yield delay(0)
          yield put({ type: 'DONE' })
          return 7
        })
        log(yield join(t))
      },
    }),
  )
})
