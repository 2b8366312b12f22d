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
import { allScenarios, type Scenario } from './scenarios/index.js'
import { allContests } from './rtk.js'
import { bareGenerator, plainDispatch } from './references.js'
import { heapPerBlockedSaga, type HeapMode } from './heap.js'
import type { AllocRow } from './alloc.js'
import { median } from './stats.js'
import { measure, row, side } from './measure.js'
import { report, type Results, type Row } from './report.js'

const quick = process.argv.includes('--quick')
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const maxRounds = quick ? 3 : 9

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
