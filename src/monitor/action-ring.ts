/**
 * The causality tracker's memory of actions: the last `maxAge` records, found by `#id` or by
 * the action object's identity. An evicted record is emptied (`forget`), so a newer record that
 * still points at it holds only a shell.
 */
import type { ActionRec } from './causality-records.js'
import type { ActionSummary } from './causality-types.js'

export class ActionRing {
  // A ring indexed by `(id - 1) % maxAge`.
  private ring: (ActionRec | undefined)[] = []
  private byObject = new WeakMap<object, ActionRec>()
  /** The `#id` of the newest action; ids count dispatches from 1. */
  private lastId = 0

  constructor(private readonly maxAge: number) {}

  /** The `#id` of the action being dispatched now. */
  nextId(): number {
    return ++this.lastId
  }

  /** The record of `action`: its `#id`, or the action object itself. */
  lookup(action: unknown): ActionRec | undefined {
    if (typeof action === 'number') {
      const { lastId, maxAge } = this
      if (action > lastId || action <= lastId - maxAge || action < 1) return undefined
      return this.ring[(action - 1) % maxAge]
    }
    if ((typeof action === 'object' && action !== null) || typeof action === 'function')
      return this.byObject.get(action)
    return undefined
  }

  /** Files `rec` (its id from `nextId()`), evicting the oldest record. */
  add(rec: ActionRec): void {
    const slot = (rec.id - 1) % this.maxAge
    const old = this.ring[slot]
    if (old !== undefined) {
      if (old.object !== undefined) this.byObject.delete(old.object)
      old.forget()
    }
    this.ring[slot] = rec
    if (rec.object !== undefined) this.byObject.set(rec.object, rec)
  }

  /** The remembered actions, oldest first. */
  list(): ActionSummary[] {
    const list: ActionSummary[] = []
    for (let id = Math.max(1, this.lastId - this.maxAge + 1); id <= this.lastId; id++) {
      const rec = this.ring[(id - 1) % this.maxAge]
      if (rec !== undefined) list.push(rec.summary())
    }
    return list
  }

  /** Forgets every record; ids keep counting. */
  clear(): void {
    for (const rec of this.ring) rec?.forget()
    this.ring = []
    this.byObject = new WeakMap()
  }
}
