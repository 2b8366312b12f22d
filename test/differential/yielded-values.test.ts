/** Yielding things that are not effects behaves the same under sagaloop and redux-saga. */
import { expect, test, vi } from 'vitest'
import { runBoth, type Gen } from '../support/differential'

test('plain values, arrays, promises, iterators and undefined resume the saga the same way', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const { sagaloop, reduxSaga } = await runBoth(({ effects: { put, call } }, log) => ({
    *saga(): Gen {
      log(yield 42)
      log(yield [put({ type: 'IN_ARRAY' }), call(() => 1)].length)
      log(yield Promise.resolve('promised'))
      log(
        yield (function* (): Gen {
          yield put({ type: 'FROM_ITERATOR' })
          return 'iterated'
        })(),
      )
      log(yield undefined)
      log(yield null)
      try {
        yield Promise.reject(new Error('rejected'))
      } catch (error) {
        log(error)
      }
      return 'end'
    },
  }))
  vi.restoreAllMocks()
  expect(sagaloop).toEqual(reduxSaga)
  expect(sagaloop.log).toEqual([42, 2, 'promised', 'iterated', undefined, null, 'Error: rejected'])
})
