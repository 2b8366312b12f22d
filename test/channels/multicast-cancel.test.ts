import { describe, expect, test } from 'vitest'
import { multicastChannel } from 'sagaloop'
import { heldTakers, takerCount } from '../support/channels'

interface Msg {
  type: string
}

type Cb = ((m: Msg) => void) & { cancel?: () => void }

const exact = (type: string) =>
  Object.assign((m: unknown) => (m as Msg).type === type, { actionType: type })

/** Registers `n` takers of type X; each records its index when it gets a message. */
function takers(n: number) {
  const chan = multicastChannel<Msg>()
  const got: number[] = []
  const cbs: Cb[] = []
  for (let i = 0; i < n; i++) {
    const cb: Cb = () => got.push(i)
    cbs.push(cb)
    chan.take(cb, exact('X'))
  }
  return { chan, got, cbs }
}

describe('cancelling takers of one action type', () => {
  test('the takers left, whichever were cancelled, get the next message in arrival order', () => {
    const { chan, got, cbs } = takers(1000)
    const kept: number[] = []
    cbs.forEach((cb, i) => (i % 7 === 3 ? kept.push(i) : cb.cancel?.()))
    expect(takerCount(chan)).toBe(kept.length)
    chan.put({ type: 'X' })
    expect(got).toEqual(kept)
  })

  test('cancelling every taker, first to last, leaves none held', () => {
    const { chan, cbs } = takers(1000)
    for (const cb of cbs) cb.cancel?.()
    expect(takerCount(chan)).toBe(0)
    expect(heldTakers(chan)).toBe(0)
  })

  test('cancelling every taker, last to first, leaves none held', () => {
    const { chan, cbs } = takers(1000)
    for (const cb of [...cbs].reverse()) cb.cancel?.()
    expect(takerCount(chan)).toBe(0)
    expect(heldTakers(chan)).toBe(0)
  })

  test('a taker added after some were cancelled waits behind the ones still waiting', () => {
    const { chan, got, cbs } = takers(10)
    for (const cb of cbs.slice(0, 9)) cb.cancel?.()
    chan.take(() => got.push(100), exact('X'))
    chan.put({ type: 'X' })
    expect(got).toEqual([9, 100])
    expect(heldTakers(chan)).toBe(0)
  })
})
