/**
 * `createInspector()`: a `SagaMonitor` that keeps the live task tree and a bounded effect log.
 *
 * Each hook does a map update and, at most, one allocation: effects are described and the tree
 * is built only when someone asks for a `snapshot()`. Listeners are told at most once per
 * microtask (see `Notifier`).
 */
import type { EffectTriggeredInfo, SagaMonitor } from '../types.js'
import { isTask } from '../effects/tasks.js'
import { TaskNode, effectType, isCombinator, type EffectRecord } from './tree.js'
import { TaskForest } from './forest.js'
import { taskName, toSnapshot } from './snapshot.js'
import type { InspectorSnapshot } from './types.js'
import { createCausality } from './causality.js'
import type { CausalityQueries } from './causality-types.js'
import { defaultClock, elapsedSince } from './clock.js'
import { EntryLog } from './entry-log.js'
import { Notifier } from './notifier.js'

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

export function createInspector(options: InspectorOptions = {}): Inspector {
  const keepFinished = Math.max(0, options.keepFinished ?? 20)
  const clock = options.now ?? defaultClock()
  const now = elapsedSince(clock)
  // Causality is a monitor of its own; the inspector forwards each hook to it.
  const causality = createCausality({ maxAge: options.maxAge, now: clock })

  const effects = new Map<number, EffectRecord>()
  const forest = new TaskForest(keepFinished, effects)
  const nodes = forest.nodes
  const log = new EntryLog(Math.max(0, options.logSize ?? 500))
  const notifier = new Notifier(now)
  let seq = 0
  let actionCount = 0

  function addNode(node: TaskNode): void {
    forest.add(node, now)
    notifier.touch(node)
  }

  /** The task an effect belongs to; its first effect is how a called saga is discovered. */
  function ownerOf(parentId: number): TaskNode | undefined {
    const node = nodes.get(parentId)
    if (node !== undefined) return node
    const parent = effects.get(parentId)
    if (parent === undefined) return undefined
    const type = effectType(parent.effect)
    if (isCombinator(type)) return parent.owner
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
    notifier.touch(entry?.owner)
    notifier.touch(node)
    notifier.notify()
  }

  const inspector: Inspector = {
    rootSagaStarted(info) {
      causality.rootSagaStarted(info)
      const { effectId, saga } = info
      addNode(new TaskNode(effectId, saga.name || 'anonymous', 'root', undefined, now()))
      notifier.notify()
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
      log.add(entry)
      if (owner !== undefined && parentEffectId === owner.id) owner.current = entry
      else effects.get(parentEffectId)?.branches?.push(entry)
      const type = effectType(effect)
      if (isCombinator(type)) entry.branches = []
      if (type === 'FORK') {
        const detached = (effect as { payload?: { detached?: boolean } }).payload?.detached
        addNode(new TaskNode(effectId, taskName(entry), detached ? 'spawn' : 'fork', owner, now()))
      }
      notifier.notify()
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
      log.add({ kind: 'action', id: ++actionCount, seq: ++seq, at: now(), action })
      notifier.notify()
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
      return toSnapshot(at, forest.roots, log.ordered())
    },

    subscribe(listener) {
      return notifier.subscribe(listener)
    },

    clear() {
      forest.keepLive()
      causality.clear()
      log.clear()
      notifier.notify()
    },
  }
  return inspector
}
