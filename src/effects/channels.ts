/**
 * `actionChannel` and `flush`, plus `getContext`/`setContext`: effects on channels and on the
 * task's context, with their records.
 */
import type {
  Action,
  ActionPattern,
  Buffer,
  Channel,
  End,
  FlushableChannel,
  NotUndefined,
  Pattern,
} from '../types.js'
import type { ActionOf } from './action-of.js'
import { asString, describeValue, fail, failExact } from '../errors.js'
import { channel as createChannel } from '../channels/channel.js'
import { isEnd } from '../channels/end.js'
import { toMatcher } from '../channels/pattern.js'
import { assignContext, BY_EFFECT } from '../kernel/context.js'
import { defineEffect } from '../kernel/record.js'
import { type Effect, makeEffectOf } from './effect.js'
import { isChannel, isPattern } from './take.js'

/** The payload of an `actionChannel` descriptor. */
export interface ActionChannelPayload {
  pattern: Pattern
  buffer: Buffer<NotUndefined> | undefined
}
/** What `actionChannel` returns; the saga gets the channel. */
export type ActionChannelEffect<R = unknown> = Effect<'ACTION_CHANNEL', ActionChannelPayload, R>

/**
 * A channel that queues the store actions matching `pattern`, so none is lost while busy. Its
 * messages are typed like `take(pattern)`'s result (or by an explicit action type).
 *
 * @example
 * const requests = yield* actionChannel(fetchRequested, buffers.sliding(5))
 * const { payload } = yield* take(requests)
 */
export function actionChannel<const P extends ActionPattern>(
  pattern: P,
  buffer?: Buffer<NonNullable<ActionOf<P>>>,
): ActionChannelEffect<Channel<NonNullable<ActionOf<P>>>>
export function actionChannel<A extends Action>(
  pattern: ActionPattern,
  buffer?: Buffer<A>,
): ActionChannelEffect<Channel<A>>
export function actionChannel(
  ...args: [pattern: ActionPattern, buffer?: Buffer<NotUndefined>]
): ActionChannelEffect<Channel<NotUndefined>> {
  const [pattern, buffer] = args
  if (!isPattern(pattern)) {
    // Exactly redux-saga's message: its own tests compare it whole.
    failExact(
      'INVALID_PATTERN',
      'actionChannel(pattern,...): argument pattern is not valid',
      `actionChannel(pattern, buffer?): ${describeValue(pattern)} is not a valid pattern. A pattern is '*', an action type, a predicate, an action creator, or an array of them.`,
    )
  }
  // As in redux-saga, a buffer argument given explicitly must be a buffer, even `undefined`.
  if (args.length > 1) {
    if (buffer === undefined || buffer === null) {
      fail(
        'INVALID_BUFFER',
        'actionChannel(pattern, buffer): argument buffer is undefined',
        'Leave the argument out for the default buffer (buffers.expanding()), or pass one of buffers.*.',
      )
    }
    if (typeof buffer !== 'object' || typeof buffer.put !== 'function') {
      fail(
        'INVALID_BUFFER',
        `actionChannel(pattern, buffer): argument ${asString(buffer)} is not a valid buffer`,
        `Got ${describeValue(buffer)}; use one of buffers.* (none, fixed, dropping, sliding, expanding).`,
      )
    }
  }
  return makeEffectOf<ActionChannelEffect<Channel<NotUndefined>>>(actionChannelRecord, {
    pattern: pattern as Pattern,
    buffer,
  })
}

/** What `flush` returns; the saga gets the buffered messages (or `END`). */
export type FlushEffect<R = unknown> = Effect<'FLUSH', FlushableChannel<unknown>, R>

/**
 * Takes every message buffered in `channel` at once (or `END` if it is closed and empty).
 *
 * @example
 * const pending = yield* flush(requests) // Request[] | End
 */
