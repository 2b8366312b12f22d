/**
 * Keeps the docs honest: every fenced TypeScript block in `README.md` and `docs/*.md` is
 * type-checked, and the blocks marked runnable are executed.
 *
 * How to mark a block (in the Markdown source):
 * - ```` ```ts ```` — compiled: type-checked against the project's `tsconfig.json`, where
 *   `sagaloop`, `sagaloop/effects`, ... resolve to `src/` through its `paths`. Each block is a
 *   module of its own; it must import what it uses. Relative imports resolve from the Markdown
 *   file's folder: `import { counterSaga } from '../examples/counter/saga'` in `docs/`.
 * - `<!-- run -->` on the last non-blank line before the fence — also run, with tsx, in a child
 *   process shared by all runnable blocks (one after the other). The block passes if importing
 *   it completes without throwing within 10 s; use `assert` (node:assert) in it to check what
 *   it claims. A block must clean up after itself (cancel its tasks, close its servers).
 * - ```` ```ts fragment ```` — neither compiled nor run (a few lines out of context). Keep these
 *   rare.
 *
 * All blocks are compiled in one TypeScript program over a virtual file system, so the test
 * writes nothing to check types. Runnable blocks are written, with their imports pointed at the
 * same files, under `node_modules/.cache/sagaloop-docs-<pid>-<time>/` (ignored by git, removed
 * afterwards) and run there.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { extractBlocks, markdownFiles, type Block } from '../support/markdown.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

const blocks = markdownFiles(root).flatMap((file) =>
  extractBlocks(file, readFileSync(join(root, file), 'utf8')),
)
const compiled = blocks.filter((block) => !block.fragment)
const runnable = compiled.filter((block) => block.run)

/**
 * Virtual files live next to their Markdown file, so `paths`, `node_modules` and relative
 * imports (`../examples/counter/saga` from `docs/`) resolve as a reader would expect.
 */
const virtualDir = join(root, 'docs')
const virtualPath = (block: Block) =>
  join(root, dirname(block.file), `__code_block_${block.name}.ts`)
// `export {}` makes every block a module, so blocks do not share a global scope.
const virtualSource = (block: Block) => `${block.code}\nexport {}\n`

/** Imports each entry point of redux-saga and of sagaloop, to compare their exports. */
const surfacePath = join(virtualDir, '__code_block_export_surface.ts')
const surfaceModules = ['redux-saga', 'sagaloop', 'redux-saga/effects', 'sagaloop/effects']
const surfaceSource = surfaceModules.map((m, i) => `import * as m${i} from '${m}'`).join('\n')

let cachedProgram: ts.Program | undefined

/** One program for every block (and the export probe), over a virtual file system. */
function program(): ts.Program {
  if (cachedProgram) return cachedProgram
  const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root)
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, incremental: false }
  const files = new Map(compiled.map((block) => [virtualPath(block), virtualSource(block)]))
  files.set(surfacePath, `${surfaceSource}\nexport {}\n`)
  const host = ts.createCompilerHost(options)
  const { fileExists, readFile, getSourceFile } = host
  host.fileExists = (path) => files.has(resolve(path)) || fileExists.call(host, path)
  host.readFile = (path) => files.get(resolve(path)) ?? readFile.call(host, path)
  host.getSourceFile = (path, language, onError, shouldCreate) => {
    const text = files.get(resolve(path))
    if (text !== undefined) return ts.createSourceFile(path, text, language, true)
    return getSourceFile.call(host, path, language, onError, shouldCreate)
  }
  cachedProgram = ts.createProgram([...files.keys()], options, host)
  return cachedProgram
}

/** The names (values and types) each module of `surfaceModules` exports. */
function exportedNames(): Map<string, Set<string>> {
  const checker = program().getTypeChecker()
  const source = program().getSourceFile(surfacePath)
  const names = new Map<string, Set<string>>()
  for (const statement of source?.statements ?? []) {
    if (!ts.isImportDeclaration(statement)) continue
    const module = checker.getSymbolAtLocation(statement.moduleSpecifier)
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text
    if (module === undefined) throw new Error(`cannot resolve ${specifier}`)
    names.set(specifier, new Set(checker.getExportsOfModule(module).map((s) => s.name)))
  }
  return names
}

