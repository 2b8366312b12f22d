/**
 * The multicast channel: each message goes to every taker whose pattern matches it, in the order
 * the takers came. `stdChannel` is the multicast channel the store's actions flow through.
 *
 * Takers whose pattern stands for exactly one action type (a string, an action creator) are
 * filed under that type, so a message looks only at the takers of its own type plus the
 * `generic` ones (predicates, arrays, '*'): sagas waiting for other types cost nothing.
 */
import { MULTICAST, SAGA_ACTION } from '../symbols.js'
import type { End, MulticastChannel, Predicate } from '../types.js'
import { describeValue, fail } from '../errors.js'
import { Scheduler } from './scheduler.js'
import { END, checkInput, isEnd } from './end.js'
import type { Matcher } from './pattern.js'

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
  /**
   * Told that its pattern threw on a message: it stops waiting and fails with that error. Without
   * it the error would escape from `dispatch`, every later dispatch would throw it again, and
   * the taker would stay registered for ever.
   */
  fail?(error: unknown): void
}

type Callback<T> = ((message: T | End) => void) & { cancel?: () => void }

class CallbackTaker<T> implements Taker<T> {
  seq = 0
  active = true
  constructor(
    readonly deliver: (message: T | End) => void,
    readonly match: Matcher | Predicate<T> | undefined,
    readonly actionType: string | undefined,
  ) {}
}

/** How many action types may keep an empty taker list for reuse (see `forgetIfEmpty`). */
const KEEP_EMPTY = 256

/** The multicast channel, with its takers indexed by action type where the pattern allows. */
export class Multicast<T> implements MulticastChannel<T> {
  readonly [MULTICAST] = true as const
  private closed = false
  private nextSeq = 0
  /** Takers waiting for exactly one action type, each list in arrival order. */
  private readonly byType = new Map<string, Taker<T>[]>()
  /** Takers with any other pattern: tested on every message. */
  private generic: Taker<T>[] = []
  /** > 0 while messages are being delivered: lists are then only marked, never spliced. */
  private delivering = 0
  /**
   * Lists holding takers that stopped waiting during a delivery; compacted when it ends. An
   * array, not a Set: a Set's `clear()` allocates a new table, once per delivery. A list may be
   * here twice (compacting it again is a walk over its live takers), rarely: see `markStale`.
   */
  private readonly stale: Taker<T>[][] = []
  /**
   * How many cancelled takers each list still holds (cancelled outside a delivery, not last in
   * their list). A list is compacted once half of it is dead: removing each taker where it
   * stands would search and shift the list, and a race of N takers of one type cancelling N-1
   * of them would be quadratic.
   */
  private readonly dead = new Map<Taker<T>[], number>()
  private count = 0

  constructor() {
    // redux-saga's channel methods are closures: `const { put } = chan`, or saving `chan.put`
    // before replacing it with a wrapper, must keep working. (A subclass's override is bound.)
    this.put = this.put.bind(this)
    this.take = this.take.bind(this)
    this.close = this.close.bind(this)
  }

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
    if (typeof cb !== 'function')
      fail(
        'NOT_A_FUNCTION',
        "channel.take's callback must be a function",
        `channel.take(cb): got ${describeValue(cb)}.`,
      )
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
    // While close() hands out END, a taker it has not reached yet may be cancelled (the other
    // half of an all/race): the count was already reset to 0 and the lists emptied.
    if (this.closed) return
    this.count--
    const list = taker.actionType === undefined ? this.generic : this.byType.get(taker.actionType)
    if (list === undefined) return
    // A delivery may be walking this list: splicing it would make the walk skip a taker.
    if (this.delivering > 0) this.markStale(list)
    else this.removeFrom(list, taker)
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    const takers = [...this.generic, ...[...this.byType.values()].flat()].sort(
      (a, b) => a.seq - b.seq,
    )
    this.generic = []
    this.byType.clear()
    this.stale.length = 0
    this.dead.clear()
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

  /**
   * How many takers the lists hold once the cancelled ones they keep for a later compaction are
   * dropped. Equal to `takerCount()` whenever no message is being delivered: a larger number
   * would be a leak.
   * @internal
   */
  heldTakers(): number {
    if (this.delivering === 0) for (const list of [...this.dead.keys()]) this.compact(list)
    let held = this.generic.length
    for (const list of this.byType.values()) held += list.length
    return held
  }

  /** Whether a put of `input` now would do anything: close the channel, or reach a taker. */
  protected wouldReach(input: T | End): boolean {
    if (this.closed || this.generic.length > 0 || isEnd(input)) return !this.closed
    const type = (input as { type?: unknown }).type
    const typed = typeof type === 'string' ? this.byType.get(type) : undefined
    return typed !== undefined && typed.length > 0
  }

