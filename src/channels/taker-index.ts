/**
 * The taker index of a multicast channel (`multicast.ts` delivers through it). Takers whose
 * pattern stands for exactly one action type (a string, an action creator) are filed under that
 * type, so a message looks only at the takers of its own type plus the `generic` ones
 * (predicates, arrays, '*'): sagas waiting for other types cost nothing.
 *
 * A taker that stops waiting is not spliced out where it stands: a delivery may be walking its
 * list, and a search per cancel would be quadratic. Its list is filed as stale (or counted as
 * holding dead takers) and compacted later, in one walk.
 */
import type { End, Predicate } from '../types.js'
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

/** How many action types may keep an empty taker list for reuse (see `forgetIfEmpty`). */
const KEEP_EMPTY = 256

/** The takers of a multicast channel, indexed by action type where the pattern allows. */
export abstract class TakerIndex<T> {
  /** Takers waiting for exactly one action type, each list in arrival order. */
  protected readonly byType = new Map<string, Taker<T>[]>()
  /** Takers with any other pattern: tested on every message. */
  protected generic: Taker<T>[] = []
  /** > 0 while messages are being delivered: lists are then only marked, never spliced. */
  protected delivering = 0
  /**
   * Lists holding takers that stopped waiting during a delivery; compacted when it ends. An
   * array, not a Set: a Set's `clear()` allocates a new table, once per delivery. A list may be
   * here twice (compacting it again is a walk over its live takers), rarely: see `markStale`.
   */
  protected readonly stale: Taker<T>[][] = []
  /**
   * How many cancelled takers each list still holds (cancelled outside a delivery, not last in
   * their list). A list is compacted once half of it is dead: removing each taker where it
   * stands would search and shift the list, and a race of N takers of one type cancelling N-1
   * of them would be quadratic.
   */
  protected readonly dead = new Map<Taker<T>[], number>()
  protected count = 0

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

  /** Files `list` for compaction; a few lists are checked for a duplicate, many are not. */
  protected markStale(list: Taker<T>[]): void {
    const stale = this.stale
    const n = stale.length
    if (n > 0 && (stale[n - 1] === list || (n < 8 && stale.includes(list)))) return
    stale.push(list)
  }

  protected sweep(): void {
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
  protected removeFrom(list: Taker<T>[], taker: Taker<T>): void {
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
