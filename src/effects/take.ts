/**
 * `take` and `takeMaybe`: wait for an action matching a pattern, or a message on a channel.
 */
import type {
  Action,
  ActionPattern,
  End,
  MulticastChannel,
  NotUndefined,
  Pattern,
  TakeableChannel,
} from '../types.js'
import type { ActionOf } from './action-of.js'
import { asString, describeValue, fail } from '../errors.js'
import { MULTICAST } from '../symbols.js'
import { Multicast } from '../channels/multicast.js'
import { queueOf } from '../channels/queue-channel.js'
import { actionTypeOf, toMatcher } from '../channels/pattern.js'
import { defineEffect } from '../kernel/record.js'
import { type Effect, makeEffect } from './effect.js'
import { received } from '../channels/queue-taker.js'
import { StepTaker } from './takers.js'

/** The payload of a `take`/`takeMaybe` descriptor: a pattern, a channel, or both. */
export interface TakePayload {
  pattern?: Pattern
  channel?: TakeableChannel<unknown>
  maybe?: true
}
/** What `take` and `takeMaybe` return; `R` is what the saga gets back. */
export type TakeEffect<R = unknown> = Effect<'TAKE', TakePayload, R>

export function isPattern(value: unknown): boolean {
  if (typeof value === 'string') return value !== ''
  if (typeof value === 'symbol' || typeof value === 'function') return true
  return Array.isArray(value) && value.every(isPattern)
}

/** A channel rather than a pattern: what redux-saga tests for (`take` and `close` methods). */
export function isChannel(value: unknown): value is TakeableChannel<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { take?: unknown }).take === 'function' &&
    typeof (value as { close?: unknown }).close === 'function'
  )
}

/**
 * `count` is how many arguments were given (`take()` means '*', `take(undefined)` is a mistake);
 * the arguments come one by one, so that the creators need no rest array.
 */
function takePayload(name: string, count: number, first: unknown, second: unknown): TakePayload {
  const patternOrChannel = count === 0 ? '*' : first
  if (!isPattern(patternOrChannel)) {
    if (isChannel(patternOrChannel)) {
      // A pattern goes with a multicast channel only.
      return second !== undefined &&
        (patternOrChannel as { [MULTICAST]?: unknown })[MULTICAST] === true &&
        isPattern(second)
        ? { channel: patternOrChannel, pattern: second as Pattern }
        : { channel: patternOrChannel }
    }
    // Checked in development only, as redux-saga does: in production `take(undefined)` is
    // `take('*')`, and a value that is neither a pattern nor a channel fails when the effect
    // runs, with redux-saga's `invalid pattern`.
    if (process.env.NODE_ENV !== 'production') checkPattern(name, first, patternOrChannel)
  }
  return { pattern: patternOrChannel as Pattern }
}

/** Fails for what is neither a pattern nor a channel (in development). */
function checkPattern(name: string, first: unknown, patternOrChannel: unknown): never {
  if (first === undefined || first === null)
    fail(
      'INVALID_PATTERN',
      'take(patternOrChannel): patternOrChannel is undefined',
      `${name}(pattern): the pattern is ${String(first)}. Pass '*', an action type, a predicate, an action creator, an array of them, or a channel. An action type imported under a wrong name is undefined.`,
    )
  return fail(
    'INVALID_PATTERN',
    `take(patternOrChannel): argument ${asString(patternOrChannel)} is not valid channel or a valid pattern`,
    `${name}(pattern): ${describeValue(patternOrChannel)} is neither a pattern nor a channel. A pattern is '*', an action type, a predicate, an action creator, or an array of them.`,
  )
}

/**
 * Waits for an action matching `pattern` (default `'*'`), or a message on `channel`. With
 * `yield*` the result is typed from the pattern: a string gives an action of that `type`, an
 * action creator (Redux Toolkit's `createAction`, a slice's actions) its action, a type guard
 * (`isAnyOf(...)`, `creator.match`) the guarded action, an array the union. An explicit action
 * type (`take<MyAction>('A')`, as in redux-saga code) is accepted too.
 *
 * @example
 * const { payload } = yield* take(todoAdded) // PayloadAction<Todo, 'todos/added'>
 * const message = yield* take(socketChannel) // the channel's message type
 */
