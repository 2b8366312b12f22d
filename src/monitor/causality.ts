/**
 * `createCausality()`: a `SagaMonitor` that records why each action was dispatched and what it
 * made happen, from the monitor hooks alone:
 *
 * - a `put` is triggered before its action reaches the store, so `actionDispatched` finds the
 *   pending put by the action object's identity: that put's task is the action's origin;
 * - a `take` that resolves with a recorded action woke its task for that action;
 * - a `fork` (or a called saga) starts a task for whatever its parent was running for: the last
 *   action the parent took, or else what started the parent.
 *
 * Memory is bounded: the last `maxAge` actions are kept (`ActionRing`), and ended tasks until
 * `maxAge` newer ones have ended (`TaskRegistry`).
 */
import type { EffectTriggeredInfo, SagaMonitor, Task } from '../types.js'
import { isEnd } from '../channels/end.js'
import { isTask } from '../effects/tasks.js'
import { taskName } from '../runtime/describe.js'
import { effectType, isCombinator } from './tree.js'
import { ActionRec, TaskRec, causeOf, type Cause } from './causality-records.js'
import { effectsSummary, whyChain } from './causality-chain.js'
import type { CausalityQueries } from './causality-types.js'
import { ActionRing } from './action-ring.js'
import { TaskRegistry } from './task-registry.js'
import { defaultClock, elapsedSince } from './clock.js'

export interface CausalityOptions {
  /** How many actions to remember, newest kept. Default 1000 (Redux DevTools' `maxAge` is 50). */
  maxAge?: number
  /** The clock, in milliseconds. Default `performance.now` (or `Date.now`). */
  now?: () => number
}

/** A saga monitor answering `why(action)` and `effectsOf(action)`; pass it as `sagaMonitor`. */
export interface Causality extends Required<SagaMonitor>, CausalityQueries {
  /** Forgets every recorded action; running tasks stay known. */
  clear(): void
}

interface Pending {
  readonly owner: TaskRec | undefined
  readonly type: string | undefined
  readonly effect: unknown
  called: TaskRec | undefined
}

function payloadOf(effect: unknown): Record<string, unknown> {
  return ((effect as { payload?: unknown }).payload ?? {}) as Record<string, unknown>
}

export function createCausality(options: CausalityOptions = {}): Causality {
  const maxAge = Math.max(1, Math.floor(options.maxAge ?? 1000))
  const now = elapsedSince(options.now ?? defaultClock())
  const actions = new ActionRing(maxAge)
  const tasks = new TaskRegistry(maxAge)
  const pending = new Map<number, Pending>()
  const pendingPuts = new Map<unknown, { owner: TaskRec; effectId: number }>()

  /** The task an effect belongs to; a called saga is discovered by its first effect. */
  function ownerOf(parentId: number): TaskRec | undefined {
    const rec = tasks.get(parentId)
    if (rec !== undefined) return rec
    const parent = pending.get(parentId)
    if (parent === undefined) return undefined
    if (isCombinator(parent.type)) return parent.owner
    if (parent.called !== undefined) return parent.called
    const called = new TaskRec(parentId, taskName(payloadOf(parent.effect)), 'call', parent.owner)
    called.start = forkCause(called, parent.owner, parentId, 'call')
    parent.called = called
    tasks.add(called)
    return called
  }

  function forkCause(
    task: TaskRec,
    parent: TaskRec | undefined,
    effectId: number,
    how: 'fork' | 'spawn' | 'call',
  ): Cause {
    if (parent === undefined) return { kind: 'root', task, action: undefined }
    const then = causeOf(parent)
    return { kind: 'forked', task, parent, effectId, how, then, action: then.action }
  }

  function settled(effectId: number): Pending | undefined {
    const entry = pending.get(effectId)
    if (entry === undefined) return undefined
    pending.delete(effectId)
    if (entry.called !== undefined) tasks.retire(entry.called)
    if (entry.type === 'PUT') pendingPuts.delete(payloadOf(entry.effect).action)
    return entry
  }

  const monitor: Causality = {
    rootSagaStarted({ effectId, saga }) {
      const rec = new TaskRec(effectId, saga.name || 'anonymous', 'root', undefined)
      rec.start = { kind: 'root', task: rec, action: undefined }
      tasks.add(rec)
    },

    effectTriggered({ effectId, parentEffectId, effect }: EffectTriggeredInfo) {
      const owner = ownerOf(parentEffectId)
      const type = effectType(effect)
      pending.set(effectId, { owner, type, effect, called: undefined })
      if (owner === undefined) return
      if (type === 'FORK') {
        const payload = payloadOf(effect)
        const how = payload.detached === true ? 'spawn' : 'fork'
        const rec = new TaskRec(effectId, taskName(payload), how, owner)
        rec.start = forkCause(rec, owner, effectId, how)
        tasks.add(rec)
      } else if (type === 'PUT') {
        const payload = payloadOf(effect)
        if (payload.channel === undefined) pendingPuts.set(payload.action, { owner, effectId })
      }
    },

    effectResolved(effectId, result) {
      const entry = settled(effectId)
      if (entry === undefined) {
        // A root's task is handed over without an effect of its own.
        if (isTask(result)) {
          const rec = tasks.get(effectId)
          if (rec !== undefined) rec.task = result
        }
        return
      }
      const owner = entry.owner
      if (entry.type === 'FORK' && isTask(result)) {
        const rec = tasks.get(effectId)
        if (rec !== undefined) rec.task = result as Task
      } else if (entry.type === 'TAKE' && owner !== undefined) {
        const action = actions.lookup(result)
        if (action !== undefined) {
          owner.wake = { kind: 'took', task: owner, effectId, action }
          action.note('woke', owner, effectId)
        } else if (!isEnd(result)) {
          const then = owner.start
          owner.wake = { kind: 'message', task: owner, effectId, then, action: then.action }
        }
      }
    },

    effectRejected(effectId) {
      settled(effectId)
    },

    effectCancelled(effectId) {
      settled(effectId)
    },

    actionDispatched(action) {
      const put = pendingPuts.get(action)
      if (put !== undefined) pendingPuts.delete(action)
      const type = (action as { type?: unknown } | null)?.type
      const id = actions.nextId()
      const cause = put !== undefined ? causeOf(put.owner) : undefined
      const rec = new ActionRec(id, String(type), now(), action, put?.owner, put?.effectId, cause)
      actions.add(rec)
      if (cause?.action !== undefined && put !== undefined)
        cause.action.note('put', put.owner, put.effectId, rec)
    },

    why(action) {
      const rec = actions.lookup(action)
      return rec === undefined ? [] : whyChain(rec)
    },

    effectsOf(action) {
      const rec = actions.lookup(action)
      return rec === undefined ? undefined : effectsSummary(rec)
    },

    actionOf(action) {
      const rec = actions.lookup(action)
      return rec === undefined ? undefined : rec.summary()
    },

    actionObject(id) {
      return actions.lookup(id)?.object
    },

    startOf(taskId) {
      const rec = tasks.find(taskId)
      return rec === undefined ? [] : whyChain(undefined, rec.start)
    },

    actions() {
      return actions.list()
    },

    clear() {
      actions.clear()
      tasks.clearEnded()
    },
  }
  return monitor
}
