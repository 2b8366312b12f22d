/**
 * `mountSagaPanel(inspector)`: the saga panel in the page, in one call. It draws at most once
 * per `refreshMs` (default 250 ms) however fast actions come, and only while it is open, so an
 * app at thousands of dispatches a second stays usable with it attached.
 */
import type { Inspector } from '../../monitor/inspector.js'
import {
  exportSession,
  liveSource,
  loadSession,
  type PanelSource,
  type SagaSession,
} from '../session.js'
import { actionsView } from './actions-view.js'
import type { PanelView, Selection, ViewContext } from './context.js'

export type { PanelView }
import { detailsView } from './details-view.js'
import { h } from './dom.js'
import { header } from './header.js'
import { PANEL_CSS } from './style.js'
import { timelineView } from './timeline-view.js'
import { treeView } from './tree-view.js'

/**
 * `HTMLElement` where the DOM lib is loaded, and `object` where it is not: the declarations of
 * `sagaloop/devtools` then compile in a Node-only project (`lib` without `DOM`, `skipLibCheck:
 * false`) that imports this entry for `sagaTrace` alone.
 */
export type PanelElement = typeof globalThis extends { HTMLElement: { prototype: infer E } }
  ? E
  : object

export interface SagaPanelOptions {
  /** Where to put the panel. Default: a dock at the bottom right of `document.body`. */
  target?: PanelElement
  view?: PanelView
  /** Start collapsed (only the title bar shows). Default false. */
  collapsed?: boolean
  /** The longest wait between a change and its drawing, in ms. Default 250. */
  refreshMs?: number
}

export interface SagaPanel {
  readonly element: PanelElement
  show(view: PanelView): void
  select(selection: Selection): void
  /** The filter text (saga names, action types). */
  filter(text: string): void
  /** What the panel shows, as a session to save as JSON. */
  exportSession(): SagaSession
  /** Shows a recorded session instead of the live inspector (`undefined` goes back to live). */
  load(session: SagaSession | string | undefined): void
  /** Draws now. */
  refresh(): void
  unmount(): void
}

function injectStyle(doc: Document): void {
  if (doc.getElementById('sagaloop-panel-style') !== null) return
  doc.head.append(h('style', { id: 'sagaloop-panel-style' }, PANEL_CSS))
}

export function mountSagaPanel(
  input: Inspector | SagaSession | string,
  options: SagaPanelOptions = {},
): SagaPanel {
  const refreshMs = options.refreshMs ?? 250
  const live = typeof input === 'object' && 'subscribe' in input ? liveSource(input) : undefined
  let source: PanelSource = live ?? loadSession(input as SagaSession | string)
  let view: PanelView = options.view ?? 'tasks'
  let collapsed = options.collapsed ?? false
  let filterText = ''
  let selected: Selection
  let zoom = 1
  let timer: ReturnType<typeof setTimeout> | undefined

  injectStyle(document)
  const body = h('div', { class: 'sl-body' })
  const side = h('div', { class: 'sl-side' })
  const top = header({
    show: (next) => panel.show(next),
    filter: (text) => panel.filter(text),
    load: (json) => panel.load(json),
    exportJson: () => JSON.stringify(panel.exportSession(), null, 2),
    toggle: () => toggle(),
  })
  const { mode, tabs, search } = top
  const element = h(
    'aside',
    {
      class: `sl-panel${options.target === undefined ? ' sl-dock' : ''}`,
      'data-testid': 'saga-panel',
    },
    top.element,
    h('div', { class: 'sl-main' }, body, side),
  )
  ;(options.target ?? document.body).append(element)

  const context = (): ViewContext => ({
    source,
    snapshot: source.snapshot(),
    filter: filterText.trim().toLowerCase(),
    selected,
    select: (selection) => panel.select(selection),
    zoom,
    zoomBy: (factor) => {
      zoom = factor === 0 ? 1 : Math.min(64, Math.max(1, zoom * factor))
      draw()
    },
  })

  function draw(): void {
    timer = undefined
    element.classList.toggle('is-collapsed', collapsed)
    mode.textContent = source === live ? 'live' : 'recorded session'
    mode.dataset.mode = source === live ? 'live' : 'recorded'
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset.tab === view))
    if (collapsed) return
    const ctx = context()
    const scroll = body.scrollTop
    const sideways = body.querySelector('.tl-scroll')?.scrollLeft ?? 0
    body.replaceChildren(
      view === 'tasks' ? treeView(ctx) : view === 'timeline' ? timelineView(ctx) : actionsView(ctx),
    )
    body.scrollTop = scroll
    const track = body.querySelector('.tl-scroll')
    if (track !== null) track.scrollLeft = sideways
    const details = detailsView(ctx)
    side.replaceChildren(...(details === undefined ? [] : [details]))
    element.classList.toggle('has-details', details !== undefined)
  }

  function schedule(): void {
    if (timer === undefined && !collapsed) timer = setTimeout(draw, refreshMs)
  }

  function toggle(): void {
    collapsed = !collapsed
    draw()
  }

  const unsubscribe = live?.subscribe?.(schedule)

  const panel: SagaPanel = {
    element,
    show(next) {
      view = next
      draw()
    },
    select(selection) {
      selected = selection
      draw()
    },
    filter(text) {
      filterText = text
      if (search.value !== text) search.value = text
      draw()
    },
    exportSession: () => exportSession(source),
    load(session) {
      if (session === undefined) {
        if (live === undefined) return
        source = live
      } else source = loadSession(session)
      selected = undefined
      draw()
    },
    refresh: draw,
    unmount() {
      unsubscribe?.()
      if (timer !== undefined) clearTimeout(timer)
      element.remove()
    },
  }
  draw()
  return panel
}
