/**
 * Every link into the repository in `README.md` and `docs/*.md` points to a file or folder that
 * exists and, when it has a `#fragment`, to a heading of that file (GitHub's heading anchors).
 * The README is also the package's page on npm, where relative links lead nowhere: it links into
 * the repository with absolute URLs (package.json `repository`), which are checked the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The repository's file URLs: `<repository>/blob/main/<path>` (files), `/tree/main/` (folders). */
const repository = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository: { url: string } }
).repository.url
  .replace(/^git\+/, '')
  .replace(/\.git$/, '')
const inRepository = new RegExp(`^${repository.replace(/[.]/g, '\\.')}/(?:blob|tree)/main/`)

const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
]

/** The text outside fenced code blocks, where links are links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchors(markdown: string): Set<string> {
  const found = new Set<string>()
  for (const match of prose(markdown).matchAll(/^#{1,6}\s+(.+)$/gm)) found.add(slug(match[1] ?? ''))
  return found
}

function hrefs(file: string): string[] {
  const text = prose(readFileSync(join(root, file), 'utf8'))
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string)
}

/** The links into the repository: relative ones, and absolute ones to `repository`. */
function links(file: string): { target: string; fragment: string | undefined }[] {
  return hrefs(file)
    .filter((href) => inRepository.test(href) || !/^[a-z]+:/i.test(href))
    .map((href) => {
      const absolute = inRepository.test(href)
      const [path = '', fragment] = href.replace(inRepository, '').split('#')
      if (absolute) return { target: path, fragment }
      return { target: path === '' ? file : join(dirname(file), path), fragment }
    })
}

describe('links in the docs', () => {
  test('the slug of a heading is the anchor GitHub gives it', () => {
    expect(slug('Server-side rendering with `END`')).toBe('server-side-rendering-with-end')
    expect(slug('`MIDDLEWARE_NOT_MOUNTED`')).toBe('middleware_not_mounted')
    expect(slug('`yield` and `yield*`')).toBe('yield-and-yield')
  })

  test('the README links into the repository with absolute URLs, as the npm page needs', () => {
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+$/)
    const relative = hrefs('README.md').filter((href) => !/^([a-z]+:|#)/i.test(href))
    expect(relative).toEqual([])
    expect(links('README.md').length).toBeGreaterThan(0)
  })

  test.each(files)(
    'every link into the repository in %s leads to a file and heading that exist',
    (file) => {
      const broken = links(file).filter(({ target, fragment }) => {
        if (!existsSync(join(root, target))) return true
        if (fragment === undefined || !target.endsWith('.md')) return false
        return !anchors(readFileSync(join(root, target), 'utf8')).has(fragment)
      })
      expect(broken.map(({ target, fragment }) => `${target}#${fragment ?? ''}`)).toEqual([])
    },
  )
})
