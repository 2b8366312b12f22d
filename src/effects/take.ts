/**
 * `take` and `takeMaybe`: wait for an action matching a pattern, or a message on a channel.
 */
import type {
  Action,
  ActionPattern,
  End,
  MulticastChannel,
  Pattern,
  TakeableChannel,
} from '../types.js'
import type { ActionOf } from './action-of.js'
import { describeValue, fail } from '../errors.js'
import { type Effect, makeEffect } from './effect.js'

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

function isMulticast(value: unknown): value is MulticastChannel<unknown> {
  return (
    isChannel(value) &&
    (value as { '@@redux-saga/MULTICAST'?: unknown })['@@redux-saga/MULTICAST'] === true
  )
}

function takePayload(name: string, args: unknown[]): TakePayload {
  const [patternOrChannel = '*', multicastPattern] = args
  if (args.length > 0 && (args[0] === undefined || args[0] === null)) {
    fail(
      'INVALID_PATTERN',
      `${name}(pattern): the pattern is ${String(args[0])}. Pass '*', an action type, a predicate, an action creator, an array of them, or a channel.`,
    )
  }
  if (isPattern(patternOrChannel)) return { pattern: patternOrChannel as Pattern }
  if (
    isMulticast(patternOrChannel) &&
    multicastPattern !== undefined &&
    isPattern(multicastPattern)
  ) {
    return { channel: patternOrChannel, pattern: multicastPattern as Pattern }
  }
  if (isChannel(patternOrChannel)) return { channel: patternOrChannel }
  return fail(
    'INVALID_PATTERN',
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
export function take<T, P extends Pattern<T>>(
  channel: MulticastChannel<T>,
  pattern: P,
): TakeEffect<T>
export function take(...args: unknown[]): TakeEffect {
  return makeEffect<TakeEffect>('TAKE', takePayload('take', args))
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
export function takeMaybe<T, P extends Pattern<T>>(
  channel: MulticastChannel<T>,
  pattern: P,
): TakeEffect<T | End>
export function takeMaybe(...args: unknown[]): TakeEffect {
  const payload = takePayload('takeMaybe', args)
  payload.maybe = true
  return makeEffect<TakeEffect>('TAKE', payload)
}
