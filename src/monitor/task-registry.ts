/**
 * The causality tracker's tasks: live ones by id, and ended ones until `maxAge` newer ones
 * have ended (so `startOf(id)` still answers for a task that just finished). Ended tasks are
 * moved out of the live map by a sweep that runs as the map doubles, so the cost is amortised.
 */
import type { TaskRec } from './causality-records.js'

export class TaskRegistry {
  private readonly live = new Map<number, TaskRec>()
  private ended: (TaskRec | undefined)[] = []
  private endedCount = 0
  private sweepAt = 64

  constructor(private readonly maxAge: number) {}

  /** A live task (or one that has ended since the last sweep). */
  get(id: number): TaskRec | undefined {
    return this.live.get(id)
  }

  /** A task by id, live or among the remembered ended ones. */
  find(id: number): TaskRec | undefined {
    return this.live.get(id) ?? this.ended.find((task) => task?.id === id)
  }

  add(rec: TaskRec): void {
    this.live.set(rec.id, rec)
    rec.start.action?.note('started', rec)
    if (this.live.size > this.sweepAt) this.sweep()
  }

  /** Moves `rec` to the ended ones, forgetting the oldest of those. */
  retire(rec: TaskRec): void {
    if (!this.live.delete(rec.id)) return
    const slot = this.endedCount++ % this.maxAge
    const old = this.ended[slot]
    if (old !== undefined && this.live.get(old.id) === undefined) old.forget()
    this.ended[slot] = rec
  }

  /** Forgets the ended tasks; running tasks stay known. */
  clearEnded(): void {
    this.ended = []
  }

  /** Moves ended tasks out of the live map. */
  private sweep(): void {
    for (const rec of this.live.values()) {
      const status = rec.task?.status
      if (status !== undefined && status !== 'running') this.retire(rec)
    }
    this.sweepAt = Math.max(64, this.live.size * 2)
  }
}