/**
 * The type names (capitalised, in backticks) that docs/migration.md lists on its line
 * `- from \`entry\`: ...`.
 */
function listedAsMissing(entry: string): string[] {
  const text = readFileSync(join(root, 'docs/migration.md'), 'utf8')
  const start = text.indexOf(`- from \`${entry}\`:`)
  if (start < 0) return []
  const item = text.slice(start).split(/\n\s*(?:- |\n)/)[0] as string
  const list = item.slice(item.indexOf(':') + 1)
  return [...list.matchAll(/`([A-Z][A-Za-z]*)`/g)].map((match) => match[1] as string)
}

function typeCheck(): Map<string, string[]> {
  const program_ = program()
  const errors = new Map<string, string[]>()
  for (const block of compiled) {
    const source = program_.getSourceFile(virtualPath(block))
    if (source === undefined) throw new Error(`no source file for ${block.where}`)
    const diagnostics = [
      ...program_.getSyntacticDiagnostics(source),
      ...program_.getSemanticDiagnostics(source),
    ]
    errors.set(
      block.where,
      diagnostics.map((d) => {
        const message = ts.flattenDiagnosticMessageText(d.messageText, '\n')
        if (d.start === undefined) return message
        const { line } = source.getLineAndCharacterOfPosition(d.start)
        return `line ${block.firstLine + line}: ${message}`
      }),
    )
  }
  return errors
}

/** The entry points (`sagaloop`, `sagaloop/effects`, ...): the `paths` of tsconfig.json. */
const entries: Record<string, string> = Object.fromEntries(
  Object.entries(
    (
      ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config as {
        compilerOptions: { paths: Record<string, string[]> }
      }
    ).compilerOptions.paths,
  ).map(([spec, [target = '']]) => [spec, target]),
)

/**
 * Rewrites a block's imports for a run from `fromDir`: `sagaloop/...` to the source files, and
 * relative paths (written from the Markdown file's folder) to the same files.
 */
function pointAtSource(block: Block, fromDir: string): string {
  return block.code.replace(
    /(from\s+|import\s*\(\s*)(['"])(sagaloop(?:\/[\w/-]+)?|\.{1,2}\/[^'"]*)\2/g,
    (all, lead, q, spec: string) => {
      const target = spec.startsWith('.') ? join(dirname(block.file), spec) : entries[spec]
      if (target === undefined) return all
      let path = relative(fromDir, join(root, target))
      if (!path.startsWith('.')) path = `./${path}`
      return `${lead as string}${q as string}${path}${q as string}`
    },
  )
}

// One folder per test run: two runs at once (two people's `npm test`) must not share files.
const runDir = join(root, 'node_modules', '.cache', `sagaloop-docs-${process.pid}-${Date.now()}`)

interface RunResult {
  ok: boolean
  error?: string
}

/**
 * Runs every runnable block in one tsx process (one start-up instead of one per block), one
 * block after the other, each imported as an ES module (`.mts`, for top-level await). A block
 * fails if importing it throws or rejects, or if it takes longer than 10 s.
 */
function runAll(list: Block[]): Promise<Map<string, RunResult>> {
  mkdirSync(runDir, { recursive: true })
  const files = list.map((block) => {
    const file = join(runDir, `${block.name}.mts`)
    writeFileSync(file, virtualSource({ ...block, code: pointAtSource(block, runDir) }))
    return { where: block.where, url: pathToFileURL(file).href }
  })
  const resultsFile = join(runDir, 'results.json')
  const runner = join(runDir, 'runner.mts')
  writeFileSync(
    runner,
    `import { writeFileSync } from 'node:fs'
const files = ${JSON.stringify(files)}
const results = {}
for (const { where, url } of files) {
  try {
    await Promise.race([
      import(url),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 10 s')), 10_000).unref()),
    ])
    results[where] = { ok: true }
  } catch (error) {
    results[where] = { ok: false, error: String(error?.stack ?? error) }
  }
}
writeFileSync(${JSON.stringify(resultsFile)}, JSON.stringify(results))
process.exit(0)
`,
  )
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', runner],
      { cwd: root, timeout: 120_000 },
      (error, stdout, stderr) => {
        let parsed: Record<string, RunResult> = {}
        try {
          parsed = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, RunResult>
        } catch {
          const output = `the runner wrote no results (${String(error ?? 'exit code 0')})`
          for (const { where } of files) parsed[where] = { ok: false, error: output }
        }
        // What the blocks printed helps to understand a failure.
        for (const result of Object.values(parsed))
          if (!result.ok)
            result.error = `${result.error ?? ''}\n--- output of the run ---\n${stdout}${stderr}`
        done(new Map(Object.entries(parsed)))
      },
    )
  })
}

