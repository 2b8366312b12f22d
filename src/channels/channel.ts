/**
 * Channels carry messages into sagas. `channel` is point-to-point (one message, one taker) with
 * a buffer; `eventChannel` adapts an outside source; `multicastChannel` gives each message to
 * every matching taker; `stdChannel` is the multicast channel the store's actions flow through.
 */
import { CHANNEL_END_TYPE, MULTICAST, SAGA_ACTION } from '../symbols.js'
import type { Buffer, Channel, End, EventChannel, MulticastChannel, Predicate } from '../types.js'
import { fail, describeValue } from '../runtime/errors.js'
import { Scheduler } from '../runtime/scheduler.js'
import * as buffers from './buffers.js'
import type { Matcher } from './pattern.js'

/** The message that closes a channel. Taking it ends a saga, unless it used `takeMaybe`. */
export const END: End = { type: CHANNEL_END_TYPE }

export const isEnd = (value: unknown): value is End =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === CHANNEL_END_TYPE

const UNDEFINED_INPUT = `A channel (or the store) was given an undefined message.
Hints:
  - check that your action creator returns an action
  - if an eventChannel emits it, check what its subscriber passes to emit()`

function checkInput(input: unknown): void {
  if (input === undefined || input === null) fail('INVALID_ACTION', UNDEFINED_INPUT)
}

function isBuffer(value: unknown): value is Buffer<unknown> {
  const buffer = value as Partial<Buffer<unknown>> | null
  return (
    typeof buffer === 'object' &&
    buffer !== null &&
    typeof buffer.isEmpty === 'function' &&
    typeof buffer.put === 'function' &&
    typeof buffer.take === 'function'
  )
}

type Callback<T> = ((message: T | End) => void) & { cancel?: () => void }

// --- point-to-point ------------------------------------------------------------------------

class QueueChannel<T> implements Channel<T> {
  private closed = false
  private takers: Callback<T>[] = []

  constructor(private readonly buffer: Buffer<T>) {}

  put = (input: T | End): void => {
    checkInput(input)
    if (this.closed) return
    const taker = this.takers.shift()
    if (taker === undefined) this.buffer.put(input as T)
    else taker(input)
  }

  take = (cb: Callback<T>): void => {
    if (typeof cb !== 'function')
      fail('NOT_A_FUNCTION', `channel.take(cb): cb must be a function; got ${describeValue(cb)}.`)
    if (!this.buffer.isEmpty()) {
      cb(this.buffer.take() as T)
    } else if (this.closed) {
      cb(END)
    } else {
      this.takers.push(cb)
      cb.cancel = () => {
        const index = this.takers.indexOf(cb)
        if (index >= 0) this.takers.splice(index, 1)
      }
    }
  }

  flush = (cb: (items: T[] | End) => void): void => {
    if (this.closed && this.buffer.isEmpty()) {
      cb(END)
      return
    }
    cb(this.buffer.flush ? this.buffer.flush() : drain(this.buffer))
  }

  close = (): void => {
    if (this.closed) return
    this.closed = true
    const takers = this.takers
    this.takers = []
    for (const taker of takers) taker(END)
  }

  /** How many takers wait; zero after every cancel and race. */
  takerCount(): number {
    return this.takers.length
  }
}

function drain<T>(buffer: Buffer<T>): T[] {
  const items: T[] = []
  while (!buffer.isEmpty()) items.push(buffer.take() as T)
  return items
}

/**
 * A channel for messages between sagas, buffered with `buffer` (default: expanding, so nothing
 * is lost).
 */
export function channel<T>(buffer: Buffer<T> = buffers.expanding<T>()): Channel<T> {
  if (!isBuffer(buffer))
    fail('INVALID_BUFFER', `channel(buffer): ${describeValue(buffer)} is not a buffer.`)
  return new QueueChannel(buffer)
}

/** What an `eventChannel` subscriber receives: call it with each message, or with `END` to close. */
export type Emit<T> = (input: T | End) => void

/**
 * A channel fed by an outside source. `subscribe(emit)` starts listening and returns the
 * function that stops it; that function runs exactly once, when the channel closes.
 */
export function eventChannel<T>(
  subscribe: (emit: Emit<T>) => () => void,
  buffer: Buffer<T> = buffers.none<T>(),
): EventChannel<T> {
  if (typeof subscribe !== 'function')
    fail(
      'NOT_A_FUNCTION',
      `eventChannel(subscribe): subscribe must be a function; got ${describeValue(subscribe)}.`,
    )
  const inner = new QueueChannel<T>(buffer)
  let closed = false
  let unsubscribe: (() => void) | undefined

  const close = (): void => {
    if (closed) return
    closed = true
    const stop = unsubscribe
    unsubscribe = undefined
    stop?.()
    inner.close()
  }

  const returned: unknown = subscribe((input) => {
    if (isEnd(input)) {
      close()
      return
    }
    inner.put(input)
  })
  if (typeof returned !== 'function') {
    fail(
      'NOT_A_FUNCTION',
      `eventChannel(subscribe): subscribe must return the function that unsubscribes; it returned ${describeValue(returned)}.`,
    )
  }
  if (closed) (returned as () => void)()
  else unsubscribe = returned as () => void

  return {
    take: inner.take,
    flush: inner.flush,
    close,
    takerCount: () => inner.takerCount(),
  } as EventChannel<T>
}

// --- multicast -----------------------------------------------------------------------------

/**
 * A waiting taker. Takers are numbered in the order they came; a message is delivered in that
 * order, and only to takers that were waiting when it was put.
 */
export interface Taker<T> {
  seq: number
  active: boolean
  readonly actionType: string | undefined
  readonly match: Matcher | Predicate<T> | undefined
  deliver(message: T | End): void
}

