/**
 * The fenced TypeScript blocks of the docs (README.md and docs/*.md), as the docs tests read
 * them: test/docs/code-blocks.test.ts checks them against the sources, the package test
 * (test/package) against the installed package.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

export interface Block {
  /** `docs/concepts.md:42` — where the fence opens. */
  where: string
  /** The Markdown file, relative to the project: relative imports resolve from its folder. */
  file: string
  /** A file name for the block, unique and readable. */
  name: string
  code: string
  /** Line of the first code line in the Markdown file (1-based). */
  firstLine: number
  fragment: boolean
  run: boolean
}

const FENCE = /^```(\S*)\s*(.*)$/

/** Extracts the fenced blocks of one Markdown file. */
export function extractBlocks(file: string, text: string): Block[] {
  const lines = text.split('\n')
  const blocks: Block[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string)
    if (open === null) continue
    const [, lang = '', info = ''] = open
    const start = i
    let end = i + 1
    while (end < lines.length && !/^```\s*$/.test(lines[end] as string)) end++
    i = end
    if (lang !== 'ts' && lang !== 'typescript') continue
    // The marker is the last non-blank line before the fence (Prettier adds a blank line).
    let before = start - 1
    while (before >= 0 && (lines[before] as string).trim() === '') before--
    const previous = lines[before]?.trim() ?? ''
    const base = file.replace(/[/.]/g, '_')
    blocks.push({
      where: `${file}:${start + 1}`,
      file,
      name: `${base}_L${start + 1}`,
      code: lines.slice(start + 1, end).join('\n'),
      firstLine: start + 2,
      fragment: /\bfragment\b/.test(info),
      run: previous === '<!-- run -->',
    })
  }
  return blocks
}

/** README.md and every docs/*.md, relative to the project root. */
export function markdownFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`)
  return ['README.md', ...docs]
}
