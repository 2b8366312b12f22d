/**
 * The generator `testSaga` steps through, and its history of resumptions: going back, saving
 * and restoring a branch all start the saga over and replay the history, so a branch is
 * explored without copying a generator (which cannot be copied).
 */
import type { AnyFunction } from '../../effects/descriptors.js'
import { brief } from '../describe-value.js'
import { SagaAssertionError } from '../diff.js'

export type Method = 'next' | 'throw' | 'return'
export interface Resume {
  method: Method
  arg: unknown
}

export class SagaStepper {
  private iterator: Iterator<unknown, unknown, unknown>
  private history: Resume[] = []
  private result: IteratorResult<unknown, unknown> | undefined
  private readonly saved = new Map<string, Resume[]>()

  constructor(
    private readonly saga: AnyFunction,
    private args: unknown[],
  ) {
    this.iterator = this.start()
  }

  /** How many steps (`next`, `throw`, `return`) were taken since the start. */
  get steps(): number {
    return this.history.length
  }

  get name(): string {
    return this.saga.name || 'saga'
  }

  private start(): Iterator<unknown, unknown, unknown> {
    const iterator = (this.saga as (...args: unknown[]) => unknown)(...this.args)
    if (typeof iterator !== 'object' || iterator === null || !('next' in iterator)) {
      throw new TypeError(
        `testSaga(${this.name}): the saga returned ${brief(iterator)}, not a generator. Pass a generator function (function*).`,
      )
    }
    return iterator as Iterator<unknown, unknown, unknown>
  }

  resume(resume: Resume): void {
    this.history.push(resume)
    const { method, arg } = resume
    const iterator = this.iterator
    if (method === 'next') this.result = iterator.next(arg)
    else if (method === 'throw') {
      if (iterator.throw === undefined) throw arg
      this.result = iterator.throw(arg)
    } else this.result = iterator.return ? iterator.return(arg) : { done: true, value: arg }
  }

  replay(history: Resume[]): void {
    this.iterator = this.start()
    this.history = []
    this.result = undefined
    for (const resume of history) this.resume(resume)
  }

  /** Starts over; with `args`, the saga gets those from now on (also when a branch is replayed). */
  restart(args: unknown[]): void {
    if (args.length > 0) this.args = args
    this.replay([])
  }

  back(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > this.history.length) {
      throw new Error(
        `testSaga(${this.name}).back(${String(n)}): can go back 0 to ${this.history.length} steps from step ${this.history.length}.`,
      )
    }
    this.replay(this.history.slice(0, this.history.length - n))
  }

  save(label: string): void {
    this.saved.set(label, [...this.history])
  }

  restore(label: string): void {
    const history = this.saved.get(label)
    if (history === undefined) {
      const known = [...this.saved.keys()].map((key) => JSON.stringify(key)).join(', ')
      throw new Error(
        `testSaga(${this.name}).restore(${JSON.stringify(label)}): nothing was saved under this label (saved: ${known || 'none'}). Call .save(label) first.`,
      )
    }
    this.replay(history)
  }

  /** `step 3, after .next({"id":1})`: where the failing assertion was. */
  where(): string {
    const last = this.history[this.history.length - 1]
    if (last === undefined) return 'before the first step: call .next() first'
    const arg = last.arg === undefined ? '' : brief(last.arg)
    return `step ${this.history.length}, after .${last.method}(${arg})`
  }

  current(assertion: string): IteratorResult<unknown, unknown> {
    if (this.result === undefined) {
      throw new SagaAssertionError(
        `testSaga(${this.name}).${assertion}: the saga has not started. Call .next() before asserting what it yields.`,
      )
    }
    return this.result
  }
}
