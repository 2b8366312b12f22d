/**
 * `npm run bench [-- --quick]`: sagaloop against redux-saga on the same scenarios, in one
 * process. Runs are interleaved (A, B, B, A, ...) so that noise from other work on the machine
 * falls on both libraries alike; each scenario reports the median of its runs. Every run's
 * result is checked, and a wrong one aborts the bench.
 *
 * A full run also writes docs/benchmarks.svg and the table in docs/benchmarks.md.
 */
import { libs, reduxSaga, sagaloop, type Lib } from './libs.js'
import { allScenarios, type Outcome, type Scenario } from './scenarios.js'
import { bareGenerator, plainDispatch } from './references.js'
import { heapPerBlockedSaga } from './heap.js'
import { median } from './stats.js'
import { report, type Results } from './report.js'

const quick = process.argv.includes('--quick')
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const verbose = process.argv.includes('--verbose')
const rounds = quick ? 3 : 7
const warmups = quick ? 1 : 2

function check(scenario: Scenario, lib: string, outcome: Outcome): number {
  if (outcome.result !== scenario.expected) {
    throw new Error(
      `${scenario.id} (${lib}): expected ${String(scenario.expected)}, got ${String(outcome.result)}`,
    )
  }
  return outcome.ms
}

const gc = (globalThis as { gc?: () => void }).gc

/** Stop adding rounds to a scenario once both libraries together have spent this long on it. */
const budgetMs = quick ? 2_000 : 8_000
const minRounds = 3

type Medians = Record<Lib['name'], number> & { reference: number }

/** `reference`, if given, runs in every round too (the bare generator beside the sync calls). */
async function measure(scenario: Scenario, reference?: () => Outcome): Promise<Medians> {
  const times: Record<Lib['name'], number[]> = { sagaloop: [], 'redux-saga': [] }
  const referenceTimes: number[] = []
  const ran: Record<Lib['name'], number[]> = { sagaloop: [], 'redux-saga': [] }
  let spent = 0
  let slow = false
  // A collected heap per scenario, not per run: a full collection shrinks the young generation,
  // and every run after it would pay for growing it back (2x on the sync-call scenario), which
  // no app in its steady state does. Alternating the order shares the other's garbage fairly.
  gc?.()
  for (let r = 0; r < warmups + rounds; r++) {
    // A, B then B, A: neither library always runs first (after the other's garbage).
    const order = r % 2 === 0 ? libs : [...libs].reverse()
    for (const lib of order) {
      // Runs of seconds start on a collected heap: else one pays for the other's 100k tasks.
      if (slow) gc?.()
      const ms = check(scenario, lib.name, await scenario.run(lib))
      if (verbose) process.stderr.write(`    ${scenario.id} ${lib.name} ${ms.toFixed(2)} ms\n`)
      if (r >= warmups) times[lib.name].push(ms)
      else ran[lib.name].push(ms)
      spent += ms
    }
    if (reference !== undefined) {
      const outcome = reference()
      if (outcome.result !== scenario.expected) throw new Error('reference: wrong result')
      if (r >= warmups) referenceTimes.push(outcome.ms)
    }
    // Slow scenarios (redux-saga's quadratic ones) get fewer rounds: a run of seconds warms
    // itself up, so the first round counts, and one round over the whole budget is enough.
    if (r === 0 && spent > budgetMs / 8) {
      slow = true
      // Only a run long enough to have warmed itself up counts; a short one stays a warm-up.
      for (const lib of libs)
        times[lib.name].push(...ran[lib.name].filter((ms) => ms > budgetMs / 8))
      if (spent > budgetMs) break
      r = warmups - 1
    }
    if (r >= warmups + minRounds - 1 && spent > budgetMs) break
  }
  // A library whose runs are short still gets `minRounds` samples when the other's slowness
  // cut the rounds (fork+join: the linearity ratio should not rest on one sagaloop run).
  for (const lib of libs) {
    const own = times[lib.name]
    while (own.length < minRounds && (own.length === 0 || median(own) < budgetMs / 8)) {
      gc?.()
      const ms = check(scenario, lib.name, await scenario.run(lib))
      if (verbose) process.stderr.write(`    ${scenario.id} ${lib.name} ${ms.toFixed(2)} ms\n`)
      own.push(ms)
    }
  }
  return {
    sagaloop: median(times.sagaloop),
    'redux-saga': median(times['redux-saga']),
    reference: referenceTimes.length > 0 ? median(referenceTimes) : 0,
  }
}

function plainDispatches(n: number): number {
  const times: number[] = []
  for (let r = 0; r < warmups + rounds; r++) {
    const outcome = plainDispatch(n)
    if (outcome.result !== n) throw new Error('reference: wrong result')
    if (r >= warmups) times.push(outcome.ms)
  }
  return median(times)
}

async function main(): Promise<void> {
  const started = performance.now()
  const scenarios = allScenarios(quick).filter((s) => only === undefined || s.id.includes(only))
  const results: Results = { quick, scenarios: [], references: { n: 0, generator: 0, dispatch: 0 } }
  const n = quick ? 20_000 : 100_000
  let generator = 0
  for (const scenario of scenarios) {
    const medians = await measure(
      scenario,
      scenario.id === 'call-sync' ? () => bareGenerator(n) : undefined,
    )
    if (scenario.id === 'call-sync') generator = medians.reference
    results.scenarios.push({
      id: scenario.id,
      label: scenario.label,
      sagaloop: medians.sagaloop,
      'redux-saga': medians['redux-saga'],
    })
    process.stderr.write(
      `  ${scenario.label}: sagaloop ${medians.sagaloop.toFixed(2)} ms, redux-saga ${medians['redux-saga'].toFixed(2)} ms\n`,
    )
  }
  results.references = { n, generator, dispatch: plainDispatches(n) }
  if (only === undefined || only === 'heap') {
    const sagas = quick ? 20_000 : 100_000
    const heap = { sagaloop: [] as number[], 'redux-saga': [] as number[] }
    for (let r = 0; r < 1; r++) {
      for (const lib of r % 2 === 0 ? [sagaloop, reduxSaga] : [reduxSaga, sagaloop]) {
        heap[lib.name].push(heapPerBlockedSaga(lib, sagas))
      }
    }
    results.heap = {
      sagas,
      sagaloop: median(heap.sagaloop),
      'redux-saga': median(heap['redux-saga']),
    }
  }
  await report(results, (performance.now() - started) / 1000)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
