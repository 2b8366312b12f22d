/**
 * The worker a keyed helper forks, watched so that the key's entry goes the moment the worker
 * ends: the table of `keyed.ts` then holds running workers only.
 */
import type { Pattern, TakeableChannel, Task } from '../../types.js'
import { isIterator } from '../../kernel/values.js'

export type Worker = (...args: never[]) => unknown
export type Source = Pattern | TakeableChannel<unknown>
export type KeyOf = (action: never) => unknown
type Call = (...args: unknown[]) => unknown

/** What the keyed helpers share: the helper's name, its pattern, key function and worker. */
export interface KeyedRun {
  readonly helper: string
  readonly source: Source
  readonly keyOf: KeyOf
  readonly worker: Worker
  readonly args: unknown[]
}

/** A key's running worker. The entry, not the task, is what the worker's `finally` compares. */
export interface KeyedEntry {
  task: Task | undefined
}

export type Table = Map<unknown, KeyedEntry>

/**
 * The worker's own iterator, seen through: when it finishes (returns, throws, or ends after a
 * cancel's `return()`), the key is forgotten at once. No promise per worker (a burst of
 * dispatches between two microtasks would keep every replaced worker alive until it ends) and
 * no extra saga step: the runtime drives this object as it would drive the worker's generator.
 */
class Evicting implements Iterator<unknown, unknown, unknown> {
  constructor(
    private readonly inner: Iterator<unknown, unknown, unknown>,
    private readonly table: Table,
    private readonly key: unknown,
    private readonly entry: KeyedEntry,
  ) {}

  private evict(): void {
    if (this.table.get(this.key) === this.entry) this.table.delete(this.key)
  }

  private seen(result: IteratorResult<unknown, unknown>): IteratorResult<unknown, unknown> {
    if (result.done === true) this.evict()
    return result
  }

  next(value?: unknown): IteratorResult<unknown, unknown> {
    try {
      return this.seen(this.inner.next(value))
    } catch (error) {
      this.evict()
      throw error
    }
  }

  throw(error?: unknown): IteratorResult<unknown, unknown> {
    try {
      if (this.inner.throw === undefined) throw error
      return this.seen(this.inner.throw(error))
    } catch (thrown) {
      this.evict()
      throw thrown
    }
  }

  return(value?: unknown): IteratorResult<unknown, unknown> {
    try {
      if (this.inner.return === undefined) return this.seen({ done: true, value })
      return this.seen(this.inner.return(value))
    } catch (error) {
      this.evict()
      throw error
    }
  }
}

/** What the helper forks: the worker, named after it, with its end forgetting the key. */
export function workerRunner(run: KeyedRun): (...args: never[]) => unknown {
  const worker = run.worker as Call
  function runWorker(table: Table, key: unknown, entry: KeyedEntry, action: unknown): unknown {
    const result = worker(...run.args, action)
    if (isIterator(result)) return new Evicting(result, table, key, entry)
    const evict = () => {
      if (table.get(key) === entry) table.delete(key)
    }
    // A promise-returning worker runs until it settles; any other value ends it at once.
    if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function')
      (result as PromiseLike<unknown>).then(evict, evict)
    return result
  }
  // The task is named after the worker, as the task `takeLatest` forks is.
  Object.defineProperty(runWorker, 'name', { value: run.worker.name || 'worker' })
  return runWorker
}
