/** The live task tree: state, what each task waits on, its children below. */
import type { TaskSnapshot } from '../../monitor/types.js'
import { taskMatches, type ViewContext } from './context.js'
import { formatDuration, h } from './dom.js'

const KIND = { root: 'root', fork: undefined, spawn: 'spawned', call: 'called' } as const

function row(ctx: ViewContext, task: TaskSnapshot): HTMLElement {
  const selected = ctx.selected?.kind === 'task' && ctx.selected.id === task.id
  const age = formatDuration((task.endedAt ?? ctx.snapshot.at) - task.startedAt)
  const children = task.children.filter((child) => taskMatches(ctx, child))
  return h(
    'li',
    {
      class: `task task--${task.state}${selected ? ' is-selected' : ''}`,
      'data-task': task.name,
      'data-task-id': task.id,
      'data-state': task.state,
    },
    h(
      'div',
      {
        class: 'task-row',
        role: 'button',
        tabindex: 0,
        title: `task #${task.id}: click to see what started it`,
        onclick: (event) => {
          event.stopPropagation()
          ctx.select({ kind: 'task', id: task.id })
        },
      },
      h('span', { class: `badge badge--${task.state}` }, task.state),
      h('span', { class: 'task-name' }, task.name),
      KIND[task.kind] !== undefined && h('span', { class: 'task-kind' }, KIND[task.kind]),
      h('span', { class: 'task-age' }, age),
    ),
    task.blockedOn !== undefined &&
      h(
        'div',
        { class: 'task-effect', 'data-blocked-on': task.blockedOn },
        h('span', { class: 'muted' }, task.state === 'blocked' ? 'blocked on ' : 'finishing '),
        h('code', {}, task.blockedOn),
      ),
    task.branches !== undefined &&
      h(
        'ul',
        { class: 'task-branches' },
        ...task.branches.map((b) => h('li', {}, h('code', {}, b))),
      ),
    task.error !== undefined && h('div', { class: 'task-error' }, task.error),
    children.length > 0 && h('ul', { class: 'tree' }, ...children.map((child) => row(ctx, child))),
  )
}

export function treeView(ctx: ViewContext): HTMLElement {
  const roots = ctx.snapshot.roots.filter((task) => taskMatches(ctx, task))
  if (roots.length === 0) return h('p', { class: 'empty' }, 'No task matches.')
  return h('ul', { class: 'tree', 'data-view': 'tree' }, ...roots.map((task) => row(ctx, task)))
}
