/**
 * The inspector's task tree: every node by id, the roots, and the pruning that keeps at most
 * `keepFinished` ended tasks under each parent. Pruning is amortised (a list is pruned when it
 * has doubled since the last time), so forking 100k tasks costs O(1) per fork.
 */
import type { EffectRecord, TaskNode } from './tree.js'

export class TaskForest {
  readonly nodes = new Map<number, TaskNode>()
  roots: TaskNode[] = []
  private rootsPruneAt = 0
  private sweepAt = 256

  constructor(
    private readonly keepFinished: number,
    /** The inspector's pending effects: a full sweep drops those of forgotten tasks. */
    private readonly effects: Map<number, EffectRecord>,
  ) {}

  add(node: TaskNode, at: () => number): void {
    this.nodes.set(node.id, node)
    const parent = node.parent
    if (parent === undefined) {
      this.roots.push(node)
      if (this.roots.length > this.rootsPruneAt) {
        this.roots = this.prune(this.roots)
        this.rootsPruneAt = Math.max(this.keepFinished, this.roots.length * 2)
      }
    } else {
      parent.children.push(node)
      if (parent.children.length > parent.pruneAt) {
        parent.children = this.prune(parent.children)
        parent.pruneAt = Math.max(this.keepFinished, parent.children.length * 2)
      }
    }
    // A full sweep as the tree doubles keeps ended tasks and stale effects bounded.
    const size = this.nodes.size + this.effects.size
    if (size > this.sweepAt) {
      this.sweep(at())
      this.sweepAt = Math.max(256, (this.nodes.size + this.effects.size) * 2)
    }
  }

  /** Notes when tasks ended, prunes every list, and drops effects of forgotten tasks. */
  sweep(at: number): void {
    for (const node of this.nodes.values()) {
      if (node.endedAt === undefined && node.end() !== undefined) node.endedAt = at
      if (node.children.length > this.keepFinished) node.children = this.prune(node.children)
    }
    if (this.roots.length > this.keepFinished) this.roots = this.prune(this.roots)
    for (const [id, entry] of this.effects) {
      if (entry.owner !== undefined && !this.nodes.has(entry.owner.id)) this.effects.delete(id)
    }
  }

  /** Forgets every ended task; running ones (and what runs below them) stay. */
  keepLive(): void {
    const keep = (list: TaskNode[]): TaskNode[] => {
      const live: TaskNode[] = []
      for (const node of list) {
        if (node.isLive()) {
          node.children = keep(node.children)
          live.push(node)
        } else this.forget(node)
      }
      return live
    }
    this.roots = keep(this.roots)
  }

  private forget(node: TaskNode): void {
    this.nodes.delete(node.id)
    for (const child of node.children) this.forget(child)
  }

  /** Keeps at most `keepFinished` ended tasks in `list`, dropping the oldest. */
  private prune(list: TaskNode[]): TaskNode[] {
    const keepFinished = this.keepFinished
    if (list.length <= keepFinished) return list
    let ended = 0
    for (const node of list) if (!node.isLive()) ended++
    if (ended <= keepFinished) return list
    const kept: TaskNode[] = []
    for (const node of list) {
      if (ended > keepFinished && !node.isLive()) {
        ended--
        this.forget(node)
      } else kept.push(node)
    }
    return kept
  }
}
