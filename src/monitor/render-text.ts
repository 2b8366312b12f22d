/**
 * The task tree as text, for a console or a test failure:
 *
 *     rootSaga  waiting
 *     ├─ loginFlow  blocked on take("LOGOUT")
 *     │  └─ refreshToken  blocked on delay(60000)
 *     └─ takeLatest("search/changed", search)  blocked on take("search/changed")
 *        └─ search  cancelled
 */
import type { InspectorSnapshot, TaskSnapshot } from './types.js'

/** One line's text after the name: the state, and what the task waits on. */
export function describeState(task: TaskSnapshot): string {
  switch (task.state) {
    case 'blocked':
      return `blocked on ${task.blockedOn ?? '?'}`
    case 'failed':
      return `failed: ${task.error ?? 'unknown error'}`
    case 'waiting':
      return 'waiting for forks'
    case 'cancelled':
      return task.blockedOn !== undefined ? `cancelled, finishing ${task.blockedOn}` : 'cancelled'
    default:
      return task.state
  }
}

function kindNote(task: TaskSnapshot): string {
  if (task.kind === 'spawn') return ' (spawned)'
  if (task.kind === 'call') return ' (called)'
  return ''
}

function renderTask(task: TaskSnapshot, lead: string, branch: string, lines: string[]): void {
  lines.push(`${lead}${branch}${task.name}${kindNote(task)}  ${describeState(task)}`)
  const below = lead + (branch === '' ? '' : branch === '└─ ' ? '   ' : '│  ')
  const hasChildren = task.children.length > 0
  if (task.state === 'blocked' || task.state === 'cancelled') {
    for (const line of task.branches ?? [])
      lines.push(`${below}${hasChildren ? '│' : ' '}  · ${line}`)
  }
  task.children.forEach((child, index) => {
    renderTask(child, below, index === task.children.length - 1 ? '└─ ' : '├─ ', lines)
  })
}

/** Renders a snapshot's task tree, one task per line, children indented under their parent. */
export function renderText(snapshot: InspectorSnapshot): string {
  const lines: string[] = []
  for (const root of snapshot.roots) renderTask(root, '', '', lines)
  return lines.join('\n')
}
