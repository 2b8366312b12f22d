/**
 * `docs/api.md` names every runtime export of every entry point, in that entry point's section,
 * so a new export cannot go undocumented in the overview.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import * as sagaloop from 'sagaloop'
import * as effects from 'sagaloop/effects'
import * as testing from 'sagaloop/testing'
import * as toolkit from 'sagaloop/toolkit'
import * as monitor from 'sagaloop/monitor'
import * as devtools from 'sagaloop/devtools'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const overview = readFileSync(join(root, 'docs/api.md'), 'utf8')

/** The text of the `## \`entry\`` section of docs/api.md. */
function section(entry: string): string {
  const start = overview.indexOf(`\n## \`${entry}\`\n`)
  if (start < 0) return ''
  const end = overview.indexOf('\n## ', start + 1)
  return overview.slice(start, end < 0 ? undefined : end)
}

const names = (module: object) => Object.keys(module).filter((name) => name !== 'default')

// `sagaloop` re-exports `sagaloop/effects`, which has a section of its own.
const entries: [string, string[]][] = [
  ['sagaloop', names(sagaloop).filter((name) => !(name in effects))],
  ['sagaloop/effects', names(effects)],
  ['sagaloop/testing', names(testing)],
  ['sagaloop/toolkit', names(toolkit)],
  ['sagaloop/monitor', names(monitor)],
  ['sagaloop/devtools', names(devtools)],
]

describe('docs/api.md', () => {
  test('finds the section of an entry point and not another', () => {
    expect(section('sagaloop/effects')).toContain('`takeEvery(')
    expect(section('sagaloop/effects')).not.toContain('`createSagaMiddleware(')
  })

  test.each(entries)('the %s section names each of its runtime exports', (entry, exported) => {
    const text = section(entry)
    const missing = exported.filter((name) => !new RegExp(`\`${name}[(<\`.]`).test(text))
    expect(missing).toEqual([])
  })
})
