import { describe, expect, test, vi } from 'vitest'
import { applyMiddleware, createStore } from 'redux'
import reduxSagaMiddleware from 'redux-saga'
import * as rs from 'redux-saga/effects'
import { stdChannel } from 'sagaloop'
import { take } from 'sagaloop/effects'
import { makeStore } from '../support/store'
import { heldTakers } from '../support/channels'

const WAITING = 10_000

/** An action creator whose type is read through `toString()`, counted by a spy. */
function stringableCreator(type: string) {
  const creator = () => ({ type })
  const toString = vi.fn(() => type)
  return Object.assign(creator, { toString })
}

/** An action whose `type` counts how often anyone reads it. */
function countedAction(type: string) {
  const reads = { count: 0 }
  const action = {
    get type() {
      reads.count++
      return type
    },
  }
  return { action, reads }
}

describe('dispatch cost does not grow with sagas waiting on other types', () => {
  test('with 10,000 sagas waiting on other types, a dispatch calls none of their patterns and reaches only its own takers', () => {
    const channel = stdChannel()
    const { store, run } = makeStore({ channel })
    const creators = Array.from({ length: WAITING }, (_, i) => stringableCreator(`OTHER_${i}`))
    for (const creator of creators) {
      run(function* () {
        yield* take(creator)
      })
    }
    const predicate = vi.fn((action: { type: string }) => action.type === 'X')
    const received: string[] = []
    for (const name of ['a', 'b']) {
      run(function* () {
        const action = yield* take('X')
        received.push(`${name}:${action.type}`)
      })
    }
    run(function* () {
      yield* take(predicate)
      received.push('predicate')
    })
    for (const creator of creators) creator.toString.mockClear()

    const { action, reads } = countedAction('X')
    store.dispatch(action)

    const patternCalls = creators.reduce((sum, c) => sum + c.toString.mock.calls.length, 0)
    expect(patternCalls).toBe(0)
    expect(predicate).toHaveBeenCalledTimes(1)
    expect(received).toEqual(['a:X', 'b:X', 'predicate'])
    // Redux, the recording reducer and the channel read `type` a handful of times; a scan of
    // every waiting taker would read it once per taker.
    expect(reads.count).toBeLessThan(20)
    expect(heldTakers(channel)).toBe(WAITING)
  })

  test('the same count is discriminating: redux-saga reads the type once per waiting taker', () => {
    const middleware = reduxSagaMiddleware()
    const store = createStore((state: number = 0) => state, applyMiddleware(middleware))
    const waiting = 1_000
    for (let i = 0; i < waiting; i++) {
      middleware.run(function* () {
        yield rs.take(`OTHER_${i}`)
      })
    }
    const { action, reads } = countedAction('X')
    store.dispatch(action)
    expect(reads.count).toBeGreaterThanOrEqual(waiting)
  })
})
