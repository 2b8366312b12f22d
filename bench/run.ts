/**
 * `npm run bench [-- --quick] [-- --only=id]`: the built package against redux-saga (and RTK's
 * listener middleware) on the same scenarios, in one process. Runs are interleaved (A, B, B,
 * A, ...) so that noise from other work on the machine falls on both alike, and each round's
 * two runs form a pair: a scenario's ratio is the median (and p75) of its paired ratios
 * sagaloop / other, so a slow moment of the machine moves both halves of a pair, not the ratio.
 * Every run's result is checked, and a wrong one aborts the bench.
 *
 * A full run also writes docs/benchmarks.svg and the table in docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { reduxSaga, sagaloop } from './libs.js'
import { allScenarios, type Outcome, type Scenario } from './scenarios/index.js'
import { allContests } from './rtk.js'
import { bareGenerator, plainDispatch } from './references.js'
import { heapPerBlockedSaga, type HeapMode } from './heap.js'
import type { AllocRow } from './alloc.js'
import { median, quantile } from './stats.js'
import { report, type Results, type Row } from './report.js'

const quick = process.argv.includes('--quick')
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const verbose = process.argv.includes('--verbose')
const maxRounds = quick ? 3 : 9
const minRounds = 3
/** Stop adding rounds to a scenario once both sides together have spent this long on it. */
const budgetMs = quick ? 1_500 : 6_000

const gc = (globalThis as { gc?: () => void }).gc

interface Side {
  name: string
  run(): Promise<Outcome>
}

interface Paired {
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
async function measure(
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

function row(id: string, label: string, idle: boolean, paired: Paired): Row {
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

const side = (name: string, run: () => Promise<Outcome>): Side => ({ name, run })

function plainDispatches(n: number): number {
  const times: number[] = []
  for (let r = 0; r < 2 + maxRounds; r++) {
    const outcome = plainDispatch(n)
    if (outcome.result !== n) throw new Error('reference: wrong result')
    if (r >= 2) times.push(outcome.ms)
  }
  return median(times)
}

/** Allocation counts run in a child process: they need a young generation of their own size. */
function allocations(): AllocRow[] {
  const script = fileURLToPath(new URL('./alloc.ts', import.meta.url))
  const flags = ['--expose-gc', '--max-semi-space-size=64', '--import', 'tsx', script]
  return JSON.parse(execFileSync(process.execPath, flags, { encoding: 'utf8' })) as AllocRow[]
}

const log = (row: Row, other: string) =>
  process.stderr.write(
    `  ${row.label}: sagaloop ${row.sagaloop.toFixed(2)} ms, ${other} ${row.other.toFixed(2)} ms, ` +
      `ratio ${row.ratio.toFixed(2)} (p75 ${row.p75.toFixed(2)})\n`,
  )

async function main(): Promise<void> {
  const started = performance.now()
  const wanted = (id: string) => only === undefined || id.includes(only)
  const n = quick ? 20_000 : 100_000
  const results: Results = {
    quick,
    complete: only === undefined,
    scenarios: [],
    rtk: [],
    references: { n, generator: 0, dispatch: 0 },
  }
  for (const scenario of allScenarios(quick).filter((s) => wanted(s.id))) {
    const run = (lib: typeof sagaloop) => () => scenario.run(lib)
    const paired = await measure(
      scenario.id,
      scenario.expected,
      side('sagaloop', run(sagaloop)),
      side('redux-saga', run(reduxSaga)),
      scenario.id === 'call-sync' ? () => bareGenerator(n) : undefined,
    )
    if (scenario.id === 'call-sync') results.references.generator = median(paired.reference)
    const r = row(scenario.id, scenario.label, (scenario as Scenario).idle === true, paired)
    results.scenarios.push(r)
    log(r, 'redux-saga')
  }
  for (const contest of allContests(quick).filter((c) => wanted(c.id))) {
    const paired = await measure(
      contest.id,
      contest.expected,
      side('sagaloop', contest.sagaloop),
      side('rtk', contest.rtk),
    )
    const r = row(contest.id, contest.label, false, paired)
    results.rtk.push(r)
    log(r, 'RTK listener')
  }
  results.references.dispatch = plainDispatches(n)
  if (wanted('heap')) {
    // After the other scenarios on purpose: an app's sagas live in a heap that other work
    // used too, and objects that fall into dictionary mode there show up here.
    const sagas = quick ? 20_000 : 50_000
    const heap = async (mode: HeapMode) => ({
      sagaloop: await heapPerBlockedSaga(sagaloop, sagas, mode),
      'redux-saga': await heapPerBlockedSaga(reduxSaga, sagas, mode),
    })
    results.heap = { sagas, forked: await heap('forked'), root: await heap('root') }
  }
  if (wanted('alloc')) results.alloc = allocations()
  await report(results, (performance.now() - started) / 1000)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
