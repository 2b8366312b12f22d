/**
 * Two sagaloop builds against each other, interleaved and paired like `npm run bench`:
 * `node --expose-gc --import tsx bench/ab.ts <dirA> <dirB> [--quick] [--only=id]`, each dir a
 * built `dist/`. For a build change (a target, a minifier) or a runtime change: build once into
 * another directory (`npx tsdown -d /tmp/before`, then give it a package.json with
 * `{"type":"module"}`), change, build again, compare.
 */
import { pathToFileURL } from 'node:url'
import { dirname, join, resolve } from 'node:path'
import { existsSync, readFileSync } from 'node:fs'
import { sagaloopBuild } from './libs.js'
import { measure, row, side } from './measure.js'
import { allScenarios } from './scenarios/index.js'
import { heapPerBlockedSaga } from './heap.js'
import { fmt, geomean } from './stats.js'

/**
 * A build copied out of the repository (`cp -r dist /tmp/before`) has no package.json saying
 * `"type": "module"` above it: the loader then transforms its files as it goes, and that build
 * measures much slower than it is. Refused, with the one-line fix.
 */
function assertNativeModules(dir: string): void {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const manifest = join(at, 'package.json')
    if (existsSync(manifest)) {
      const { type } = JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }
      if (type === 'module') return
      break
    }
    if (dirname(at) === at) break
  }
  throw new Error(
    `${dir}: its .js files would not load as native ES modules (no package.json with "type": "module" in or above it), so its timings would be wrong. Run: echo '{"type":"module"}' > ${join(dir, 'package.json')}`,
  )
}

async function main(): Promise<void> {
  const [dirA, dirB] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
  if (dirA === undefined || dirB === undefined) throw new Error('usage: ab.ts <dirA> <dirB>')
  assertNativeModules(dirA)
  assertNativeModules(dirB)
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
