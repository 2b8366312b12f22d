/**
 * What the panel draws, from a live inspector or from a recorded session, and the session as
 * JSON: `exportSession(inspector)` writes one (payloads masked), `loadSession(json)` reads it
 * back, so a recording attached to a bug report opens in the panel as it was.
 */
import type { ActionEffects, ActionSummary, WhyLink } from '../monitor/causality-types.js'
import type { Inspector } from '../monitor/inspector.js'
import type { InspectorSnapshot, TaskSnapshot } from '../monitor/types.js'
import { maskSecrets } from './mask.js'

/** Everything the panel reads; a live inspector and a loaded session both provide it. */
export interface PanelSource {
  snapshot(): InspectorSnapshot
  actions(): ActionSummary[]
  why(actionId: number): WhyLink[]
  effectsOf(actionId: number): ActionEffects | undefined
  startOf(taskId: number): WhyLink[]
  /** The action's payload, secrets masked. */
  payload(actionId: number): unknown
  /** Present on a live source: calls `listener` after changes; returns the unsubscribe. */
  subscribe?(listener: () => void): () => void
}

/** A recorded session, as JSON. */
export interface SagaSession {
  format: 'sagaloop-session'
  version: 1
  snapshot: InspectorSnapshot
  actions: {
    action: ActionSummary
    payload: unknown
    why: WhyLink[]
    effects: ActionEffects | undefined
  }[]
  /** Why each task of the snapshot started, by task id. */
  starts: Record<string, WhyLink[]>
}

/** The panel's view of a live inspector. */
export function liveSource(inspector: Inspector): PanelSource {
  return {
    snapshot: () => inspector.snapshot(),
    actions: () => inspector.actions(),
    why: (id) => inspector.why(id),
    effectsOf: (id) => inspector.effectsOf(id),
    startOf: (id) => inspector.startOf(id),
    payload: (id) => maskSecrets(inspector.actionObject(id)),
    subscribe: (listener) => inspector.subscribe(listener),
  }
}

function eachTask(tasks: readonly TaskSnapshot[], visit: (task: TaskSnapshot) => void): void {
  for (const task of tasks) {
    visit(task)
    eachTask(task.children, visit)
  }
}

/** Records what `source` knows now as a session; payloads are masked. */
export function exportSession(source: PanelSource): SagaSession {
  const snapshot = source.snapshot()
  const starts: Record<string, WhyLink[]> = {}
  eachTask(snapshot.roots, (task) => {
    starts[String(task.id)] = source.startOf(task.id)
  })
  return {
    format: 'sagaloop-session',
    version: 1,
    snapshot,
    actions: source.actions().map((action) => ({
      action,
      payload: source.payload(action.id),
      why: source.why(action.id),
      effects: source.effectsOf(action.id),
    })),
    starts,
  }
}

/** Reads a session written by `exportSession` (an object or its JSON text). */
export function loadSession(json: string | SagaSession): PanelSource {
  const session = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<SagaSession>
  if (session.format !== 'sagaloop-session' || session.version !== 1) {
    throw new TypeError(
      `loadSession: not a sagaloop session (expected format "sagaloop-session", version 1; got ${JSON.stringify(session.format)}, ${JSON.stringify(session.version)}).`,
    )
  }
  const { snapshot, actions = [], starts = {} } = session as SagaSession
  const byId = new Map(actions.map((entry) => [entry.action.id, entry]))
  return {
    snapshot: () => snapshot,
    actions: () => actions.map((entry) => entry.action),
    why: (id) => byId.get(id)?.why ?? [],
    effectsOf: (id) => byId.get(id)?.effects,
    startOf: (id) => starts[String(id)] ?? [],
    payload: (id) => byId.get(id)?.payload,
  }
}
