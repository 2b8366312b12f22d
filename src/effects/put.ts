/**
 * `put` and `putResolve`: dispatch an action (or put a message into a channel).
 */
import type { Action, End, PuttableChannel } from '../types.js'
import { asString, describeValue, fail } from '../errors.js'
import type { Step } from '../kernel/step.js'
import { defineEffect } from '../kernel/record.js'
import { isPromise, resolvePromise } from '../kernel/values.js'
import { type Effect, makeEffect } from './effect.js'
import type { AnyFunction } from './call.js'

/** The payload of a `put`/`putResolve` descriptor. */
export interface PutPayload<A = unknown> {
  channel: PuttableChannel<A> | undefined
  action: A
  resolve?: true
}
/**
 * What `put` dispatches: an action (anything with a `type`), or what middleware before the saga
 * middleware accepts, such as a thunk. `put(42)`, `put('type')` and `put({ payload })` are mistakes.
 */
export type PutAction = Action<string> | AnyFunction

/** What `put` and `putResolve` return; `R` is what the saga gets back. */
export type PutEffect<A = unknown, R = A> = Effect<'PUT', PutPayload<A>, R>

/** `count` is how many arguments were given: the creators pass them one by one, no rest array. */
function putPayload(name: string, count: number, first: unknown, second: unknown): PutPayload {
  const many = count > 1
  const action = many ? second : first
  // Checked in development only, as redux-saga does: in production a missing action fails where
  // it is dispatched (the channel's or the store's own check). `process.env` is read only when
  // something is wrong (reading it costs, in Node). A production bundle drops the test but the
  // channel's `put` it reads: `(action ?? null) === null` rather than `action == null`, which a
  // bundler would keep, and last, as a bundler keeps what comes before a read.
  if (
    ((many && typeof (first as { put?: unknown } | null)?.put !== 'function') ||
      (action ?? null) === null) &&
    process.env.NODE_ENV !== 'production'
  )
    checkPayload(name, many, first, action)
  const channel = first as PuttableChannel<unknown> | undefined | null
  return { channel: many ? (channel ?? undefined) : undefined, action }
}

function checkPayload(name: string, many: boolean, channel: unknown, action: unknown): void {
  if (many) {
    // redux-saga's words say `put` for putResolve too.
    if (channel === undefined || channel === null) {
      fail(
        'INVALID_CHANNEL',
        'put(channel, action): argument channel is undefined',
        `${name}(channel, action): the channel is ${String(channel)}.`,
      )
    }
    if (typeof (channel as { put?: unknown }).put !== 'function') {
      fail(
        'INVALID_CHANNEL',
        `put(channel, action): argument ${asString(channel)} is not a valid channel`,
        `${name}(channel, action): ${describeValue(channel)} is not a channel (it has no put method).`,
      )
    }
    if (action === undefined || action === null) {
      fail(
        'INVALID_ACTION',
        'put(channel, action): argument action is undefined',
        `${name}(channel, action): the action is ${String(action)}.`,
      )
    }
    return
  }
  if (action === undefined || action === null) {
    fail(
      'INVALID_ACTION',
      'put(action): argument action is undefined',
      `${name}(action): the action is ${String(action)}. Check that the action creator returns an action.`,
    )
  }
}

/**
 * Dispatches `action` to the store (or puts it into `channel`), after the current step. With
 * `yield*` it gives back what `dispatch` returned (the action, for a plain action).
 *
 * @example
 * yield* put(todoAdded(todo))
 * yield* put(requests, { id: 1 }) // into a channel
 */
export function put<A extends PutAction>(action: A): PutEffect<A>
export function put<T>(channel: PuttableChannel<T>, message: T | End): PutEffect<T | End>
export function put(channelOrAction: unknown, message?: unknown): PutEffect {
  return makeEffect<PutEffect>('PUT', putPayload('put', arguments.length, channelOrAction, message))
}

/** What `dispatch(action)` gives back once settled: a thunk's awaited result, else the action. */
export type Dispatched<A> = A extends AnyFunction ? Awaited<ReturnType<A>> : A

/**
 * Like `put`, but waits for a promise that `dispatch` returns (a thunk's, say) and gives its
 * value: for a `createAsyncThunk` thunk, its fulfilled or rejected action.
 *
 * @example
 * const result = yield* putResolve(fetchTodos()) // the fulfilled or rejected action
 * if (fetchTodos.fulfilled.match(result)) console.log(result.payload)
 */
export function putResolve<A extends PutAction>(action: A): PutEffect<A, Dispatched<A>>
export function putResolve<T>(
  channel: PuttableChannel<T>,
  message: T | End,
): PutEffect<T | End, unknown>
export function putResolve(channelOrAction: unknown, message?: unknown): PutEffect {
  const payload = putPayload('putResolve', arguments.length, channelOrAction, message)
  payload.resolve = true
  return makeEffect<PutEffect>('PUT', payload)
}

// --- the record ------------------------------------------------------------------------------

/** The scheduled half of `put`: a module-level job, so that scheduling a put allocates nothing. */
function dispatchPut(step: Step, { channel, action, resolve }: PutPayload): void {
  let result: unknown
  try {
    result = channel ? channel.put(action) : step.env.dispatch(action)
  } catch (error) {
    step.reject(error)
    return
  }
  if (resolve && isPromise(result)) resolvePromise(result, step)
  else step.resolve(result)
}

export const putRecord = defineEffect({
  type: 'PUT',
  key: 'put',
  run: (payload: PutPayload, step, { env }) => {
    // Scheduled: a put made while another saga runs is delivered after that saga's step.
    env.scheduler.asap(dispatchPut, step, payload)
    // A put cannot be cancelled: once scheduled, the action is dispatched.
  },
  describe:
    process.env.NODE_ENV !== 'production'
      ? (payload, d) =>
          `${payload.resolve ? 'putResolve' : 'put'}(${payload.channel ? 'channel, ' : ''}${d.value(payload.action)})`
      : undefined,
})
