/** The inspector's log: the last `size` effects and actions, a ring overwritten once full. */
import type { ActionRecord, EffectRecord } from './tree.js'

export type LogRecord = EffectRecord | ActionRecord

export class EntryLog {
  private log: LogRecord[] = []
  // `log[next]` is the oldest entry once the ring is full, the next to be overwritten.
  private next = 0

  constructor(private readonly size: number) {}

  add(entry: LogRecord): void {
    if (this.size === 0) return
    if (this.log.length < this.size) this.log.push(entry)
    else this.log[this.next] = entry
    this.next = (this.next + 1) % this.size
  }

  /** The entries, oldest first. */
  ordered(): LogRecord[] {
    const { log, next } = this
    return log.length < this.size ? log.slice() : [...log.slice(next), ...log.slice(0, next)]
  }

  clear(): void {
    this.log = []
    this.next = 0
  }
}
