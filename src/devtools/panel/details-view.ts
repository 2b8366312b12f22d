/**
 * The causality pane. For an action: its payload, the chain back to an outside dispatch, and
 * what it woke, started and put. For a task: the chain that started it. Every action and task
 * named here is a link that selects it.
 */
import type { WhyLink } from '../../monitor/causality-types.js'
import { whyParts } from '../../monitor/render-why.js'
import { findTask, type ViewContext } from './context.js'
import { h } from './dom.js'

function actionLink(ctx: ViewContext, id: number, text: string): HTMLElement {
  return h(
    'button',
    { class: 'link', 'data-select-action': id, onclick: () => ctx.select({ kind: 'action', id }) },
    text,
  )
}

function taskLink(ctx: ViewContext, id: number, text: string): HTMLElement {
  return h(
    'button',
    { class: 'link', 'data-select-task': id, onclick: () => ctx.select({ kind: 'task', id }) },
    text,
  )
}

/** The chain as a list, newest cause first; the actions in it are links. */
function chain(ctx: ViewContext, links: readonly WhyLink[]): HTMLElement {
  const parts = whyParts(links)
  // The selected action need not link to itself.
  const self = ctx.selected?.kind === 'action' ? ctx.selected.id : undefined
  const actionIds = links
    .flatMap((link) =>
      link.kind === 'took' || link.kind === 'put' || link.kind === 'dispatched'
        ? [link.action.id]
        : [],
    )
    .filter((id) => id !== self)
  return h(
    'ol',
    { class: 'chain', 'data-chain': '' },
    ...parts.map((part, index) => h('li', { 'data-link': index }, index === 0 ? '' : '← ', part)),
    actionIds.length > 0 &&
      h(
        'li',
        { class: 'muted' },
        'go to: ',
        ...[...new Set(actionIds)].map((id) => actionLink(ctx, id, `#${id}`)),
      ),
  )
}

function actionDetails(ctx: ViewContext, id: number): HTMLElement {
  const summary = ctx.source.actions().find((action) => action.id === id)
  if (summary === undefined) return h('p', { class: 'empty' }, `Action #${id} is no longer kept.`)
  const effects = ctx.source.effectsOf(id)
  const list = (title: string, items: HTMLElement[]) =>
    h(
      'section',
      {},
      h('h4', {}, title),
      items.length > 0 ? h('ul', {}, ...items) : h('p', { class: 'muted' }, 'none'),
    )
  return h(
    'div',
    { class: 'details', 'data-details': 'action', 'data-action-id': id },
    h('h3', {}, `#${id} ${summary.type}`),
    h(
      'pre',
      { class: 'payload', 'data-payload': '' },
      JSON.stringify(ctx.source.payload(id), null, 2),
    ),
    h('h4', {}, 'Why'),
    chain(ctx, ctx.source.why(id)),
    list(
      'Woke',
      (effects?.woke ?? []).map((w) => h('li', {}, taskLink(ctx, w.task.id, w.task.name))),
    ),
    list(
      'Started',
      (effects?.started ?? []).map((s) =>
        h(
          'li',
          {},
          taskLink(ctx, s.task.id, s.task.name),
          h('span', { class: 'muted' }, ` by ${s.parent.name}`),
        ),
      ),
    ),
    list(
      'Put',
      (effects?.put ?? []).map((p) =>
        h(
          'li',
          {},
          actionLink(ctx, p.action.id, `#${p.action.id} ${p.action.type}`),
          h('span', { class: 'muted' }, ` by ${p.task.name}`),
        ),
      ),
    ),
  )
}

function taskDetails(ctx: ViewContext, id: number): HTMLElement {
  const task = findTask(ctx, id)
  const start = ctx.source.startOf(id)
  return h(
    'div',
    { class: 'details', 'data-details': 'task', 'data-task-id': id },
    h('h3', {}, task?.name ?? `task #${id}`),
    task !== undefined &&
      h('p', {}, h('span', { class: `badge badge--${task.state}` }, task.state), ` task #${id}`),
    h('h4', {}, 'Started by'),
    start.length > 0 ? chain(ctx, start) : h('p', { class: 'muted' }, 'no longer known'),
  )
}

export function detailsView(ctx: ViewContext): HTMLElement | undefined {
  const selected = ctx.selected
  if (selected === undefined) return undefined
  return selected.kind === 'action'
    ? actionDetails(ctx, selected.id)
    : taskDetails(ctx, selected.id)
}
