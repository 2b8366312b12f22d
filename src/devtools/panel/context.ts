/** What every view of the panel reads: the data, the filter, the selection. */
import type { InspectorSnapshot, TaskSnapshot } from '../../monitor/types.js'
import type { PanelSource } from '../session.js'

export type PanelView = 'tasks' | 'timeline' | 'actions'

export type Selection = { kind: 'action'; id: number } | { kind: 'task'; id: number } | undefined

export interface ViewContext {
  source: PanelSource
  snapshot: InspectorSnapshot
  /** Lower-cased filter text: matches saga names and action types. */
  filter: string
  selected: Selection
  select(selection: Selection): void
  /** Timeline zoom: 1 fits the recording in the view. */
  zoom: number
  /** Multiplies the zoom by `factor`; `0` fits the recording again. */
  zoomBy(factor: number): void
}

export const matches = (ctx: ViewContext, text: string) =>
  ctx.filter === '' || text.toLowerCase().includes(ctx.filter)

/** True if the task or one of its descendants matches the filter. */
export function taskMatches(ctx: ViewContext, task: TaskSnapshot): boolean {
  return matches(ctx, task.name) || task.children.some((child) => taskMatches(ctx, child))
}

export function flatten(tasks: readonly TaskSnapshot[], into: TaskSnapshot[] = []): TaskSnapshot[] {
  for (const task of tasks) {
    into.push(task)
    flatten(task.children, into)
  }
  return into
}

export function findTask(ctx: ViewContext, id: number): TaskSnapshot | undefined {
  return flatten(ctx.snapshot.roots).find((task) => task.id === id)
}
