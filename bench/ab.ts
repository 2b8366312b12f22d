/**
 * Two sagaloop builds against each other, interleaved and paired like `npm run bench`:
 * `node --expose-gc --import tsx bench/ab.ts <dirA> <dirB> [--quick] [--only=id]`, each dir a
 * built `dist/`. For a build change (a target, a minifier) or a runtime change: build once into
 * another directory (`npx tsdown -d /tmp/before`), change, build again, compare.
 */
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'
import { sagaloopBuild } from './libs.js'
import { measure, row, side } from './measure.js'
import { allScenarios } from './scenarios/index.js'
import { heapPerBlockedSaga } from './heap.js'
import { fmt, geomean } from './stats.js'

async function main(): Promise<void> {
  const [dirA, dirB] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
  if (dirA === undefined || dirB === undefined) throw new Error('usage: ab.ts <dirA> <dirB>')
  const url = (dir: string) => pathToFileURL(`${resolve(dir)}/`)
  const a = await sagaloopBuild('A', url(dirA))
  const b = await sagaloopBuild('B', url(dirB))
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
  const quick = process.argv.includes('--quick')
  const lines = [
    `| scenario | A (ms) | B (ms) | A / B | p75 |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ]
  const ratios: number[] = []
  for (const scenario of allScenarios(quick)) {
    if (only !== undefined && !scenario.id.includes(only)) continue
    const paired = await measure(
      scenario.id,
      scenario.expected,
      side('A', () => scenario.run(a)),
      side('B', () => scenario.run(b)),
    )
    const r = row(scenario.id, scenario.label, scenario.idle === true, paired)
    if (!r.idle) ratios.push(r.ratio)
    lines.push(
      `| ${r.label} | ${fmt(r.sagaloop)} | ${fmt(r.other)} | **${fmt(r.ratio)}x** | ${fmt(r.p75)}x |`,
    )
    process.stderr.write(`  ${r.label}: ${fmt(r.ratio)}x\n`)
  }
  if (ratios.length > 0) lines.push(`| **geometric mean** | | | **${fmt(geomean(ratios))}x** | |`)
  const n = quick ? 20_000 : 50_000
  for (const mode of ['forked', 'root'] as const) {
    const heapA = await heapPerBlockedSaga(a, n, mode)
    const heapB = await heapPerBlockedSaga(b, n, mode)
    lines.push(
      `| heap per blocked saga, ${mode} (B) | ${heapA.toFixed(0)} | ${heapB.toFixed(0)} | | |`,
    )
  }
  console.log(lines.join('\n'))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
