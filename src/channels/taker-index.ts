/**
 * The taker index of a multicast channel (`multicast.ts` delivers through it). Takers whose
 * pattern stands for exactly one action type (a string, an action creator) are filed under that
 * type, so a message looks only at the takers of its own type plus the `generic` ones
 * (predicates, arrays, '*'): sagas waiting for other types cost nothing.
 *
 * A taker that stops waiting is not spliced out where it stands: a delivery may be walking its
 * list, and a search per cancel would be quadratic. Its bucket counts it as dead, and the list
 * is compacted in one walk once half of it is dead (after the delivery, if one is running).
 */
import type { End, Predicate } from '../types.js'
import { END } from './end.js'
import type { Matcher } from './pattern.js'

/** The takers of one action type (or the generic ones), in arrival order. */
export interface Bucket<T> {
  readonly takers: Taker<T>[]
  /** How many of `takers` no longer wait: dropped by the next compaction. */
  dead: number
  readonly type: string | undefined
}

/**
 * A waiting taker. Takers are numbered in the order they came; a message is delivered in that
 * order, and only to takers that were waiting when it was put.
 */
export interface Taker<T> {
  seq: number
  active: boolean
  /** Where it is filed; set by `add`. */
  bucket: Bucket<T> | undefined
  /** Tested on each message; undefined when any message of its bucket's type will do. */
  readonly match: Matcher | Predicate<T> | undefined
  deliver(message: T | End): void
  /**
   * Told that its pattern threw on a message: it stops waiting and fails with that error. Without
   * it the error would escape from `dispatch`, every later dispatch would throw it again, and
   * the taker would stay registered for ever.
   */
  fail(error: unknown): void
}

/** Gives `END` to a taker that waited. */
function end<T>(taker: Taker<T>): void {
  taker.active = false
  taker.deliver(END)
}

const bucket = <T>(type?: string): Bucket<T> => ({ takers: [], dead: 0, type })

/** The takers of a multicast channel, indexed by action type where the pattern allows. */
export abstract class TakerIndex<T> {
  /** Takers waiting for exactly one action type. @internal */
  readonly byType = new Map<string, Bucket<T>>()
  /** Takers with any other pattern: tested on every message. @internal */
  readonly generic = bucket<T>()
  /** The generic bucket's list (never replaced): one load fewer on every dispatch. */
  protected readonly others = this.generic.takers
  /** > 0 while messages are being delivered: lists are then only counted, never compacted. @internal */
  delivering = 0
  /**
   * Buckets that gained dead takers during a delivery, for `sweep` when it ends. An array, not
   * a Set: a Set's `clear()` allocates a new table, once per delivery. A bucket may be here
   * more than once (not twice in a row); compacting it again is a check.
   */
  private readonly stale: Bucket<T>[] = []
  protected count = 0
  /** The number the next taker gets. */
  protected nextSeq = 0
  protected closed = false

  /** How many takers wait; zero after every cancel and race. */
  takerCount(): number {
    return this.count
  }

  /** Registers a taker for `actionType` (undefined: any); delivers `END` at once if closed. */
  add(taker: Taker<T>, actionType: string | undefined): void {
    if (this.closed) {
      end(taker)
      return
    }
    let filed = actionType === undefined ? this.generic : this.byType.get(actionType)
    if (filed === undefined) this.byType.set(actionType as string, (filed = bucket(actionType)))
    taker.seq = this.nextSeq++
    taker.bucket = filed
    this.count++
    filed.takers.push(taker)
  }

  /** Closes the index: every taker still waiting gets `END`, in arrival order. */
  close(): void {
    if (this.closed) return
    this.closed = true
    // Emptied (splice), not only dropped: a taker left over (a callback's cancel) holds its bucket.
    const takers = [this.generic, ...this.byType.values()]
      .flatMap((bucket) => bucket.takers.splice(0))
      .sort((a, b) => a.seq - b.seq)
    this.byType.clear()
    this.count = 0
    for (const taker of takers) if (taker.active) end(taker)
  }

  /** Stops a taker from waiting. A no-op once it received its message or was cancelled. */
  cancel(taker: Taker<T>): void {
    if (taker.active) this.leave(taker)
  }

  /**
   * `taker` stops waiting (delivered, failed or cancelled). Its bucket is compacted once half of
   * it is dead, so each taker costs O(1) however many of its type wait (a race of N cancelling
   * N-1 is linear); during a delivery, which may be walking it, only when the delivery ends.
   */
  protected leave(taker: Taker<T>): void {
    taker.active = false
    // While close() hands out END, a taker it has not reached yet may be cancelled (the other
    // half of an all/race): the index was emptied already.
    if (this.closed) return
    this.count--
    const bucket = taker.bucket as Bucket<T>
    if (++bucket.dead * 2 < bucket.takers.length) return
    const stale = this.stale
    const n = stale.length
    // Not `stale[n - 1]` when empty: reading index -1 is a slow named-property lookup.
    if (this.delivering === 0) this.compact(bucket)
    else if (n === 0 || stale[n - 1] !== bucket) stale.push(bucket)
  }

  /** After a delivery: compacts the buckets it (and the sagas it resumed) left half dead. */
  protected sweep(): void {
    const stale = this.stale
    // Popped, not truncated with `length = 0`: that frees the backing store every time.
    while (stale.length > 0) {
      const bucket = stale.pop() as Bucket<T>
      if (bucket.dead > 0) this.compact(bucket)
    }
  }

  /** Drops the dead takers of `bucket`, in one walk. @internal */
  compact(bucket: Bucket<T>): void {
    const list = bucket.takers
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
    bucket.dead = 0
    // An empty bucket is dropped only once many types are filed: a saga taking the same type in
    // a loop (put/take ping-pong) would otherwise delete and recreate it, and its map entry, on
    // every message. At most 256 empty buckets stay (no growth with dynamic types).
    // (Deleting the generic bucket's undefined type is a no-op.)
    if (kept === 0 && this.byType.size > 256) this.byType.delete(bucket.type as string)
  }
}

/**
 * How many takers the lists of `index` hold once the dead ones they keep for a later compaction
 * are dropped. Equal to `takerCount()` whenever no message is being delivered: a larger number
 * would be a leak. For tests; a function, so that an app's bundle leaves it out.
 * @internal
 */
export function heldTakers(index: TakerIndex<unknown>): number {
  let held = 0
  for (const bucket of [index.generic, ...index.byType.values()]) {
    if (index.delivering === 0 && bucket.dead > 0) index.compact(bucket)
    held += bucket.takers.length
  }
  return held
}
