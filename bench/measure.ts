/**
 * Paired, interleaved timing of two sides (A, B, then B, A, ...): each round's two runs form a
 * pair, and a scenario's ratio is the median (and p75) of its paired ratios A / B, so a slow
 * moment of the machine moves both halves of a pair instead of the ratio.
 */
import type { Outcome } from './scenarios/index.js'
import type { Row } from './report.js'
import { median, quantile } from './stats.js'

const quick = process.argv.includes('--quick')
const verbose = process.argv.includes('--verbose')
const maxRounds = quick ? 3 : 9
const minRounds = 3
/** Stop adding rounds to a scenario once both sides together have spent this long on it. */
const budgetMs = quick ? 1_500 : 6_000

const gc = (globalThis as { gc?: () => void }).gc

export interface Side {
  name: string
  run(): Promise<Outcome>
}

export interface Paired {
  a: number[]
  b: number[]
  ratios: number[]
  reference: number[]
}

function checked(id: string, side: string, expected: unknown, outcome: Outcome): number {
  if (outcome.result !== expected) {
    throw new Error(`${id} (${side}): expected ${String(expected)}, got ${String(outcome.result)}`)
  }
  return outcome.ms
}

/** `reference`, if given, runs in every round too (the bare generator beside the sync calls). */
export async function measure(
  id: string,
  expected: unknown,
  a: Side,
  b: Side,
  reference?: () => Outcome,
): Promise<Paired> {
  const out: Paired = { a: [], b: [], ratios: [], reference: [] }
  // A collected heap per scenario, not per run: a full collection shrinks the young generation,
  // and every run after it would pay for growing it back, which no app in its steady state does.
  gc?.()
  let spent = 0
  let slow = false
  for (let r = 0; out.ratios.length < maxRounds; r++) {
    const order = r % 2 === 0 ? [a, b] : [b, a]
    const ms = new Map<Side, number>()
    for (const side of order) {
      // Runs of seconds start on a collected heap: else one pays for the other's 100k tasks.
      if (slow) gc?.()
      const t = checked(id, side.name, expected, await side.run())
      if (verbose) process.stderr.write(`    ${id} ${side.name} ${t.toFixed(2)} ms\n`)
      ms.set(side, t)
      spent += t
    }
    if (reference !== undefined) {
      const outcome = reference()
      if (outcome.result !== expected) throw new Error('reference: wrong result')
      if (r > 0) out.reference.push(outcome.ms)
    }
    if (r === 0) {
      // A first round of seconds (redux-saga's quadratic fork+join) warms itself up: one
      // warm-up round is enough, and the following ones each collect the heap first.
      slow = spent > budgetMs / 8
      continue
    }
    if (r === 1 && !slow) continue // a second warm-up round for the quick scenarios
    const ta = ms.get(a) as number
    const tb = ms.get(b) as number
    out.a.push(ta)
    out.b.push(tb)
    out.ratios.push(ta / tb)
    if (out.ratios.length >= minRounds && spent > budgetMs) break
  }
  return out
}

export function row(id: string, label: string, idle: boolean, paired: Paired): Row {
  return {
    id,
    label,
    idle,
    sagaloop: median(paired.a),
    other: median(paired.b),
    ratio: median(paired.ratios),
    p75: quantile(paired.ratios, 0.75),
  }
}

export const side = (name: string, run: () => Promise<Outcome>): Side => ({ name, run })
