/** Turns the causality records into the plain data `why()` and `effectsOf()` return. */
import type { ActionRec, Cause } from './causality-records.js'
import type { ActionEffects, WhyLink } from './causality-types.js'

/** Enough for any real chain; a cycle cannot happen, but a bound costs nothing. */
const MAX_LINKS = 200

/** The chain from `action` (or from a task's `cause`) back to an outside dispatch or a root. */
export function whyChain(action: ActionRec | undefined, cause?: Cause): WhyLink[] {
  const links: WhyLink[] = []
  let rec = action
  let next = cause
  while (links.length < MAX_LINKS) {
    if (rec !== undefined) {
      if (rec.forgotten && rec !== action) {
        links.push({ kind: 'forgotten' })
        break
      }
      if (rec.putBy === undefined) {
        links.push({ kind: 'dispatched', action: rec.summary() })
        break
      }
      links.push({
        kind: 'put',
        action: rec.summary(),
        task: rec.putBy.summary(),
        effectId: rec.putAt ?? rec.putBy.id,
      })
      next = rec.cause
      rec = undefined
      if (next === undefined) {
        links.push({ kind: 'forgotten' })
        break
      }
    }
    if (next === undefined) break
    if (next.kind === 'root') {
      if (next.task !== undefined) links.push({ kind: 'root', task: next.task.summary() })
      break
    }
    if (next.kind === 'took') {
      links.push({
        kind: 'took',
        task: next.task.summary(),
        effectId: next.effectId,
        action: next.action.summary(),
      })
      rec = next.action
      next = undefined
    } else if (next.kind === 'message') {
      links.push({ kind: 'message', task: next.task.summary(), effectId: next.effectId })
      next = next.then
    } else {
      links.push({
        kind: 'forked',
        task: next.task.summary(),
        parent: next.parent.summary(),
        effectId: next.effectId,
        how: next.how,
      })
      next = next.then
    }
  }
  return links
}

export function effectsSummary(rec: ActionRec): ActionEffects {
  const effects = rec.effects
  return {
    action: rec.summary(),
    woke: (effects?.woke ?? []).map(({ task, effectId }) => ({ task: task.summary(), effectId })),
    started: (effects?.started ?? []).map((task) => ({
      task: task.summary(),
      parent: (task.parent ?? task).summary(),
      effectId: task.id,
    })),
    put: (effects?.put ?? []).flatMap((put) =>
      put.putBy === undefined
        ? []
        : [
            {
              action: put.summary(),
              task: put.putBy.summary(),
              effectId: put.putAt ?? put.putBy.id,
            },
          ],
    ),
  }
}
