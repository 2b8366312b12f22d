/**
 * The scheduling queue. Work scheduled while another piece of work runs (a `put` made by a saga
 * that was itself woken by a `put`) waits until the running one has finished, then runs in
 * order. This is what makes puts atomic: every taker registered during a step sees the next
 * action, and nested puts never interleave.
 *
 * One scheduler per runtime (per store): two stores in one process never share a queue.
 * The queue holds (function, argument, argument) triples in one flat array, so that scheduling
 * needs no closure and no entry object: a `put` schedules a module-level function with its step
 * and payload.
 */
type Job<A, B> = (first: A, second: B) => void

export class Scheduler {
  /** How many locks are held; the queue drains only when it falls back to 0. */
  depth = 0
  /**
   * Entries live in [head, tail). The array is never shrunk: emptied slots are cleared and both
   * indexes go back to 0 once it drains, so a steady flow of puts reuses the same backing store
   * instead of reallocating it (`length = 0` freed it on every drain: garbage per dispatch).
   */
  private readonly queue: unknown[] = []
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
    if (tail === queue.length) queue.push(job, first, second)
    else {
      queue[tail] = job
      queue[tail + 1] = first
      queue[tail + 2] = second
    }
    this.tail = tail + 3
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

  private release(): void {
    this.depth--
    const queue = this.queue
    while (this.depth === 0 && this.head < this.tail) {
      const head = this.head
      const job = queue[head] as Job<unknown, unknown>
      const first = queue[head + 1]
      const second = queue[head + 2]
      queue[head] = queue[head + 1] = queue[head + 2] = undefined
      this.head = head + 3
      this.depth++
      try {
        job(first, second)
      } finally {
        this.depth--
      }
    }
    if (this.head === this.tail) this.head = this.tail = 0
  }
}
