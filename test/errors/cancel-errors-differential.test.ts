/**
 * An error thrown by a finally block while a task is being cancelled, compared with redux-saga:
 * it fails the task that cancelled, whose own try/catch around `yield cancel(task)` does not
 * see it (redux-saga's runCancelEffect lets it escape the effect).
 */
import { expect, test } from 'vitest'
import { runBoth, type Gen } from '../support/differential'

test('an error thrown in the finally of a cancelled task goes to whoever cancelled it', async () => {
  const { sagaloop, reduxSaga } = await runBoth(({ effects: E }, log) => ({
    *saga(): Gen {
      const task = yield E.fork(function* (): Gen {
        try {
          yield E.take('NEVER')
        } finally {
          // eslint-disable-next-line no-unsafe-finally
          throw new Error('thrown while cancelled')
        }
      })
      try {
        yield E.cancel(task)
        log('cancel returned')
      } catch (error) {
        log(error)
      }
    },
  }))
  expect(sagaloop).toEqual(reduxSaga)
})

test('an error thrown while cancelling a grandchild also fails the cancelling task', async () => {
  const { sagaloop, reduxSaga } = await runBoth(({ effects: E }, log) => ({
    *saga(): Gen {
      const task = yield E.fork(function* (): Gen {
        yield E.fork(function* (): Gen {
          try {
            yield E.take('NEVER')
          } finally {
            // eslint-disable-next-line no-unsafe-finally
            throw new Error('grandchild threw')
          }
        })
        yield E.take('NEVER')
      })
      yield E.delay(0)
      try {
        yield E.cancel(task)
      } catch (error) {
        log(error)
      }
      log('after')
    },
  }))
  expect(sagaloop).toEqual(reduxSaga)
  expect(sagaloop.outcome.status).toBe('failed')
})
