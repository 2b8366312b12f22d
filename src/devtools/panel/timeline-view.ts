/**
 * The timeline: one row per task, its lifetime as a bar on a shared time axis, its effects as
 * marks on the bar, and the dispatched actions as marks on a lane of their own. Zoom widens the
 * track; the view scrolls sideways.
 */
import type { LogEntry } from '../../monitor/types.js'
import { flatten, matches, type ViewContext } from './context.js'
import { formatDuration, h } from './dom.js'

type EffectEntry = Extract<LogEntry, { kind: 'effect' }>
type ActionEntry = Extract<LogEntry, { kind: 'action' }>

export function timelineView(ctx: ViewContext): HTMLElement {
  const { snapshot } = ctx
  const tasks = flatten(snapshot.roots).filter((task) => matches(ctx, task.name))
  const start = Math.min(snapshot.at, ...tasks.map((task) => task.startedAt))
  const span = Math.max(1, snapshot.at - start)
  const x = (at: number) => `${(((at - start) / span) * 100).toFixed(3)}%`
  const width = (from: number, to: number) => `${Math.max(0.2, ((to - from) / span) * 100)}%`

  const effectsByTask = new Map<number, EffectEntry[]>()
  const actions: ActionEntry[] = []
  for (const entry of snapshot.log) {
    if (entry.kind === 'action') {
      if (matches(ctx, entry.type)) actions.push(entry)
    } else if (entry.taskId !== null) {
      const list = effectsByTask.get(entry.taskId) ?? []
      list.push(entry)
      effectsByTask.set(entry.taskId, list)
    }
  }

  const track = (...children: HTMLElement[]) =>
    h('div', { class: 'tl-track', style: `width:calc(${ctx.zoom} * (100% - 150px))` }, ...children)
  const isSelected = (kind: 'task' | 'action', id: number) =>
    ctx.selected?.kind === kind && ctx.selected.id === id

  const actionLane = h(
    'div',
    { class: 'tl-row tl-actions' },
    h('div', { class: 'tl-label' }, `actions (${actions.length})`),
    track(
      ...actions.map((action) =>
        h('button', {
          class: `tl-action${isSelected('action', action.id) ? ' is-selected' : ''}`,
          style: `left:${x(action.at)}`,
          title: `#${action.id} ${action.type} at ${formatDuration(action.at)}`,
          'data-action-id': action.id,
          onclick: () => ctx.select({ kind: 'action', id: action.id }),
        }),
      ),
    ),
  )

  const rows = tasks.map((task) => {
    const end = task.endedAt ?? snapshot.at
    const marks = (effectsByTask.get(task.id) ?? []).map((effect) =>
      h('span', {
        class: `tl-mark tl-mark--${effect.outcome}`,
        style: `left:${x(effect.at)}`,
        title: `${effect.text} (${effect.outcome}) at ${formatDuration(effect.at)}`,
      }),
    )
    return h(
      'div',
      { class: 'tl-row', 'data-task': task.name, 'data-task-id': task.id },
      h('div', { class: 'tl-label', title: task.name }, task.name),
      track(
        h('button', {
          class: `tl-bar badge--${task.state}${isSelected('task', task.id) ? ' is-selected' : ''}`,
          style: `left:${x(task.startedAt)};width:${width(task.startedAt, end)}`,
          title: `${task.name}: ${task.state}, ${formatDuration(end - task.startedAt)}`,
          'data-task-id': task.id,
          onclick: () => ctx.select({ kind: 'task', id: task.id }),
        }),
        ...marks,
      ),
    )
  })

  return h(
    'div',
    { class: 'timeline', 'data-view': 'timeline' },
    h(
      'div',
      { class: 'tl-tools' },
      h('button', { 'data-zoom': 'out', title: 'zoom out', onclick: () => ctx.zoomBy(0.5) }, '−'),
      h('button', { 'data-zoom': 'in', title: 'zoom in', onclick: () => ctx.zoomBy(2) }, '+'),
      h('button', { 'data-zoom': 'fit', title: 'fit', onclick: () => ctx.zoomBy(0) }, 'fit'),
      h(
        'span',
        { class: 'muted', 'data-zoom-level': ctx.zoom },
        `×${ctx.zoom} · ${formatDuration(span)}`,
      ),
    ),
    h('div', { class: 'tl-scroll' }, actionLane, ...rows),
  )
}