export function flush<T>(channel: FlushableChannel<T>): FlushEffect<T[] | End> {
  // In development only, as redux-saga: in production a channel that is not one fails when the
  // effect runs. `process.env` is read first: flushing is rare.
  if (process.env.NODE_ENV !== 'production' && !isChannel(channel))
    fail(
      'INVALID_CHANNEL',
      `flush(channel): argument ${asString(channel)} is not valid channel`,
      `Got ${describeValue(channel)}; flush a channel created by channel(), eventChannel() or actionChannel().`,
    )
  return makeEffectOf<FlushEffect<T[] | End>>(flushRecord, channel)
}

/** What `getContext` returns; `R` is the value read. */
export type GetContextEffect<R = unknown> = Effect<'GET_CONTEXT', string, R>
/** What `setContext` returns. */
export type SetContextEffect = Effect<'SET_CONTEXT', Record<string, unknown>, void>

/**
 * Reads a property of the task's context (inherited from its parents). The type is the caller's
 * word (`getContext<Api>('api')`), as nothing checks it at runtime; `unknown` otherwise.
 *
 * @example
 * const api = yield* getContext<Api>('api')
 */
export function getContext<T = unknown>(prop: string): GetContextEffect<T> {
  // In development only, as redux-saga (in production the context is read under that key).
  // `process.env` is read only when something is wrong: a worker may read its context each time.
  if (typeof prop !== 'string' && process.env.NODE_ENV !== 'production')
    fail(
      'INVALID_CONTEXT',
      `getContext(prop): argument ${asString(prop)} is not a string`,
      `The property name must be a string; got ${describeValue(prop)}.`,
    )
  return makeEffectOf<GetContextEffect<T>>(getContextRecord, prop)
}

/** Adds properties to the task's context; children forked later see them. */
export function setContext(props: Record<string, unknown>): SetContextEffect {
  // In development only, as redux-saga; in production the effect copies what it is given (see
  // assignContext). `process.env` is read first: a context is set rarely.
  if (
    process.env.NODE_ENV !== 'production' &&
    (typeof props !== 'object' || props === null || Array.isArray(props))
  ) {
    fail(
      'INVALID_CONTEXT',
      `setContext(props): argument ${asString(props)} is not a plain object`,
      `props must be a plain object; got ${describeValue(props)}.`,
    )
  }
  return makeEffectOf<SetContextEffect>(setContextRecord, props)
}

// --- the records -----------------------------------------------------------------------------

export const actionChannelRecord = defineEffect({
  type: 'ACTION_CHANNEL',
  key: 'actionChannel',
  run: ({ pattern, buffer }: ActionChannelPayload, step, { env }) => {
    const chan = createChannel(buffer)
    const match = toMatcher(pattern)
    const taker = ((action: NotUndefined | End) => {
      if (!isEnd(action)) env.channel.take(taker, match)
      chan.put(action)
    }) as ((action: NotUndefined | End) => void) & { cancel?: () => void }
    const close = chan.close.bind(chan)
    chan.close = () => {
      taker.cancel?.()
      close()
    }
    env.channel.take(taker, match)
    step.resolve(chan)
  },
  describe:
    process.env.NODE_ENV !== 'production'
      ? (payload, d) => `actionChannel(${d.value(payload.pattern)})`
      : undefined,
})

export const flushRecord = defineEffect({
  type: 'FLUSH',
  key: 'flush',
  run: (channel: FlushableChannel<unknown>, step) => {
    channel.flush((items) => step.resolve(items))
  },
  describe: process.env.NODE_ENV !== 'production' ? () => 'flush(channel)' : undefined,
})

export const getContextRecord = defineEffect({
  type: 'GET_CONTEXT',
  key: 'getContext',
  run: (prop: string, step, { task }) => {
    step.resolve(task.context[prop])
  },
  describe:
    process.env.NODE_ENV !== 'production' ? (prop, d) => `getContext(${d.value(prop)})` : undefined,
})

export const setContextRecord = defineEffect({
  type: 'SET_CONTEXT',
  key: 'setContext',
  run: (props: Record<string, unknown>, step, { task }) => {
    assignContext(BY_EFFECT, task.context, props)
    step.resolve(undefined)
  },
  describe:
    process.env.NODE_ENV !== 'production'
      ? (props, d) => `setContext(${d.value(props)})`
      : undefined,
})
