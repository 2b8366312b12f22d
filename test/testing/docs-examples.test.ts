// The examples of docs/testing.md, run against the counter example's saga.
import { describe, it } from 'vitest'
import { delayP } from 'sagaloop/effects'
import { expectSaga, testSaga } from 'sagaloop/testing'
import { counterSaga, incrementLater } from '../../examples/counter/saga'
import {
  INCREMENT_ASYNC,
  counterReducer,
  increment,
  incrementAsync,
  incrementSettled,
} from '../../examples/counter/reducer'

describe('docs/testing.md', () => {
  it('unit-tests the counter worker step by step', () => {
    testSaga(incrementLater, 1000, incrementAsync(2))
      .next()
      .delay(1000)
      .next()
      .put(increment(2))
      .next()
      .put(incrementSettled())
      .next()
      .isDone()
  })

  it('unit-tests the counter watcher', () => {
    testSaga(counterSaga, 1000)
      .next()
      .takeEvery(INCREMENT_ASYNC, incrementLater, 1000)
      .next()
      .isDone()
  })

  it('runs the counter with its reducer on virtual time', async () => {
    await expectSaga(counterSaga, 1000)
      .withReducer(counterReducer)
      .dispatch(incrementAsync(2))
      .dispatch(incrementAsync(3))
      .put(increment(2))
      .put(increment(3))
      .hasFinalState({ value: 5, pending: 0 })
      .silentRun(2000)
  })

  it('checks that nothing happens before the delay with a manual clock', async () => {
    await expectSaga(counterSaga, 1000)
      .withClock()
      .advanceTime(999)
      .dispatch(incrementAsync(2))
      .call(delayP, 1000)
      .not.put(increment(2))
      .silentRun(30)
  })

  it('asserts the helper a watcher forks', async () => {
    await expectSaga(counterSaga, 1000)
      .takeEvery(INCREMENT_ASYNC, incrementLater, 1000)
      .not.put(increment(1))
      .silentRun(20)
  })
})