let runResults: Promise<Map<string, RunResult>> | undefined

// Started before the type check, so the child process runs while this one compiles.
beforeAll(() => {
  if (runnable.length > 0) runResults = runAll(runnable)
})

afterAll(async () => {
  await runResults
  rmSync(runDir, { recursive: true, force: true })
})

describe('code blocks in the docs', () => {
  test('the docs contain TypeScript blocks to check, and some of them are runnable', () => {
    expect(compiled.length).toBeGreaterThan(0)
    expect(runnable.length).toBeGreaterThan(0)
  })

  test('the block extractor reads the language, the fragment flag and the run marker', () => {
    const markdown = [
      'text',
      '<!-- run -->',
      '',
      '```ts',
      'const a = 1',
      '```',
      '```ts fragment',
      'yield x',
      '```',
      '```sh',
      'npm ci',
      '```',
    ].join('\n')
    const found = extractBlocks('x.md', markdown)
    expect(
      found.map(({ code, run, fragment, firstLine }) => ({ code, run, fragment, firstLine })),
    ).toEqual([
      { code: 'const a = 1', run: true, fragment: false, firstLine: 5 },
      { code: 'yield x', run: false, fragment: true, firstLine: 8 },
    ])
  })

  const checkedFiles = [...new Set(compiled.map((block) => block.where.split(':')[0] as string))]
  let errors: Map<string, string[]> | undefined

  test.each(checkedFiles)(
    'every TypeScript block in %s type-checks against the project',
    (file) => {
      errors ??= typeCheck()
      const failing = [...errors].filter(
        ([where, list]) => where.startsWith(`${file}:`) && list.length > 0,
      )
      expect(
        failing.map(([where, list]) => `${where}\n  ${list.join('\n  ')}`),
        `blocks with type errors in ${file}: make each block a complete module (with its imports), ` +
          'or mark a deliberate excerpt as ```ts fragment (see test/docs/code-blocks.test.ts)',
      ).toEqual([])
    },
    // The first test builds the program for every block: seconds alone, far more on a loaded machine.
    120_000,
  )

  test.each([
    ['sagaloop', 'redux-saga'],
    ['sagaloop/effects', 'redux-saga/effects'],
  ])(
    'docs/migration.md lists exactly the names %s lacks from %s',
    (entry, original) => {
      const names = exportedNames()
      const ours = names.get(entry) as Set<string>
      const missing = [...(names.get(original) as Set<string>)].filter((n) => !ours.has(n))
      expect(listedAsMissing(entry).sort()).toEqual(missing.sort())
    },
    120_000,
  )

  test.each(runnable.map((block) => [block.where, block] as const))(
    'the runnable block at %s runs without throwing',
    async (where) => {
      runResults ??= runAll(runnable)
      const result = (await runResults).get(where)
      expect(result, `no result for ${where}`).toBeDefined()
      expect(result?.error ?? '').toBe('')
      expect(result?.ok).toBe(true)
    },
    60_000,
  )
})
