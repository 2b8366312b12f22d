/**
 * How a failed effect assertion shows the recorded effects: which effects are of the asserted
 * kind, the numbered sequence with the mismatch marked, and the one closest to the expected.
 */
import type { Effect } from '../../effects/descriptors.js'
import { describeEffect } from '../../runtime/describe.js'
import { diffLines } from '../diff.js'
import { format } from '../format.js'
import type { EffectMatcher } from '../effect-matcher.js'

/** One recorded effect, with the task that yielded it. */
export interface Recorded {
  readonly seq: number
  readonly effect: Effect
  readonly task: string
  readonly taskId: number
  readonly at: number
}

/** Which recorded effects are of the kind a matcher looks for (for listings and `.strict()`). */
export function kindTest(matcher: EffectMatcher, expected: unknown): (effect: Effect) => boolean {
  if (matcher.sameKind !== undefined) return matcher.sameKind
  const type = (expected as { type?: unknown } | null)?.type
  return (effect) => type !== undefined && effect.type === type
}

/** An effect on one line, unmasked: the values are the test's own. */
export const oneLine = (effect: unknown) => describeEffect(effect, { maskSecrets: false })

/** The numbered list of `entries`, `marks` (by seq) shown in front of the ones they concern. */
export function sequence(entries: readonly Recorded[], marks: ReadonlyMap<number, string>): string {
  if (entries.length === 0) return '  (none)'
  return entries
    .map((entry, index) => {
      const mark = marks.get(entry.seq)
      const line = `${String(index + 1).padStart(3)}. ${oneLine(entry.effect)}   [${entry.task}#${entry.taskId}, ${entry.at} ms]`
      return mark === undefined ? `  ${line}` : `> ${line}   <- ${mark}`
    })
    .join('\n')
}

export function plural(n: number): string {
  return n === 1 ? '1 time' : `${n} times`
}

/** The recorded effect whose rendering differs least from the expected one. */
export function closest(candidates: readonly Recorded[], expected: unknown): Recorded | undefined {
  let best: Recorded | undefined
  let bestScore = Infinity
  for (const candidate of candidates) {
    const score = diffLines(format(expected), format(candidate.effect))
      .split('\n')
      .filter((line) => !line.startsWith('  ')).length
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}
