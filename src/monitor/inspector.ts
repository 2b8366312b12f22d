/**
 * `createInspector()`: a `SagaMonitor` that keeps the live task tree and a bounded effect log.
 *
 * Each hook does a map update and, at most, one allocation: effects are described and the tree
 * is built only when someone asks for a `snapshot()`. Listeners are told at most once per
 * microtask, after the runtime has finished the synchronous work an event started (so a task
 * that ends right after its last effect resolved is seen as ended).
 */
import type { EffectTriggeredInfo, SagaMonitor } from '../types.js'
import { isTask } from '../effects/tasks.js'
import { TaskNode, effectType, type ActionRecord, type EffectRecord } from './tree.js'
import { TaskForest } from './forest.js'
import { taskName, toSnapshot } from './snapshot.js'
import type { InspectorSnapshot } from './types.js'
import { createCausality } from './causality.js'
import type { CausalityQueries } from './causality-types.js'

export interface InspectorOptions {
  /** How many log entries (effects and actions) to keep, newest last. Default 500. */
  logSize?: number
  /** How many ended tasks to keep under each parent (and at the top). Default 20. */
  keepFinished?: number
  /** The clock, in milliseconds. Default `performance.now` (or `Date.now`). */
  now?: () => number
  /** How many actions `why()` and `effectsOf()` remember. Default 1000. */
  maxAge?: number
}

/** A saga monitor that records the task tree; pass it as `sagaMonitor`. */
export interface Inspector extends Required<SagaMonitor>, CausalityQueries {
  /** The tree and the log as plain, JSON-safe data. */
  snapshot(): InspectorSnapshot
  /** Calls `listener` after changes, at most once per microtask; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  /** Forgets ended tasks and the log; running tasks stay. */
  clear(): void
}

const COMBINATORS = new Set(['ALL', 'RACE'])

function defaultClock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance
  return perf ? () => perf.now() : () => Date.now()
}

