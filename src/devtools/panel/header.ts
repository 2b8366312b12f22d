/** The panel's title bar: the tabs, the filter, export/import, collapse. */
import { h } from './dom.js'
import type { PanelView } from './context.js'

export interface HeaderActions {
  show(view: PanelView): void
  filter(text: string): void
  load(json: string | undefined): void
  exportJson(): string
  toggle(): void
}

const VIEWS: { id: PanelView; label: string }[] = [
  { id: 'tasks', label: 'Tasks' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'actions', label: 'Actions' },
]

/** Saves `json` as a file, through a temporary link. */
function download(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  h('a', { href: url, download: 'saga-session.json' }).click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function header(panel: HeaderActions) {
  const mode = h('span', { class: 'sl-mode' })
  const tabs = VIEWS.map((tab) =>
    h('button', { role: 'tab', 'data-tab': tab.id, onclick: () => panel.show(tab.id) }, tab.label),
  )
  const search = h('input', {
    type: 'search',
    placeholder: 'filter sagas and actions',
    'aria-label': 'filter sagas and actions',
    'data-filter': '',
    oninput: () => panel.filter((search as HTMLInputElement).value),
  }) as HTMLInputElement
  const fileInput = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    hidden: true,
    'data-import-file': '',
    onchange: () => {
      const file = fileInput.files?.[0]
      if (file !== undefined) void file.text().then((text) => panel.load(text))
    },
  }) as HTMLInputElement
  const element = h(
    'header',
    { class: 'sl-header' },
    h('strong', {}, 'sagaloop'),
    mode,
    h('div', { class: 'sl-tabs', role: 'tablist' }, ...tabs),
    search,
    h(
      'button',
      {
        'data-action': 'export',
        title: 'Save this session as JSON',
        onclick: () => download(panel.exportJson()),
      },
      'Export',
    ),
    h(
      'button',
      {
        'data-action': 'import',
        title: 'Open a saved session',
        onclick: () => fileInput.click(),
      },
      'Import',
    ),
    h(
      'button',
      {
        'data-action': 'live',
        title: 'Back to the live session',
        onclick: () => panel.load(undefined),
      },
      'Live',
    ),
    h(
      'button',
      { 'data-action': 'collapse', title: 'Collapse or expand', onclick: () => panel.toggle() },
      '▾',
    ),
    fileInput,
  )
  return { element, mode, tabs, search }
}
