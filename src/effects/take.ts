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
import { asString, describeValue, fail } from '../errors.js'
import { MULTICAST, TERMINATE } from '../symbols.js'
import { isEnd, Multicast, QueueChannel, queueOf, type Taker } from '../channels/channel.js'
import { actionTypeOf, toMatcher, type Matcher } from '../channels/pattern.js'
import type { Step } from '../kernel/step.js'
import type { Activity, BusySource } from '../kernel/types.js'
import { defineEffect } from '../kernel/record.js'
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
  return isChannel(value) && (value as { [MULTICAST]?: unknown })[MULTICAST] === true
}

/**
 * `count` is how many arguments were given (`take()` means '*', `take(undefined)` is a mistake);
 * the arguments come one by one, so that the creators need no rest array.
 */
function takePayload(name: string, count: number, first: unknown, second: unknown): TakePayload {
  // The shapes sagas use in loops first: an action type, or a channel alone.
  if (second === undefined) {
    if (typeof first === 'string' && first !== '') return { pattern: first }
    if (typeof first === 'object' && !Array.isArray(first) && isChannel(first))
      return { channel: first }
  }
  const patternOrChannel = count === 0 ? '*' : first
  const multicastPattern = second
  if (count > 0 && (first === undefined || first === null)) {
    fail(
      'INVALID_PATTERN',
      'take(patternOrChannel): patternOrChannel is undefined',
      `${name}(pattern): the pattern is ${String(first)}. Pass '*', an action type, a predicate, an action creator, an array of them, or a channel. An action type imported under a wrong name is undefined.`,
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
export function take<T, P extends Pattern<T>>(
  channel: MulticastChannel<T>,
  pattern: P,
): TakeEffect<T>
export function take(patternOrChannel?: unknown, multicastPattern?: unknown): TakeEffect {
  const payload = takePayload('take', arguments.length, patternOrChannel, multicastPattern)
  return makeEffect<TakeEffect>('TAKE', payload)
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
export function takeMaybe(patternOrChannel?: unknown, multicastPattern?: unknown): TakeEffect {
  const payload = takePayload('takeMaybe', arguments.length, patternOrChannel, multicastPattern)
  payload.maybe = true
  return makeEffect<TakeEffect>('TAKE', payload)
}

// --- the record ------------------------------------------------------------------------------

/** Delivers what a taker received: an `Error` is thrown into the saga, `END` ends it. */
function received(step: Step, maybe: boolean, input: unknown): void {
  if (input instanceof Error) step.reject(input)
  else if (isEnd(input) && !maybe) step.resolve(TERMINATE)
  else step.resolve(input)
}

/** A saga waiting on a multicast channel, filed under its action type when it has one. */
class StepTaker implements Taker<unknown> {
  seq = 0
  active = true
  readonly actionType: string | undefined
  readonly match: Matcher | undefined

  constructor(
    private readonly step: Step,
    private readonly maybe: boolean,
    pattern: TakePayload['pattern'],
    private readonly channel: Multicast<unknown>,
  ) {
    this.actionType = actionTypeOf(pattern)
    this.match =
      this.actionType !== undefined || pattern === undefined || pattern === '*'
        ? undefined
        : toMatcher(pattern)
  }

  deliver(input: unknown): void {
    received(this.step, this.maybe, input)
  }

  /** Its pattern threw on a message: the taking saga fails with that error (it may catch it). */
  fail(error: unknown): void {
    this.step.reject(error)
  }

  /** The step's teardown: the taker is its own, so a waiting saga holds no closure for it. */
  cancel(): void {
    this.channel.cancel(this)
  }
}

/**
 * A saga waiting on a point-to-point channel: its own teardown, like `StepTaker`. Once it has
 * left the channel's queue (delivered or cancelled), no one holds it any more (a settled step
 * drops its teardown), so the channel keeps it as its spare and the next take reuses it: a
 * saga taking from a channel in a loop takes again from inside the delivery, and so allocates
 * no taker per message.
 */
class QueueStepTaker {
  /** Set while it waits on a watched queue: told when it stops waiting. */
  activity: Activity | undefined = undefined

  constructor(
    public step: Step | undefined,
    private maybe: boolean,
    private readonly queue: QueueChannel<unknown>,
  ) {}

  static for(step: Step, maybe: boolean, queue: QueueChannel<unknown>): QueueStepTaker {
    const spare = queue.spare as QueueStepTaker | undefined
    if (spare === undefined) return new QueueStepTaker(step, maybe, queue)
    queue.spare = undefined
    spare.step = step
    spare.maybe = maybe
    return spare
  }

  deliver(input: unknown): void {
    const step = this.step as Step
    const maybe = this.maybe
    // Released first: the saga it resumes takes again from inside `received`, reusing it.
    this.release()
    received(step, maybe, input)
  }

  cancel(): void {
    // Only if it was still queued: close() hands END to a copy of the queue, which may still
    // hold this taker; reused meanwhile, it would get another step's message.
    if (this.queue.removeTaker(this)) this.release()
  }

  private release(): void {
    this.step = undefined
    this.queue.spare = this
    const activity = this.activity
    if (activity !== undefined) {
      this.activity = undefined
      activity.changed()
    }
  }
}

/**
 * An eventChannel's queue as a source of busy steps: registered once with the store's activity,
 * it lists the sagas waiting on it when `settled()` asks, so a take in a loop costs the activity
 * nothing per message (marking each step busy, then idle, did).
 */
class QueueWatch implements BusySource {
  constructor(
    readonly queue: QueueChannel<unknown>,
    readonly activity: Activity,
  ) {}

  waiting(): Step[] {
    const steps: Step[] = []
    for (const taker of this.queue.waiting())
      if (taker instanceof QueueStepTaker && taker.step !== undefined) steps.push(taker.step)
    return steps
  }

  forgotten(): void {
    if (this.queue.watch === this) this.queue.watch = undefined
  }
}

/** Counts `taker`'s step as busy through its queue's watch; false if another store's owns it. */
function watched(queue: QueueChannel<unknown>, activity: Activity, taker: QueueStepTaker): boolean {
  const watch = queue.watch as QueueWatch | undefined
  if (watch === undefined) {
    const created = new QueueWatch(queue, activity)
    queue.watch = created
    activity.watch(created)
  } else if (watch.activity !== activity) return false
  taker.activity = activity
  return true
}

export const takeRecord = defineEffect({
  type: 'TAKE',
  key: 'take',
  run: ({ channel, pattern, maybe: maybeTake }: TakePayload, step, { env }) => {
    const maybe = maybeTake === true
    const source = channel ?? env.channel
    if (source instanceof Multicast) {
      const taker = new StepTaker(step, maybe, pattern, source)
      source.add(taker)
      return taker.active ? taker : undefined
    }
    const queue = queueOf(source)
    // An eventChannel, or a channel of someone else's making, is fed from outside the sagas:
    // `settled()` waits for it. A `channel()` or an actionChannel is fed by sagas and the store.
    const outside = queue === undefined || !(source instanceof QueueChannel)
    // Only while the channel's `take` is its own (not wrapped or spied on), and with no pattern
    // (the generic path validates one): then this is what `take(callback)` would do, minus closures.
    if (
      queue !== undefined &&
      pattern === undefined &&
      (source as QueueChannel<unknown>).take === queue.take
    ) {
      const taker = QueueStepTaker.for(step, maybe, queue)
      if (!queue.addTaker(taker)) return undefined
      // Busy only while it waits: a buffered message settled the step already.
      if (outside && !watched(queue, env.activity, taker)) step.markBusy()
      return taker
    }
    if (outside) step.markBusy()
    const callback = ((input: unknown) => received(step, maybe, input)) as ((
      input: unknown,
    ) => void) & { cancel?: () => void }
    source.take(callback, pattern === undefined ? undefined : toMatcher(pattern))
    return () => callback.cancel?.()
  },
  describe: (payload, d) => {
    const what = [
      payload.channel === undefined ? undefined : 'channel',
      payload.pattern === undefined ? undefined : d.value(payload.pattern),
    ]
    const parts = what.filter((part) => part !== undefined).join(', ')
    return `${payload.maybe ? 'takeMaybe' : 'take'}(${parts})`
  },
})
