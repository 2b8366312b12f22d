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

async function measure(scenario: Scenario): Promise<Record<Lib['name'], number>> {
  const times: Record<Lib['name'], number[]> = { sagaloop: [], 'redux-saga': [] }
  for (let r = 0; r < warmups + rounds; r++) {
    // A, B then B, A: neither library always runs first (after the other's garbage).
    const order = r % 2 === 0 ? libs : [...libs].reverse()
    for (const lib of order) {
      const ms = check(scenario, lib.name, await scenario.run(lib))
      if (r >= warmups) times[lib.name].push(ms)
    }
  }
  return { sagaloop: median(times.sagaloop), 'redux-saga': median(times['redux-saga']) }
}

function references(n: number): { generator: number; dispatch: number } {
  const generator: number[] = []
  const dispatch: number[] = []
  for (let r = 0; r < warmups + rounds; r++) {
    const g = bareGenerator(n)
    const d = plainDispatch(n)
    if (g.result !== (n * (n + 1)) / 2 || d.result !== n) throw new Error('reference: wrong result')
    if (r >= warmups) {
      generator.push(g.ms)
      dispatch.push(d.ms)
    }
  }
  return { generator: median(generator), dispatch: median(dispatch) }
}

async function main(): Promise<void> {
  const started = performance.now()
  const scenarios = allScenarios(quick).filter((s) => only === undefined || s.id.includes(only))
  const results: Results = { quick, scenarios: [], references: { n: 0, generator: 0, dispatch: 0 } }
  for (const scenario of scenarios) {
    const medians = await measure(scenario)
    results.scenarios.push({ id: scenario.id, label: scenario.label, ...medians })
    process.stderr.write(
      `  ${scenario.label}: sagaloop ${medians.sagaloop.toFixed(2)} ms, redux-saga ${medians['redux-saga'].toFixed(2)} ms\n`,
    )
  }
  const callSync = scenarios.find((s) => s.id === 'call-sync')
  const n = quick ? 20_000 : 100_000
  results.references = { n, ...references(n) }
  if (callSync === undefined) results.references.generator = 0
  if (only === undefined || only === 'heap') {
    const sagas = quick ? 20_000 : 100_000
    const heap = { sagaloop: [] as number[], 'redux-saga': [] as number[] }
    for (let r = 0; r < (quick ? 1 : 2); r++) {
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
  report(results, (performance.now() - started) / 1000)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
