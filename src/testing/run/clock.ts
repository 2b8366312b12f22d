/**
 * The virtual clock of an `expectSaga` run: a priority queue of timers ordered by due time, then
 * by the order they were set. Time moves when the run advances it, and as real time does while
 * the run waits on real work (`follow`); no global timer is touched. A timer may be held by a
 * real wait (a `.delay(ms)` dispatch): it does not fire, and no later timer does, until that wait
 * is over.
 */
import { CANCEL } from '../../symbols.js'

interface Timer {
  readonly at: number
  readonly seq: number
  readonly fire: () => void
  /** The real wait it is held by, until that is over. */
  held: Promise<void> | undefined
  index: number
}

const earlier = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq)

export class VirtualClock {
  private time = 0
  private seq = 0
  private readonly heap: Timer[] = []
  /** While the run waits on real work, time passes as real time does, from `from` (`follow`). */
  private following: { from: number; start: number; realNow: () => number } | undefined

  /** Virtual milliseconds since the run started. */
  now(): number {
    const following = this.following
    return following === undefined
      ? this.time
      : Math.max(this.time, following.from + (following.realNow() - following.start))
  }

  /**
   * From now until `unfollow()`, time passes as real time does (read from `realNow`): a timer
   * set meanwhile, by a saga that real work resumed, is due from the time it was set at.
   */
  follow(realNow: () => number): void {
    this.following = { from: this.time, start: realNow(), realNow }
  }

  /** Ends `follow`; gives the time it reached, which no timer has been fired for yet. */
  unfollow(): number {
    const reached = this.now()
    this.following = undefined
    return reached
  }

  /** When the next timer is due, or `undefined` when none is set. */
  nextDue(): number | undefined {
    return this.heap[0]?.at
  }

  /**
   * Calls `fire` once `ms` virtual milliseconds have passed (and `held` is over, if given);
   * returns a function that unsets it.
   */
  setTimer(ms: number, fire: () => void, held?: Promise<void>): () => void {
    const timer: Timer = { at: this.now() + Math.max(0, ms), seq: this.seq++, fire, held, index: 0 }
    void held?.then(() => (timer.held = undefined))
    this.push(timer)
    return () => this.remove(timer)
  }

  /** What `delay(ms, value)` gives a saga: a promise the clock resolves, unset if cancelled. */
  delay<T>(ms: number, value: T): Promise<T> {
    let unset = () => {}
    const promise = new Promise<T>((resolve) => {
      unset = this.setTimer(ms, () => resolve(value))
    }) as Promise<T> & { [CANCEL]?: () => void }
    promise[CANCEL] = unset
    return promise
  }

  /**
   * Moves time to the next due timer and fires every timer due then, up to one held by a real
   * wait. False if none is due by `limit`; if the next one is held, the promise of its wait.
   */
  advanceToNext(limit = Infinity): boolean | Promise<void> {
    const next = this.heap[0]
    if (next === undefined || next.at > limit) return false
    if (next.held) return next.held
    this.time = Math.max(this.time, next.at)
    for (let timer = this.heap[0]; timer !== undefined && timer.at <= this.time && !timer.held;) {
      this.remove(timer)
      timer.fire()
      timer = this.heap[0]
    }
    return true
  }

  /** When the next timer is due, unless it is held by a real wait (or none is set). */
  nextFree(): number | undefined {
    const next = this.heap[0]
    return next === undefined || next.held ? undefined : next.at
  }

  /**
   * Moves time forward to `time`, firing in order every timer due by then; stops at a timer held
   * by a real wait (time then stays at the last one fired).
   */
  advanceTo(time: number): void {
    for (;;) {
      const moved = this.advanceToNext(time)
      if (moved === true) continue
      if (moved === false) this.moveTo(time)
      return
    }
  }

  /** Moves time forward to `time` (if later), with no timer fired: for the end of a run. */
  moveTo(time: number): void {
    if (time > this.time && time !== Infinity) this.time = time
  }

  private push(timer: Timer): void {
    timer.index = this.heap.length
    this.heap.push(timer)
    this.up(timer.index)
  }

  private remove(timer: Timer): void {
    const heap = this.heap
    const index = timer.index
    if (heap[index] !== timer) return
    timer.index = -1
    const last = heap.pop() as Timer
    if (last === timer) return
    heap[index] = last
    last.index = index
    this.up(index)
    this.down(last.index)
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i] as Timer
    const b = this.heap[j] as Timer
    this.heap[i] = b
    this.heap[j] = a
    a.index = j
    b.index = i
  }

  private up(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!earlier(this.heap[index] as Timer, this.heap[parent] as Timer)) return
      this.swap(index, parent)
      index = parent
    }
  }

  private down(index: number): void {
    for (;;) {
      let smallest = index
      for (const child of [2 * index + 1, 2 * index + 2]) {
        const candidate = this.heap[child]
        if (candidate !== undefined && earlier(candidate, this.heap[smallest] as Timer))
          smallest = child
      }
      if (smallest === index) return
      this.swap(index, smallest)
      index = smallest
    }
  }
}
