import { describe, expect, test } from 'vitest'
import { applyMiddleware, createStore, type Action } from 'redux'
import createSagaMiddleware, { END, multicastChannel, stdChannel } from 'sagaloop'
import { take } from 'sagaloop/effects'

describe('channel methods work apart from their channel, as in redux-saga', () => {
  test('a stdChannel whose put is saved and wrapped still feeds the sagas of the middleware', async () => {
    const channel = stdChannel<Action>()
    const originalPut = channel.put
    channel.put = (action) => {
      const batch = (action as { batch?: Action[] }).batch
      if (batch) batch.forEach(originalPut)
      else originalPut(action)
    }
    const middleware = createSagaMiddleware({ channel })
    const store = createStore(() => ({}), applyMiddleware(middleware))
    const seen: string[] = []
    const task = middleware.run(function* () {
      for (let i = 0; i < 2; i++) {
        const action: Action<string> = yield take('*')
        seen.push(action.type)
      }
    })

    store.dispatch({ type: 'batch', batch: [{ type: 'a' }, { type: 'b' }] } as Action)
    await task.toPromise()

    expect(seen).toEqual(['a', 'b'])
  })

  test("a multicastChannel's put, take and close can be destructured and called on their own", () => {
    const { put, take: takeFrom, close } = multicastChannel<number>()
    const got: unknown[] = []

    takeFrom((message) => got.push(message))
    put(1)
    takeFrom((message) => got.push(message))
    close()

    expect(got).toEqual([1, END])
  })
})
