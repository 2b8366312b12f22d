/** The dispatched actions, newest last: where each came from, at a glance. */
import { matches, type ViewContext } from './context.js'
import { formatDuration, h } from './dom.js'

export function actionsView(ctx: ViewContext): HTMLElement {
  const actions = ctx.source.actions().filter((action) => matches(ctx, action.type))
  if (actions.length === 0) return h('p', { class: 'empty' }, 'No action matches.')
  return h(
    'ol',
    { class: 'actions', 'data-view': 'actions' },
    ...actions.map((action) => {
      const put = ctx.source.why(action.id)[0]
      const selected = ctx.selected?.kind === 'action' && ctx.selected.id === action.id
      return h(
        'li',
        {
          class: `action${selected ? ' is-selected' : ''}`,
          'data-action-id': action.id,
          'data-action-type': action.type,
          role: 'button',
          tabindex: 0,
          onclick: () => ctx.select({ kind: 'action', id: action.id }),
        },
        h('span', { class: 'action-id' }, `#${action.id}`),
        h('span', { class: 'action-type' }, action.type),
        h(
          'span',
          { class: `origin origin--${action.origin}` },
          put?.kind === 'put' ? `put by ${put.task.name}` : 'dispatched',
        ),
        h('span', { class: 'task-age' }, formatDuration(action.at)),
      )
    }),
  )
}
