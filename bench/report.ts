/**
 * The report: a table of medians and ratios on stdout, the targets of issue 6 checked one by one,
 * and (on a full run) the chart in docs/benchmarks.svg and the results section of
 * docs/benchmarks.md, between its `<!-- results:start -->` and `<!-- results:end -->` markers.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { cpus } from 'node:os'
import { fmt, geomean } from './stats.js'
import { chart } from './chart.js'

export interface Row {
  id: string
  label: string
  sagaloop: number
  'redux-saga': number
}

export interface Results {
  quick: boolean
  scenarios: Row[]
  references: { n: number; generator: number; dispatch: number }
  heap?: { sagas: number; sagaloop: number; 'redux-saga': number }
}

const ratioOf = (row: Row) => row['redux-saga'] / row.sagaloop

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
  return `${cpus().length} cores (nproc), ${model}; Node ${process.version}; redux-saga ${version('redux-saga')}, redux ${version('redux')}`
}

interface Target {
  what: string
  value: string
  met: boolean
}

function targets(results: Results): Target[] {
  const row = (id: string) => results.scenarios.find((r) => r.id === id)
  const list: Target[] = []
  const ratios = results.scenarios.map(ratioOf)
  if (ratios.length > 0) {
    const slowest = Math.min(...ratios)
    list.push({
      what: 'every scenario at least as fast as redux-saga',
      value: `slowest ratio ${fmt(slowest)}x`,
      met: slowest >= 1,
    })
    const mean = geomean(ratios)
    list.push({ what: 'geometric mean ≥ 2x', value: `${fmt(mean)}x`, met: mean >= 2 })
  }
  const sync = row('call-sync')
  if (sync && results.references.generator > 0) {
    const x = sync.sagaloop / results.references.generator
    list.push({
      what: 'sync `call` ≤ 5x a bare generator resume',
      value: `${fmt(x)}x (redux-saga ${fmt(sync['redux-saga'] / results.references.generator)}x)`,
      met: x <= 5,
    })
  }
  const d10 = row('dispatch-10')
  const d10k = row('dispatch-10000')
  if (d10 && d10k) {
    const x = d10k.sagaloop / d10.sagaloop
    list.push({
      what: 'dispatch with 10,000 waiting sagas ≤ 1.5x the cost with 10',
      value: `${fmt(x)}x (redux-saga ${fmt(d10k['redux-saga'] / d10['redux-saga'])}x)`,
      met: x <= 1.5,
    })
  }
  if (results.heap) {
    const { sagaloop, 'redux-saga': rs } = results.heap
    list.push({
      what: 'heap per blocked saga ≤ 1/3 of redux-saga',
      value: `${sagaloop.toFixed(0)} B vs ${rs.toFixed(0)} B (${fmt(sagaloop / rs)})`,
      met: sagaloop <= rs / 3,
    })
  }
  const f1 = row('fork-join')
  const f2 = row('fork-join-2x')
  if (f1 && f2) {
    const x = f2.sagaloop / f1.sagaloop
    list.push({
      what: 'fork+join of 2N children ≤ 2.2x the time of N',
      value: `${fmt(x)}x (redux-saga ${fmt(f2['redux-saga'] / f1['redux-saga'])}x)`,
      met: x <= 2.2,
    })
  }
  return list
}

function table(results: Results): string {
  const lines = [
    '| scenario | sagaloop (ms) | redux-saga (ms) | redux-saga / sagaloop |',
    '| --- | ---: | ---: | ---: |',
  ]
  for (const row of results.scenarios) {
    lines.push(
      `| ${row.label} | ${fmt(row.sagaloop)} | ${fmt(row['redux-saga'])} | **${fmt(ratioOf(row))}x** |`,
    )
  }
  if (results.scenarios.length > 0) {
    lines.push(`| **geometric mean** | | | **${fmt(geomean(results.scenarios.map(ratioOf)))}x** |`)
  }
  const { n, generator, dispatch } = results.references
  lines.push('', '| reference (no saga library) | ms |', '| --- | ---: |')
  lines.push(`| bare generator resumed ${n / 1000}k times | ${fmt(generator)} |`)
  lines.push(`| Redux store, ${n / 1000}k dispatches, no middleware | ${fmt(dispatch)} |`)
  if (results.heap) {
    const { sagas, sagaloop, 'redux-saga': rs } = results.heap
    lines.push(
      '',
      `| heap per saga blocked on \`take\` (${sagas / 1000}k sagas, after gc) | bytes |`,
    )
    lines.push('| --- | ---: |', `| sagaloop | ${sagaloop.toFixed(0)} |`)
    lines.push(`| redux-saga | ${rs.toFixed(0)} |`)
  }
  const list = targets(results)
  lines.push('', '| target (issue 6) | measured | met |', '| --- | --- | :---: |')
  for (const t of list) lines.push(`| ${t.what} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`)
  return lines.join('\n')
}

export async function report(results: Results, seconds: number): Promise<void> {
  const text = table(results)
  console.log(
    `\n${text}\n\n${machine()}; ${seconds.toFixed(0)} s${results.quick ? ' (--quick)' : ''}`,
  )
  const complete = !results.quick && results.heap !== undefined && results.scenarios.length > 12
  if (!complete) {
    console.log('\n(docs/benchmarks.md and docs/benchmarks.svg are written by a full run only)')
    return
  }
  const svg = chart(results.scenarios.map((row) => ({ label: row.label, ratio: ratioOf(row) })))
  writeFileSync(new URL('../docs/benchmarks.svg', import.meta.url), svg)
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
