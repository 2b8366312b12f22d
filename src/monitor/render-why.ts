/**
 * A `why()` chain as one line of text, newest first:
 *
 *     put by searchWorker ← forked by takeLatest("search/queryChanged", searchWorker)
 *       for action #12 search/queryChanged ← dispatched from outside the sagas
 */
import type { WhyLink } from './causality-types.js'

/** The readable parts of a chain, one per cause; `renderWhy` joins them with ` ← `. */
export function whyParts(links: readonly WhyLink[]): string[] {
  const parts: string[] = []
  // The action a `took` link named: its own link need not repeat the id and the type.
  let named: number | undefined
  links.forEach((link, index) => {
    const previous = links[index - 1]
    switch (link.kind) {
      case 'dispatched':
        parts.push(
          `${link.action.id === named ? '' : `#${link.action.id} ${link.action.type} `}dispatched from outside the sagas`,
        )
        break
      case 'put':
        parts.push(
          index === 0 || link.action.id === named
            ? `put by ${link.task.name}`
            : `#${link.action.id} ${link.action.type} put by ${link.task.name}`,
        )
        break
      case 'took':
        named = link.action.id
        if (previous?.kind === 'forked' && previous.parent.id === link.task.id)
          parts[parts.length - 1] += ` for action #${link.action.id} ${link.action.type}`
        else parts.push(`${link.task.name} took action #${link.action.id} ${link.action.type}`)
        break
      case 'message':
        parts.push(`${link.task.name} received a channel message`)
        break
      case 'forked':
        parts.push(`${link.how === 'call' ? 'called' : `${link.how}ed`} by ${link.parent.name}`)
        break
      case 'root':
        parts.push(`${link.task.name} started by run`)
        break
      case 'forgotten':
        parts.push('(older causes forgotten: see maxAge)')
        break
    }
  })
  return parts
}

export function renderWhy(links: readonly WhyLink[]): string {
  return whyParts(links).join(' ← ')
}
