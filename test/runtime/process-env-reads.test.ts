import { afterEach, describe, expect, test } from 'vitest'
import { createStore, applyMiddleware } from 'redux'
import { createSagaMiddleware } from 'sagaloop'
import { call, cancel, fork, join, put, select, take, takeEvery } from 'sagaloop/effects'

// Reading `process.env.NODE_ENV` in Node is a lookup in the process environment, many times the
// cost of an effect: development checks test something cheap first and read it only when the
// check has something to say. These tests count the reads while sagas run many effects.

const realEnv = process.env
let reads = 0

function countReads(): void {
  reads = 0
  process.env = new Proxy(realEnv, {
    get(target, key, receiver) {
      if (key === 'NODE_ENV') reads++
      return Reflect.get(target, key, receiver) as unknown
    },
  })
}

afterEach(() => {
  process.env = realEnv
})

const ROUNDS = 500

function runStore(saga: () => Generator) {
  const sagaMiddleware = createSagaMiddleware()
  const store = createStore((state: number = 0) => state, applyMiddleware(sagaMiddleware))
  return { store, task: sagaMiddleware.run(saga) }
}

describe('effects do not read process.env as they run', () => {
  test('call, select, put, take, fork, join and cancel read it a bounded number of times, not per effect', async () => {
    const double = (n: number) => n * 2
    function* child(n: number) {
      return yield* call(double, n)
    }
    function* saga() {
      let sum = 0
      for (let i = 0; i < ROUNDS; i++) {
        sum += yield* call(double, i)
        yield select()
        yield put({ type: 'tick' })
        const task = yield* fork(child, i)
        sum += yield* join(task)
        const idle = yield* fork(function* () {
          yield take('never')
        })
        yield cancel(idle)
        yield call(() => Promise.resolve(i))
      }
      return sum
    }
    countReads()
    const { task } = runStore(saga)
    await task.toPromise()
    expect(task.result()).toBe(2 * ROUNDS * (ROUNDS - 1))
    expect(reads).toBeLessThan(ROUNDS / 10)
  })

  test('a takeEvery worker per dispatch reads it a bounded number of times', () => {
    let handled = 0
    function* saga() {
      yield takeEvery('hit', function* () {
        handled++
        yield put({ type: 'handled' })
      })
    }
    const { store } = runStore(saga)
    countReads()
    for (let i = 0; i < ROUNDS; i++) store.dispatch({ type: 'hit' })
    expect(handled).toBe(ROUNDS)
    expect(reads).toBeLessThan(ROUNDS / 10)
  })
})
