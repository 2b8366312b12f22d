/**
 * The multicast channel: each message goes to every taker whose pattern matches it, in the order
 * the takers came. Its takers are kept in a `TakerIndex` (taker-index.ts), by action type where
 * the pattern allows. `stdChannel`, the one the store's actions flow through, is in
 * `std-channel.ts`.
 */
import { MULTICAST } from '../symbols.js'
import type { End, MulticastChannel, NotUndefined, Predicate } from '../types.js'
import { describeValue, fail } from '../errors.js'
import { checkInput, isEnd } from './end.js'
import type { Matcher } from './pattern.js'
import { TakerIndex, type Taker } from './taker-index.js'

type Callback<T> = ((message: T | End) => void) & { cancel?: () => void }

/** The typed list of a message whose type no taker waits for. */
const NONE: never[] = []

/**
 * Makes a channel the app made (`multicastChannel()`, `stdChannel()`) print and compare as
 * redux-saga's plain object, in a snapshot or a diff: only the `MULTICAST` flag and `put`, `take`
 * and `close`, named so (not `bound put`), with `Object` as constructor; the taker index's state
 * is not enumerable. Once per channel; the channel a store makes for itself is never printed,
 * so an app that makes none bundles none of this.
 */
export function printedAsReduxSaga<C extends { put: object; take: object; close: object }>(
  channel: C,
): C {
  for (const key of ['put', 'take', 'close'] as const)
    Object.defineProperty(channel[key], 'name', { value: key })
  for (const key of Object.keys(channel))
    if (key !== MULTICAST && key !== 'put' && key !== 'take' && key !== 'close')
      Object.defineProperty(channel, key, { enumerable: false })
  Object.defineProperty(channel, 'constructor', { value: Object })
  return channel
}

/** The multicast channel, with its takers indexed by action type where the pattern allows. */
export class Multicast<T extends NotUndefined>
  extends TakerIndex<T>
  implements MulticastChannel<T>
{
  readonly [MULTICAST] = true as const

  constructor() {
    super()
    // redux-saga's channel methods are closures: `const { put } = chan`, or saving `chan.put`
    // before replacing it with a wrapper, must keep working. (A subclass's override is bound.)
    for (const key of ['put', 'take', 'close'] as const) this[key] = this[key].bind(this) as never
  }

  put(input: T | End): void {
    checkInput(input)
    if (this.closed) return
    if (isEnd(input)) this.close()
    else this.deliver(input)
  }

  take(cb: Callback<T>, matcher?: Predicate<T>): void {
    // Checked in development only, as redux-saga does.
    if (typeof cb !== 'function' && process.env.NODE_ENV !== 'production')
      fail(
        'NOT_A_FUNCTION',
        "channel.take's callback must be a function",
        `channel.take(cb): got ${describeValue(cb)}.`,
      )
    const actionType = (matcher as Matcher | undefined)?.actionType
    const taker: Taker<T> = {
      seq: 0,
      active: true,
      bucket: undefined,
      match: actionType === undefined ? matcher : undefined,
      deliver: cb,
      fail: failCallback,
    }
    cb.cancel = () => this.cancel(taker)
    this.add(taker, actionType)
  }

  /** Whether a put of `input` now would do anything: close the channel, or reach a taker. */
  protected wouldReach(input: T | End): boolean {
    return (
      !this.closed &&
      (this.others.length > 0 || isEnd(input) || !!typed(this, input)?.takers.length)
    )
  }

  private deliver(input: T): void {
    const takers = typed(this, input)?.takers ?? NONE
    const others = this.others
    if (takers.length === 0 && others.length === 0) return
    // Takers that arrive while this message is delivered get a higher number: they wait for the next one.
    const limit = this.nextSeq
    let i = 0
    let j = 0
    this.delivering++
    try {
      for (;;) {
        // Merge the two lists by arrival number, so typed and generic takers keep their order.
        const a = i < takers.length ? takers[i] : undefined
        const b = j < others.length ? others[j] : undefined
        const fromTyped = a !== undefined && (b === undefined || a.seq < b.seq)
        const taker = fromTyped ? a : b
        if (taker === undefined || taker.seq >= limit) break
        if (fromTyped) i++
        else j++
        if (!taker.active) continue
        if (taker.match !== undefined) {
          let matched: boolean
          try {
            matched = taker.match(input)
          } catch (error) {
            this.leave(taker)
            taker.fail(error)
            continue
          }
          if (!matched) continue
        }
        this.leave(taker)
        taker.deliver(input)
      }
    } finally {
      if (--this.delivering === 0) this.sweep()
    }
  }
}

/**
 * The bucket of `input`'s type, looked up with whatever `type` is: only strings are filed, so
 * any other type finds none (no typeof test needed).
 */
const typed = <T>(index: TakerIndex<T>, input: unknown) =>
  index.byType.get((input as { type: string }).type)

/** A `channel.take(cb, matcher)` callback gets the error its matcher threw as its message. */
function failCallback<T>(this: Taker<T>, error: unknown): void {
  this.deliver((error instanceof Error ? error : new Error(String(error))) as T)
}

/** A channel that gives each message to every taker whose matcher accepts it. */
export function multicastChannel<T extends NotUndefined>(): MulticastChannel<T> {
  return printedAsReduxSaga(new Multicast<T>())
}
