/**
 * A channel prints (in a snapshot, a diff, a log) as redux-saga's does: an object of its
 * functions, with nothing of its state, so a snapshot of `take(chan)` reads the same after a
 * migration.
 */
import { describe, expect, test } from 'vitest'
import { format } from 'node:util'
import * as sagaloop from '../../src/index'
import * as reduxSaga from 'redux-saga'

const keys = (value: object) => Object.keys(value).sort()

describe('a channel prints as redux-saga’s', () => {
  test('channel() has the enumerable keys of redux-saga’s, its functions', () => {
    expect(keys(sagaloop.channel())).toEqual(keys(reduxSaga.channel()))
  })

  test('eventChannel() has the enumerable keys of redux-saga’s, its functions', () => {
    const subscribe = () => () => {}
    expect(keys(sagaloop.eventChannel(subscribe))).toEqual(keys(reduxSaga.eventChannel(subscribe)))
  })

  test('multicastChannel() and stdChannel() have the enumerable keys of redux-saga’s', () => {
    expect(keys(sagaloop.multicastChannel())).toEqual(keys(reduxSaga.multicastChannel()))
    expect(keys(sagaloop.stdChannel())).toEqual(keys(reduxSaga.stdChannel()))
  })

  test('a multicast channel’s functions are named put, take and close, as redux-saga’s', () => {
    const chan = sagaloop.stdChannel()
    expect([chan.put.name, chan.take.name, chan.close.name]).toEqual(['put', 'take', 'close'])
  })

  test('a channel’s constructor reads Object, as the plain object redux-saga returns', () => {
    expect(sagaloop.channel().constructor).toBe(Object)
    expect(sagaloop.eventChannel(() => () => {}).constructor).toBe(Object)
    expect(sagaloop.multicastChannel().constructor).toBe(Object)
    expect(sagaloop.stdChannel().constructor).toBe(Object)
  })

  test('a channel with buffered messages and a waiting taker prints its functions only', () => {
    const chan = sagaloop.channel<number>()
    chan.put(1)
    const other = sagaloop.channel<number>()
    other.take(() => {})
    for (const printed of [format(chan), format(other)])
      expect(printed).not.toMatch(/buffer|takers|closed|spare|watch/)
  })
})