export function take<const P extends ActionPattern = '*'>(pattern?: P): TakeEffect<ActionOf<P>>
export function take<A extends Action>(pattern?: ActionPattern): TakeEffect<A>
export function take<T>(channel: TakeableChannel<T>): TakeEffect<T>
export function take<T extends NotUndefined, P extends Pattern<T>>(
  channel: MulticastChannel<T>,
  pattern: P,
): TakeEffect<T>
export function take(patternOrChannel?: unknown, multicastPattern?: unknown): TakeEffect {
  return makeEffect<TakeEffect>(
    'TAKE',
    takePayload('take', arguments.length, patternOrChannel, multicastPattern),
  )
}

/**
 * Like `take`, but `END` is delivered to the saga instead of ending it: the result adds `End`.
 *
 * @example
 * const action = yield* takeMaybe(todoAdded)
 * if (isEnd(action)) return
 */
export function takeMaybe<const P extends ActionPattern = '*'>(
  pattern?: P,
): TakeEffect<ActionOf<P> | End>
export function takeMaybe<A extends Action>(pattern?: ActionPattern): TakeEffect<A | End>
export function takeMaybe<T>(channel: TakeableChannel<T>): TakeEffect<T | End>
export function takeMaybe<T extends NotUndefined, P extends Pattern<T>>(
  channel: MulticastChannel<T>,
  pattern: P,
): TakeEffect<T | End>
export function takeMaybe(patternOrChannel?: unknown, multicastPattern?: unknown): TakeEffect {
  const payload = takePayload('takeMaybe', arguments.length, patternOrChannel, multicastPattern)
  payload.maybe = true
  return makeEffect<TakeEffect>('TAKE', payload)
}

// --- the record ------------------------------------------------------------------------------

export const takeRecord = defineEffect({
  type: 'TAKE',
  key: 'take',
  run: ({ channel, pattern, maybe }: TakePayload, step, { env }) => {
    const source = channel ?? env.channel
    if (source instanceof Multicast) {
      // Filed under its action type when the pattern stands for one: then, as for '*', no matcher.
      const type = actionTypeOf(pattern)
      const any = type !== undefined || pattern === undefined || pattern === '*'
      const match = any ? undefined : toMatcher(pattern)
      const taker = new StepTaker(step, maybe, match, source)
      source.add(taker, type)
      return taker.active ? taker : undefined
    }
    const queue = queueOf(source)
    // An eventChannel, or a channel of someone else's making, is fed from outside the sagas:
    // `settled()` waits for it. A `channel()` or an actionChannel is fed by sagas and the store.
    const outside = queue !== source
    // Only while the channel's `take` is its own (not wrapped or spied on), and with no pattern
    // (the generic path validates one): then this is what `take(callback)` would do, minus closures.
    if (queue !== undefined && pattern === undefined && source.take === queue.take)
      return queue.takeStep(step, maybe, env.activity, outside)
    if (outside) step.markBusy()
    const callback = ((input: unknown) => received(step, maybe, input)) as ((
      input: unknown,
    ) => void) & { cancel?: () => void }
    // Typed as multicast for the matcher: only a multicast channel comes with a pattern
    // (takePayload), and any other channel's take ignores the `undefined` it gets instead.
    ;(source as MulticastChannel<NotUndefined>).take(
      callback,
      pattern === undefined ? undefined : toMatcher(pattern),
    )
    return () => callback.cancel?.()
  },
  describe:
    process.env.NODE_ENV !== 'production'
      ? ({ channel, pattern, maybe }, d) => {
          const parts = [channel && 'channel', pattern !== undefined && d.value(pattern)]
          return `${maybe ? 'takeMaybe' : 'take'}(${parts.filter(Boolean).join(', ')})`
        }
      : undefined,
})
