/**
 * A channel's messages are never `undefined` (an empty buffer's `take()` gives `undefined`), so
 * a channel of `void` or `undefined` does not type-check, as in redux-saga; `null` and every
 * other value are messages.
 */
import { describe, expectTypeOf, test } from 'vitest'
import {
  channel,
  eventChannel,
  multicastChannel,
  runSaga,
  stdChannel,
  type Channel,
  type End,
  type EventChannel,
  type MulticastChannel,
  type NotUndefined,
  type Saga,
  type SagaIterator,
} from 'sagaloop'
import { actionChannel, put, take, takeEvery } from 'sagaloop/effects'

interface Ping {
  type: 'ping'
  id: number
}

describe('channel', () => {
  test('a channel of void or undefined is a type error', () => {
    // @ts-expect-error void is not a message
    channel<void>()
    // @ts-expect-error nor is undefined
    channel<undefined>()
    // @ts-expect-error nor in an annotation
    const annotated: Channel<void> = channel()
    expectTypeOf(annotated).not.toBeAny()
  })

  test('a channel of numbers, of null or of any value but undefined type-checks', () => {
    expectTypeOf(channel<number>()).toEqualTypeOf<Channel<number>>()
    expectTypeOf(channel<string | null>()).toEqualTypeOf<Channel<string | null>>()
    expectTypeOf(channel()).toEqualTypeOf<Channel<NotUndefined>>()
  })

  test('an untyped channel takes null, numbers and strings but not undefined', () => {
    const chan = channel()
    chan.put(null)
    chan.put(42)
    chan.put('text')
    // @ts-expect-error undefined is not a message
    chan.put(undefined)
    // @ts-expect-error a put needs a message
    chan.put()
  })
})

describe('eventChannel', () => {
  test('an eventChannel of void is a type error, and so is an emit without a message', () => {
    // @ts-expect-error void is not a message
    eventChannel<void>(() => () => {})
    // @ts-expect-error nor in an annotation
    const annotated: EventChannel<void> = eventChannel(() => () => {})
    expectTypeOf(annotated).not.toBeAny()
    eventChannel((emit) => {
      // @ts-expect-error emit needs a message
      emit()
      return () => {}
    })
  })

  test('an eventChannel of numbers gives numbers to take', () => {
    const ticks = eventChannel<number>((emit) => {
      emit(1)
      return () => {}
    })
    function* saga() {
      expectTypeOf(yield* take(ticks)).toEqualTypeOf<number>()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('multicastChannel and stdChannel', () => {
  test('a multicast channel of void is a type error', () => {
    // @ts-expect-error void is not a message
    multicastChannel<void>()
    // @ts-expect-error nor for the store's channel
    stdChannel<void>()
    // @ts-expect-error nor in an annotation
    const annotated: MulticastChannel<void> = stdChannel()
    expectTypeOf(annotated).not.toBeAny()
  })

  test('take with a pattern on a multicast channel gives its message type', () => {
    const pings = multicastChannel<Ping>()
    function* saga() {
      expectTypeOf(yield* take(pings, 'ping')).toEqualTypeOf<Ping>()
      yield* put(pings, { type: 'ping', id: 1 })
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('runSaga takes a multicast channel of any message type as its channel', () => {
    const pings = stdChannel<Ping>()
    expectTypeOf(runSaga).toBeCallableWith({ channel: pings }, function* () {})
  })
})

describe('actionChannel', () => {
  test('gives a channel of the actions its pattern matches', () => {
    const isPing = (action: { type: string }): action is Ping => action.type === 'ping'
    function* saga() {
      const pings = yield* actionChannel(isPing)
      expectTypeOf(pings).toEqualTypeOf<Channel<Ping>>()
      expectTypeOf(yield* take(pings)).toEqualTypeOf<Ping>()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('Saga', () => {
  test('a saga typed Saga can be delegated to with yield* from a SagaIterator', () => {
    const watcher: Saga = function* () {
      yield takeEvery('ping', () => {})
    }
    function* rootSaga(): SagaIterator {
      yield* watcher()
    }
    expectTypeOf(rootSaga).toBeFunction()
    expectTypeOf<End>().toMatchTypeOf<NotUndefined>()
  })
})
