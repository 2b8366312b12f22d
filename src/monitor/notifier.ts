/**
 * How the inspector tells its listeners: at most once per microtask, after the runtime has
 * finished the synchronous work an event started (so a task that ends right after its last
 * effect resolved is seen as ended).
 *
 * Only the tasks whose effects moved since the last notification (and their ancestors) can have
 * ended, so a notification costs what changed, not the size of the tree.
 */
import type { TaskNode } from './tree.js'

export class Notifier {
  private readonly listeners = new Set<() => void>()
  private touched = new Set<TaskNode>()
  private scheduled = false

  /** `now`: the inspector's clock, to date the tasks found ended. */
  constructor(private readonly now: () => number) {}

  /** Calls `listener` after changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** Notes that `node`'s effects moved, so it may have ended. */
  touch(node: TaskNode | undefined): void {
    if (node !== undefined && this.listeners.size > 0) this.touched.add(node)
  }

  /** Tells the listeners in a microtask, unless that is already scheduled. */
  notify(): void {
    if (this.listeners.size === 0 || this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => {
      this.scheduled = false
      const at = this.now()
      const changed = this.touched
      this.touched = new Set()
      for (let node of changed) {
        for (;;) {
          if (node.endedAt === undefined && node.end() !== undefined) node.endedAt = at
          if (node.parent === undefined) break
          node = node.parent
        }
      }
      for (const listener of [...this.listeners]) listener()
    })
  }
}
