import { describe, expect, test } from 'vitest'
import { END, multicastChannel, runSaga, type MulticastChannel, type NotUndefined } from 'sagaloop'
import { cancel, fork, take, takeMaybe } from 'sagaloop/effects'
import { heldTakers, takerCount } from '../support/channels'

interface Msg {
  type: string
  n?: number
}

const log = (got: string[], name: string) => (message: unknown) =>
  got.push(`${name}:${message === END ? 'END' : (message as Msg).type}`)

const exact = (type: string) => {
  const matcher = (m: unknown) => (m as Msg).type === type
  return Object.assign(matcher, { actionType: type })
}

describe('multicastChannel()', () => {
  test('a message goes to every matching taker, in the order they came', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    chan.take(log(got, 'a'), exact('X'))
    chan.take(log(got, 'b'), () => true)
    chan.take(log(got, 'c'), exact('Y'))
    chan.take(log(got, 'd'), exact('X'))
    chan.put({ type: 'X' })
    expect(got).toEqual(['a:X', 'b:X', 'd:X'])
  })

  test('a taker receives one message, then no longer waits', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    chan.take(log(got, 'a'), exact('X'))
    chan.put({ type: 'X' })
    chan.put({ type: 'X' })
    expect(got).toEqual(['a:X'])
    expect(takerCount(chan)).toBe(0)
  })

  test('a taker registered during a delivery does not receive that message', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    chan.take((message) => {
      got.push(`first:${(message as Msg).type}`)
      chan.take(log(got, 'late-typed'), exact('X'))
      chan.take(log(got, 'late-generic'), () => true)
    }, exact('X'))
    chan.put({ type: 'X' })
    expect(got).toEqual(['first:X'])
    chan.put({ type: 'X' })
    expect(got).toEqual(['first:X', 'late-typed:X', 'late-generic:X'])
  })

  test('typed and generic takers interleave in the order they came', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    chan.take(log(got, '1-generic'), () => true)
    chan.take(log(got, '2-typed'), exact('X'))
    chan.take(log(got, '3-generic'), (m) => m.type.startsWith('X'))
    chan.take(log(got, '4-typed'), exact('X'))
    chan.take(log(got, '5-generic'), () => true)
    chan.put({ type: 'X' })
    expect(got).toEqual(['1-generic:X', '2-typed:X', '3-generic:X', '4-typed:X', '5-generic:X'])
  })

  test('a taker cancelled by an earlier taker during a delivery does not receive it', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    const victim = Object.assign(log(got, 'victim'), {}) as ((m: unknown) => void) & {
      cancel?: () => void
    }
    chan.take(() => {
      got.push('killer')
      victim.cancel?.()
    }, exact('X'))
    chan.take(victim, exact('X'))
    chan.put({ type: 'X' })
    expect(got).toEqual(['killer'])
    expect(takerCount(chan)).toBe(0)
    expect(heldTakers(chan)).toBe(0)
  })

  test('a message put by a taker during a delivery reaches the takers of its type, and none leak', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    chan.take(() => {
      got.push('x')
      chan.put({ type: 'Y' })
    }, exact('X'))
    chan.take(log(got, 'y1'), exact('Y'))
    chan.take(log(got, 'y2'), exact('Y'))
    chan.put({ type: 'X' })
    expect(got).toEqual(['x', 'y1:Y', 'y2:Y'])
    expect(takerCount(chan)).toBe(0)
    expect(heldTakers(chan)).toBe(0)
  })

  test('close gives END to every waiting taker, in the order they came', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    chan.take(log(got, 'a'), exact('X'))
    chan.take(log(got, 'b'), () => true)
    chan.take(log(got, 'c'), exact('Y'))
    chan.close()
    expect(got).toEqual(['a:END', 'b:END', 'c:END'])
    expect(takerCount(chan)).toBe(0)
  })

  test('putting END closes the channel', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    chan.take(log(got, 'a'), exact('X'))
    chan.put(END)
    chan.take(log(got, 'late'), exact('X'))
    expect(got).toEqual(['a:END', 'late:END'])
  })

  test('puts on a closed multicast channel are ignored', () => {
    const chan = multicastChannel<Msg>()
    chan.close()
    const got: string[] = []
    chan.take(log(got, 'a'))
    chan.put({ type: 'X' })
    expect(got).toEqual(['a:END'])
  })
})

describe('sagas taking from a multicast channel', () => {
  const run = (chan: MulticastChannel<Msg>, saga: () => Generator) =>
    runSaga({ channel: chan as MulticastChannel<NotUndefined> }, saga)

  test('every saga waiting for a type receives the message', () => {
    const chan = multicastChannel<Msg>()
    const got: string[] = []
    const taker = (name: string) =>
      function* () {
        got.push(`${name}:${(yield* take(chan, 'X')).type}`)
      }
    run(chan, taker('a'))
    run(chan, taker('b'))
    chan.put({ type: 'X' })
    expect(got).toEqual(['a:X', 'b:X'])
  })

  test('take of END from a multicast channel ends the saga; takeMaybe receives it', () => {
    const chan = multicastChannel<Msg>()
    const ended = run(chan, function* () {
      yield* take(chan, 'X')
      return 'not reached'
    })
    const maybe = run(chan, function* () {
      return yield* takeMaybe(chan, 'X')
    })
    chan.close()
    expect(ended.isRunning()).toBe(false)
    expect(ended.result()).toBeUndefined()
    expect(maybe.result()).toBe(END)
  })

  test('cancelled sagas leave no taker behind', () => {
    const chan = multicastChannel<Msg>()
    const root = run(chan, function* () {
      const tasks = []
      for (const pattern of ['X', (m: Msg) => m.type === 'Y', ['X', 'Y'], '*']) {
        tasks.push(
          yield* fork(function* () {
            yield* take(chan, pattern as never)
          }),
        )
      }
      yield cancel(tasks)
    })
    expect(root.isRunning()).toBe(false)
    expect(takerCount(chan)).toBe(0)
    expect(heldTakers(chan)).toBe(0)
  })
})
