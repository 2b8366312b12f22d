/**
 * The scheduling queue. Work scheduled while another piece of work runs (a `put` made by a saga
 * that was itself woken by a `put`) waits until the running one has finished, then runs in
 * order. This is what makes puts atomic: every taker registered during a step sees the next
 * action, and nested puts never interleave.
 *
 * One scheduler per runtime (per store): two stores in one process never share a queue.
 * The queue holds (function, argument, argument) triples in one flat ring, so that scheduling
 * needs no closure and no entry object: a `put` schedules a module-level function with its step
 * and payload.
 */
type Job<A, B> = (first: A, second: B) => void

// Each entry takes 3 slots (the job and its two arguments), written as a literal 3 below (a
// named constant stays a variable in a bundle); the ring starts with 16 entries, 48 slots, and
// doubles when full.

export class Scheduler {
  /** How many locks are held; the queue drains only when it falls back to 0. */
  depth = 0
  /**
   * A ring of entries, from slot `head` up to `tail` (exclusive), wrapping around; it is never
   * full (`asap` grows it as it fills up), so `head === tail` means empty. A ring, not an array
   * pushed at the tail and read from the head: a saga putting in a loop schedules its next put
   * while the queue drains, so such an array never emptied and grew by three slots per put
   * (a 100k-message loop built a 300k-slot array, every young step stored into an old one).
   */
  private queue: unknown[] = new Array<unknown>(48).fill(undefined)
  private head = 0
  private tail = 0
  private lastId = 0

  /** True when no work runs and none is queued (for `settled()`). */
  get idle(): boolean {
    return this.depth === 0 && this.head === this.tail
  }

  /** Effect and task ids: unique within everything that shares this scheduler. */
  nextId(): number {
    return ++this.lastId
  }

  /** Runs `job(argument)` now if nothing holds the lock, else after the current work. */
  asap<A, B = undefined>(job: Job<A, B>, first: A, second?: B): void {
    const queue = this.queue
    const tail = this.tail
    queue[tail] = job
    queue[tail + 1] = first
    queue[tail + 2] = second
    this.tail = tail + 3 === queue.length ? 0 : tail + 3
    if (this.tail === this.head) this.grow()
    if (this.depth === 0) {
      this.depth++
      this.release()
    }
  }

  /** Runs `job` at once under the lock, then drains what it scheduled. */
  immediately<T>(job: () => T): T {
    this.depth++
    try {
      return job()
    } finally {
      this.release()
    }
  }

  /** Twice the room: the entries in order from slot 0, then as many free slots. */
  private grow(): void {
    const queue = this.queue
    const size = queue.length
    const head = this.head
    this.queue = queue.slice(head).concat(queue.slice(0, head), new Array(size).fill(undefined))
    this.head = 0
    this.tail = size
  }

  private release(): void {
    this.depth--
    while (this.depth === 0 && this.head !== this.tail) {
      const queue = this.queue
      const head = this.head
      const job = queue[head] as Job<unknown, unknown>
      const first = queue[head + 1]
      const second = queue[head + 2]
      queue[head] = queue[head + 1] = queue[head + 2] = undefined
      this.head = head + 3 === queue.length ? 0 : head + 3
      this.depth++
      try {
        job(first, second)
      } finally {
        this.depth--
      }
    }
  }
}
