/**
 * The README stays true to the project: its setup section is the one CI runs, the scripts it
 * names exist, and its project layout lists what `src/` holds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts,
)

/** The fenced block that follows the `## Project layout` heading. */
function layout(): string {
  const start = readme.indexOf('## Project layout')
  const open = readme.indexOf('```', start)
  const close = readme.indexOf('```', open + 3)
  return start < 0 ? '' : readme.slice(open, close)
}

/** The files of a folder, and each subfolder as `name/` followed by its own files. */
function folderEntries(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) =>
      statSync(join(folder, name)).isDirectory()
        ? [`${name}/`, ...folderEntries(join(folder, name))]
        : [name],
    )
}

/** `src/` entries as the layout names them: files of `src/` and of its folders, but only the
 * folder itself for the entry points that have their own docs (testing, toolkit, monitor). */
function srcEntries(): string[] {
  const summarised = new Set(['testing', 'toolkit', 'monitor', 'devtools'])
  const entries: string[] = []
  for (const name of readdirSync(join(root, 'src')).sort()) {
    if (!statSync(join(root, 'src', name)).isDirectory()) entries.push(name)
    else if (summarised.has(name)) entries.push(`${name}/`)
    else entries.push(...folderEntries(join(root, 'src', name)))
  }
  return entries
}

describe('README.md', () => {
  test('opens with the setup section CI runs: npm ci, npm test, npm run demo', () => {
    const setup = /^# sagaloop\n\n.*\n\n## Setup\n\n```sh\n([\s\S]*?)```/.exec(readme)
    const commands = setup?.[1]?.split('\n').map((line) => line.split('#')[0]?.trim())
    expect(commands?.filter(Boolean)).toEqual(['npm ci', 'npm test', 'npm run demo'])
  })

  test('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] as string)
    expect(named.length).toBeGreaterThan(0)
    expect(named.filter((name) => !scripts.includes(name))).toEqual([])
  })

  test('lists every file and folder of src/ in its project layout', () => {
    const text = layout()
    const missing = srcEntries().filter((entry) => !new RegExp(`\\s${entry}\\s`).test(text))
    expect(missing).toEqual([])
  })
})