  private deliver(input: T): void {
    const type = (input as { type?: unknown }).type
    const typed = typeof type === 'string' ? this.byType.get(type) : undefined
    const generic = this.generic
    if ((typed === undefined || typed.length === 0) && generic.length === 0) return
    // Takers that arrive while this message is delivered get a higher number: they wait for the next one.
    const limit = this.nextSeq
    let i = 0
    let j = 0
    // Which lists this delivery took takers from: marked stale once, not once per taker.
    let typedTouched = false
    let genericTouched = false
    this.delivering++
    try {
      for (;;) {
        // Merge the two lists by arrival number, so typed and generic takers keep their order.
        const a = typed !== undefined && i < typed.length ? typed[i] : undefined
        const b = j < generic.length ? generic[j] : undefined
        const aDue = a !== undefined && a.seq < limit
        const bDue = b !== undefined && b.seq < limit
        if (!aDue && !bDue) break
        const fromTyped = aDue && (!bDue || a.seq < b.seq)
        const taker = (fromTyped ? a : b) as Taker<T>
        if (fromTyped) i++
        else j++
        if (!taker.active) continue
        if (!fromTyped && taker.match !== undefined) {
          let matched: boolean
          try {
            matched = taker.match(input)
          } catch (error) {
            taker.active = false
            this.count--
            genericTouched = true
            failTaker(taker, error)
            continue
          }
          if (!matched) continue
        }
        taker.active = false
        this.count--
        if (fromTyped) typedTouched = true
        else genericTouched = true
        taker.deliver(input)
      }
    } finally {
      if (typedTouched) this.markStale(typed as Taker<T>[])
      if (genericTouched) this.markStale(generic)
      if (--this.delivering === 0) this.sweep()
    }
  }

  /** Files `list` for compaction; a few lists are checked for a duplicate, many are not. */
  private markStale(list: Taker<T>[]): void {
    const stale = this.stale
    const n = stale.length
    if (n > 0 && (stale[n - 1] === list || (n < 8 && stale.includes(list)))) return
    stale.push(list)
  }

  private sweep(): void {
    const stale = this.stale
    // Popped, not truncated with `length = 0`: that frees the backing store every time.
    while (stale.length > 0) this.compact(stale.pop() as Taker<T>[])
  }

  private compact(list: Taker<T>[]): void {
    const actionType = list[0]?.actionType
    let kept = 0
    for (let k = 0; k < list.length; k++) {
      const taker = list[k] as Taker<T>
      if (taker.active) list[kept++] = taker
    }
    // A short list is popped, not truncated with `length = ...`, which frees the backing store:
    // the next taker of this type (ping-pong's, on every message) would allocate a new one. A
    // long one is truncated, so that a burst of takers leaves no large store behind.
    if (list.length - kept > 16) list.length = kept
    else while (list.length > kept) list.pop()
    if (this.dead.size > 0) this.dead.delete(list)
    this.forgetIfEmpty(list, actionType)
  }

  /** Amortised O(1): the last taker is popped, others are dropped by the next compaction. */
  private removeFrom(list: Taker<T>[], taker: Taker<T>): void {
    if (list[list.length - 1] === taker) {
      list.pop()
      const dead = this.dead.get(list)
      // Only dead takers left: the list is empty in all but name.
      if (dead !== undefined && dead >= list.length) this.compact(list)
      else this.forgetIfEmpty(list, taker.actionType)
      return
    }
    const dead = (this.dead.get(list) ?? 0) + 1
    if (dead * 2 >= list.length) this.compact(list)
    else this.dead.set(list, dead)
  }

  /**
   * Drops an empty per-type list, but only once many types are filed: a saga taking the same
   * type in a loop (put/take ping-pong) would otherwise delete and recreate its list, and the
   * map entry, on every message. At most KEEP_EMPTY empty lists stay (no growth with dynamic types).
   */
  private forgetIfEmpty(list: Taker<T>[], actionType: string | undefined): void {
    if (
      list.length === 0 &&
      actionType !== undefined &&
      this.byType.size > KEEP_EMPTY &&
      this.byType.get(actionType) === list
    )
      this.byType.delete(actionType)
  }
}

/** A taker without `fail` (a `channel.take(cb, matcher)` callback) gets the error as its message. */
function failTaker<T>(taker: Taker<T>, error: unknown): void {
  if (taker.fail !== undefined) taker.fail(error)
  else taker.deliver((error instanceof Error ? error : new Error(String(error))) as T)
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
    // Most dispatches reach no saga: with nothing running or queued, the delivery would run at
    // once and find no taker, so it is skipped (scheduling it costs more than the reducers).
    if (this.scheduler.idle && !this.wouldReach(input)) return
    this.scheduler.asap(this.putNow, input)
  }
}

/** The multicast channel that connects the store to its sagas. */
export function stdChannel<T>(): MulticastChannel<T> {
  return new StdChannel<T>()
}
