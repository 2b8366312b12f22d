/**
 * The report: tables of paired ratios on stdout, the targets of the performance issue checked
 * one by one, and (on a full run) the chart in docs/benchmarks.svg and the results section of
 * docs/benchmarks.md, between its `<!-- results:start -->` and `<!-- results:end -->` markers.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { cpus } from 'node:os'
import { fmt, geomean } from './stats.js'
import { chart } from './chart.js'
import type { AllocRow } from './alloc.js'

/** One scenario: median times, and the median and p75 of the paired ratios sagaloop / other. */
export interface Row {
  id: string
  label: string
  /** A dispatch-with-idle-takers scenario: shown, but left out of the geometric mean. */
  idle: boolean
  sagaloop: number
  other: number
  ratio: number
  p75: number
}

type HeapPair = { sagaloop: number; 'redux-saga': number }

export interface Results {
  quick: boolean
  /** Every scenario ran (no --only): only then are the docs rewritten. */
  complete: boolean
  scenarios: Row[]
  rtk: Row[]
  references: { n: number; generator: number; dispatch: number }
  heap?: { sagas: number; forked: HeapPair; root: HeapPair }
  alloc?: AllocRow[]
}

function version(name: string): string {
  const url = new URL(`../node_modules/${name}/package.json`, import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version
}

function machine(): string {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8')
    } catch {
      return ''
    }
  })()
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown'
  return (
    `${cpus().length} cores (nproc), ${model}; Node ${process.version}; ` +
    `redux-saga ${version('redux-saga')}, @reduxjs/toolkit ${version('@reduxjs/toolkit')}, redux ${version('redux')}`
  )
}

interface Target {
  what: string
  value: string
  met: boolean
}

const timed = (results: Results) => results.scenarios.filter((row) => !row.idle)

function targets(results: Results): Target[] {
  const list: Target[] = []
  const rows = results.scenarios
  if (rows.length > 0) {
    const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a))
    list.push({
      what: 'every scenario ≤ 0.8x redux-saga (paired median)',
      value: `worst ${fmt(worst.ratio)}x (${worst.id})`,
      met: worst.ratio <= 0.8,
    })
    const worstP75 = rows.reduce((a, b) => (b.p75 > a.p75 ? b : a))
    list.push({
      what: 'no scenario above 1.0x at its p75',
      value: `worst ${fmt(worstP75.p75)}x (${worstP75.id})`,
      met: worstP75.p75 <= 1,
    })
  }
  const mean = geomean(timed(results).map((row) => row.ratio))
  if (timed(results).length > 0)
    list.push({
      what: 'geometric mean without idle-taker scenarios ≤ 0.5x',
      value: `${fmt(mean)}x`,
      met: mean <= 0.5,
    })
  for (const row of results.rtk.filter((r) => /^c\d+$/.test(r.id))) {
    list.push({
      what: `${row.id}: ≤ 1.0x RTK's listener middleware`,
      value: `${fmt(row.ratio)}x (p75 ${fmt(row.p75)}x)`,
      met: row.ratio <= 1,
    })
  }
  if (results.heap) {
    for (const mode of ['forked', 'root'] as const) {
      const { sagaloop, 'redux-saga': rs } = results.heap[mode]
      list.push({
        what: `heap per blocked saga (${mode}) ≤ 1,160 B`,
        value: `${sagaloop.toFixed(0)} B (redux-saga ${rs.toFixed(0)} B)`,
        met: sagaloop <= 1160,
      })
    }
  }
  return list
}

function ratioTable(rows: readonly Row[], other: string): string[] {
  const lines = [
    `| scenario | sagaloop (ms) | ${other} (ms) | sagaloop / ${other} | p75 |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ]
  for (const row of rows) {
    const label = row.idle ? `${row.label} †` : row.label
    lines.push(
      `| ${label} | ${fmt(row.sagaloop)} | ${fmt(row.other)} | **${fmt(row.ratio)}x** | ${fmt(row.p75)}x |`,
    )
  }
  return lines
}

function table(results: Results): string {
  const lines = ratioTable(results.scenarios, 'redux-saga')
  if (timed(results).length > 0) {
    const mean = geomean(timed(results).map((row) => row.ratio))
    lines.push(`| **geometric mean** (without †) | | | **${fmt(mean)}x** | |`)
    lines.push('', '† dispatch with idle takers: left out of the geometric mean.')
  }
  if (results.rtk.length > 0) lines.push('', ...ratioTable(results.rtk, 'RTK listener'))
  const { n, generator, dispatch } = results.references
  lines.push('', '| reference (no saga library) | ms |', '| --- | ---: |')
  if (generator > 0) lines.push(`| bare generator resumed ${n / 1000}k times | ${fmt(generator)} |`)
  lines.push(`| Redux store, ${n / 1000}k dispatches, no middleware | ${fmt(dispatch)} |`)
  if (results.heap) {
    const { sagas, forked, root } = results.heap
    lines.push(
      '',
      `| heap per saga blocked on \`take\` (${sagas / 1000}k sagas, after gc) | sagaloop (B) | redux-saga (B) |`,
      '| --- | ---: | ---: |',
      `| forked by one root saga | ${forked.sagaloop.toFixed(0)} | ${forked['redux-saga'].toFixed(0)} |`,
      `| each started with \`middleware.run\` | ${root.sagaloop.toFixed(0)} | ${root['redux-saga'].toFixed(0)} |`,
    )
  }
  if (results.alloc) {
    lines.push(
      '',
      '| bytes allocated per effect (no gc during the run) | sagaloop | redux-saga |',
      '| --- | ---: | ---: |',
    )
    for (const a of results.alloc)
      lines.push(`| ${a.label} | ${a.sagaloop.toFixed(0)} | ${a['redux-saga'].toFixed(0)} |`)
  }
  const list = targets(results)
  lines.push('', '| target | measured | met |', '| --- | --- | :---: |')
  for (const t of list) lines.push(`| ${t.what} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`)
  return lines.join('\n')
}

export async function report(results: Results, seconds: number): Promise<void> {
  const text = table(results)
  console.log(
    `\n${text}\n\n${machine()}; ${seconds.toFixed(0)} s${results.quick ? ' (--quick)' : ''}`,
  )
  if (results.quick || !results.complete) {
    console.log('\n(docs/benchmarks.md and docs/benchmarks.svg are written by a full run only)')
    return
  }
  const bars = [...results.scenarios, ...results.rtk].map((row) => ({
    label: row.label,
    ratio: row.ratio,
  }))
  writeFileSync(new URL('../docs/benchmarks.svg', import.meta.url), chart(bars))
  const mdUrl = new URL('../docs/benchmarks.md', import.meta.url)
  const md = readFileSync(mdUrl, 'utf8')
  const start = '<!-- results:start -->'
  const end = '<!-- results:end -->'
  const from = md.indexOf(start)
  const to = md.indexOf(end)
  if (from < 0 || to < from) {
    console.log('\n(docs/benchmarks.md has no results markers; left as is)')
    return
  }
  const date = new Date().toISOString().slice(0, 10)
  const section = `${start}\nRun of ${date} on ${machine()}; the whole bench took ${seconds.toFixed(0)} s.\n\n${text}\n`
  // Written in the project's Prettier style, so that `npm run lint` stays green after a run.
  const path = fileURLToPath(mdUrl)
  const options = { ...(await prettier.resolveConfig(path)), filepath: path }
  writeFileSync(mdUrl, await prettier.format(md.slice(0, from) + section + md.slice(to), options))
  console.log('\nwrote docs/benchmarks.svg and the results in docs/benchmarks.md')
}