class CallbackTaker<T> implements Taker<T> {
  seq = 0
  active = true
  constructor(
    readonly deliver: (message: T | End) => void,
    readonly match: Matcher | Predicate<T> | undefined,
    readonly actionType: string | undefined,
  ) {}
}

const noTakers: Taker<never>[] = []

/** The multicast channel, with its takers indexed by action type where the pattern allows. */
export class Multicast<T> implements MulticastChannel<T> {
  readonly [MULTICAST] = true as const
  private closed = false
  private nextSeq = 0
  /** Takers waiting for exactly one action type. */
  private readonly byType = new Map<string, Taker<T>[]>()
  /** Takers with any other pattern: tested on every message. */
  private generic: Taker<T>[] = []
  /** > 0 while a message is being delivered: lists are then only marked, compacted after. */
  private delivering = 0
  /** Takers cancelled during a delivery, removed from their lists when it ends. */
  private orphans: Taker<T>[] = []
  private count = 0

  put(input: T | End): void {
    checkInput(input)
    if (this.closed) return
    if (isEnd(input)) {
      this.close()
      return
    }
    this.deliver(input)
  }

  take(cb: Callback<T>, matcher?: Predicate<T>): void {
    const actionType = (matcher as Matcher | undefined)?.actionType
    const taker = new CallbackTaker<T>(cb, matcher, actionType)
    cb.cancel = () => this.cancel(taker)
    this.add(taker)
  }

  /** Registers a taker; delivers `END` at once if the channel is closed. */
  add(taker: Taker<T>): void {
    if (this.closed) {
      taker.active = false
      taker.deliver(END)
      return
    }
    taker.seq = this.nextSeq++
    this.count++
    if (taker.actionType === undefined) {
      this.generic.push(taker)
    } else {
      const list = this.byType.get(taker.actionType)
      if (list === undefined) this.byType.set(taker.actionType, [taker])
      else list.push(taker)
    }
  }

  /** Stops a taker from waiting. A no-op once it received its message or was cancelled. */
  cancel(taker: Taker<T>): void {
    if (!taker.active) return
    taker.active = false
    this.count--
    if (this.delivering > 0) {
      this.orphans.push(taker)
      return
    }
    this.remove(taker)
  }

  private remove(taker: Taker<T>): void {
    const list = taker.actionType === undefined ? this.generic : this.byType.get(taker.actionType)
    if (list === undefined) return
    const index = list.lastIndexOf(taker)
    if (index >= 0) list.splice(index, 1)
    if (list.length === 0 && taker.actionType !== undefined) this.byType.delete(taker.actionType)
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    const takers = [...this.generic, ...[...this.byType.values()].flat()].sort(
      (a, b) => a.seq - b.seq,
    )
    this.generic = []
    this.byType.clear()
    this.count = 0
    for (const taker of takers) {
      if (!taker.active) continue
      taker.active = false
      taker.deliver(END)
    }
  }

  /** How many takers wait; zero after every cancel and race. */
  takerCount(): number {
    return this.count
  }

  private deliver(input: T): void {
    const type = (input as { type?: unknown }).type
    const typed = (typeof type === 'string' && this.byType.get(type)) || (noTakers as Taker<T>[])
    const generic = this.generic
    if (typed.length === 0 && generic.length === 0) return
    // Takers that arrive while this message is delivered get a higher number: they wait for the next one.
    const limit = this.nextSeq
    let i = 0
    let j = 0
    this.delivering++
    try {
      for (;;) {
        const a = i < typed.length ? typed[i] : undefined
        const b = j < generic.length ? generic[j] : undefined
        const takeTyped =
          a !== undefined && a.seq < limit && (b === undefined || b.seq >= limit || a.seq < b.seq)
        const taker = takeTyped ? a : b !== undefined && b.seq < limit ? b : undefined
        if (taker === undefined) break
        if (takeTyped) i++
        else j++
        if (!taker.active) continue
        if (!takeTyped && taker.match !== undefined && !taker.match(input)) continue
        taker.active = false
        this.count--
        taker.deliver(input)
      }
    } finally {
      this.delivering--
    }
    if (this.delivering === 0) {
      if (typed.length > 0) this.compact(typed, typeof type === 'string' ? type : undefined)
      this.compact(generic, undefined)
      if (this.orphans.length > 0) {
        const orphans = this.orphans
        this.orphans = []
        for (const taker of orphans) this.remove(taker)
      }
    }
  }

  private compact(list: Taker<T>[], actionType: string | undefined): void {
    let kept = 0
    for (let k = 0; k < list.length; k++) {
      const taker = list[k] as Taker<T>
      if (taker.active) list[kept++] = taker
    }
    list.length = kept
    if (kept === 0 && actionType !== undefined && this.byType.get(actionType) === list)
      this.byType.delete(actionType)
  }
}

/** A channel that gives each message to every taker whose matcher accepts it. */
export function multicastChannel<T>(): MulticastChannel<T> {
  return new Multicast<T>()
}

/**
 * The channel store actions flow through. A put from outside a saga is scheduled, so a saga
 * that is running finishes its step first; a put from a saga (`SAGA_ACTION`) is already inside
 * the scheduler and goes straight through.
 */
export class StdChannel<T> extends Multicast<T> {
  readonly scheduler = new Scheduler()
  private readonly putNow = (input: T | End) => super.put(input)

  override put(input: T | End): void {
    checkInput(input)
    if ((input as { [SAGA_ACTION]?: unknown })[SAGA_ACTION]) {
      super.put(input)
      return
    }
    this.scheduler.asap(this.putNow, input)
  }
}

/** The multicast channel that connects the store to its sagas. */
export function stdChannel<T>(): MulticastChannel<T> {
  return new StdChannel<T>()
}
