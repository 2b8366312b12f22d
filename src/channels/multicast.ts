/**
 * The multicast channel: each message goes to every taker whose pattern matches it, in the order
 * the takers came. Its takers are kept in a `TakerIndex` (taker-index.ts), by action type where
 * the pattern allows. `stdChannel`, the one the store's actions flow through, is in
 * `std-channel.ts`.
 */
import { MULTICAST } from '../symbols.js'
import type { End, MulticastChannel, Predicate } from '../types.js'
import { describeValue, fail } from '../errors.js'
import { END, checkInput, isEnd } from './end.js'
import type { Matcher } from './pattern.js'
import { TakerIndex, type Taker } from './taker-index.js'

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

/** The multicast channel, with its takers indexed by action type where the pattern allows. */
export class Multicast<T> extends TakerIndex<T> implements MulticastChannel<T> {
  readonly [MULTICAST] = true as const
  private closed = false
  private nextSeq = 0

  constructor() {
    super()
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