export function createInspector(options: InspectorOptions = {}): Inspector {
  const logSize = Math.max(0, options.logSize ?? 500)
  const keepFinished = Math.max(0, options.keepFinished ?? 20)
  const clock = options.now ?? defaultClock()
  const origin = clock()
  const now = () => Math.round((clock() - origin) * 10) / 10
  // Causality is a monitor of its own; the inspector forwards each hook to it.
  const causality = createCausality({ maxAge: options.maxAge, now: clock })

  const effects = new Map<number, EffectRecord>()
  const forest = new TaskForest(keepFinished, effects)
  const nodes = forest.nodes
  // The log is a ring: `log[next]` is overwritten once it is full.
  let log: (EffectRecord | ActionRecord)[] = []
  let next = 0
  let seq = 0
  let actionCount = 0
  const listeners = new Set<() => void>()
  let scheduled = false

  function record(entry: EffectRecord | ActionRecord): void {
    if (logSize === 0) return
    if (log.length < logSize) log.push(entry)
    else log[next] = entry
    next = (next + 1) % logSize
  }

  function orderedLog(): (EffectRecord | ActionRecord)[] {
    return log.length < logSize ? log.slice() : [...log.slice(next), ...log.slice(0, next)]
  }

  // The tasks whose effects moved since the last notification: only they (and their
  // ancestors) can have ended, so a notification costs what changed, not the size of the tree.
  let touched = new Set<TaskNode>()

  function touch(node: TaskNode | undefined): void {
    if (node !== undefined && listeners.size > 0) touched.add(node)
  }

  function notify(): void {
    if (listeners.size === 0 || scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      const at = now()
      const changed = touched
      touched = new Set()
      for (let node of changed) {
        for (;;) {
          if (node.endedAt === undefined && node.end() !== undefined) node.endedAt = at
          if (node.parent === undefined) break
          node = node.parent
        }
      }
      for (const listener of [...listeners]) listener()
    })
  }

  function addNode(node: TaskNode): void {
    forest.add(node, now)
    touch(node)
  }

  /** The task an effect belongs to; its first effect is how a called saga is discovered. */
  function ownerOf(parentId: number): TaskNode | undefined {
    const node = nodes.get(parentId)
    if (node !== undefined) return node
    const parent = effects.get(parentId)
    if (parent === undefined) return undefined
    const type = effectType(parent.effect)
    if (type !== undefined && COMBINATORS.has(type)) return parent.owner
    // Only a `call` of a generator (or a yielded iterator) runs effects under its own id.
    const called = new TaskNode(parentId, taskName(parent), 'call', parent.owner, parent.at)
    addNode(called)
    return called
  }

  function settle(id: number, outcome: 'resolved' | 'rejected' | 'cancelled', value: unknown) {
    const entry = effects.get(id)
    const node = nodes.get(id)
    if (entry !== undefined) {
      effects.delete(id)
      entry.outcome = outcome
      entry.result = value
      if (entry.owner?.current === entry) entry.owner.current = undefined
    }
    if (node !== undefined) {
      if (outcome === 'resolved' && isTask(value)) node.task = value
      // A fork step that is cancelled was never resolved: its child failed at once, and the
      // parent's end tells the story (see `TaskNode.end`).
      else if (node.kind === 'call' || outcome === 'rejected') {
        node.ended =
          outcome === 'resolved' ? 'done' : outcome === 'rejected' ? 'failed' : 'cancelled'
        node.error = outcome === 'rejected' ? value : undefined
        node.endedAt = now()
      }
    }
    touch(entry?.owner)
    touch(node)
    notify()
  }

  const inspector: Inspector = {
    rootSagaStarted(info) {
      causality.rootSagaStarted(info)
      const { effectId, saga } = info
      addNode(new TaskNode(effectId, saga.name || 'anonymous', 'root', undefined, now()))
      notify()
    },

    effectTriggered(info: EffectTriggeredInfo) {
      causality.effectTriggered(info)
      const { effectId, parentEffectId, label, effect } = info
      const owner = ownerOf(parentEffectId)
      const entry: EffectRecord = {
        kind: 'effect',
        seq: ++seq,
        at: now(),
        id: effectId,
        parentId: parentEffectId,
        owner,
        label: label === '' ? undefined : label,
        effect,
        outcome: 'pending',
        result: undefined,
        branches: undefined,
        text: undefined,
        detail: undefined,
      }
      effects.set(effectId, entry)
      record(entry)
      if (owner !== undefined && parentEffectId === owner.id) owner.current = entry
      else effects.get(parentEffectId)?.branches?.push(entry)
      const type = effectType(effect)
      if (type !== undefined && COMBINATORS.has(type)) entry.branches = []
      if (type === 'FORK') {
        const detached = (effect as { payload?: { detached?: boolean } }).payload?.detached
        addNode(new TaskNode(effectId, taskName(entry), detached ? 'spawn' : 'fork', owner, now()))
      }
      notify()
    },

    effectResolved(effectId, result) {
      causality.effectResolved(effectId, result)
      settle(effectId, 'resolved', result)
    },

    effectRejected(effectId, error) {
      causality.effectRejected(effectId, error)
      settle(effectId, 'rejected', error)
    },

    effectCancelled(effectId) {
      causality.effectCancelled(effectId)
      settle(effectId, 'cancelled', undefined)
    },

    actionDispatched(action) {
      causality.actionDispatched(action)
      record({ kind: 'action', id: ++actionCount, seq: ++seq, at: now(), action })
      notify()
    },

    why: causality.why,
    effectsOf: causality.effectsOf,
    actionOf: causality.actionOf,
    startOf: causality.startOf,
    actionObject: causality.actionObject,
    actions: causality.actions,

    snapshot() {
      const at = now()
      forest.sweep(at)
      return toSnapshot(at, forest.roots, orderedLog())
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },

    clear() {
      forest.keepLive()
      causality.clear()
      log = []
      next = 0
      notify()
    },
  }
  return inspector
}
