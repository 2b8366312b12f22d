/**
 * How a pattern compares a message's `type`: as redux-saga does, `message.type === pattern`,
 * whatever the message is (here a function carrying a `type`, put straight into a channel).
 */
import { expect, test } from 'vitest'
import * as sagaloop from 'sagaloop'
import * as reduxSaga from 'redux-saga'
import { libs, type Gen } from '../support/differential'

const channels: Record<string, () => { put(message: unknown): void }> = {
  sagaloop: sagaloop.stdChannel,
  'redux-saga': reduxSaga.stdChannel,
}

test.each([
  ['an array of types', ['A', 'B']],
  ['a single type', 'A'],
])('a function message with a type is taken by %s, as in redux-saga', (_name, pattern) => {
  for (const lib of libs) {
    const channel = (channels[lib.name] as () => { put(message: unknown): void })()
    const got: unknown[] = []
    lib.runSaga({ channel, dispatch: () => {}, getState: () => ({}) }, function* (): Gen {
      got.push(yield lib.effects.take(pattern))
    })
    const message = Object.assign(() => {}, { type: 'A' })
    channel.put(message)
    expect(got, lib.name).toEqual([message])
  }
})
