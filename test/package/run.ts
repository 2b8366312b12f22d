/**
 * The package test: what a user installs is what we test. Packs the package (`npm pack`),
 * installs the tarball into throwaway consumer projects under a temp folder (offline: the
 * tarball has no dependencies; `redux`, `typescript` and `@types/node` are linked from this
 * project), and for each module setup a user may have:
 *
 * - type-checks test/package/consumer/*.ts against the installed declarations with `strict` and
 *   `skipLibCheck: false` (every entry imported, every exported value used, typed sagas, and the
 *   negatives as `@ts-expect-error`),
 * - runs the compiled consumer with node (`import` in the ESM setups, `require` in the CommonJS
 *   ones).
 *
 * It also checks the first error text of the mistakes listed in consumer/error-messages.ts, the
 * docs' code blocks and the examples against the installed package (the examples' tests and the
 * demo run there too), that the installed dist/ is this dist/ (which the bench measures) byte for
 * byte, the package.json entry lists against tsdown.config.ts, and that dist/ has no class-field
 * helpers. Run after `npm run build`.
 */
import { execFile } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { entries } from '../../tsdown.config.js'
import { extractBlocks, markdownFiles } from '../support/markdown.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const consumerSources = join(root, 'test/package/consumer')
const tsc = join(root, 'node_modules/typescript/lib/tsc.js')
const vitest = join(root, 'node_modules/vitest/vitest.mjs')
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')

interface Setup {
  name: string
  type: 'module' | 'commonjs'
  compilerOptions: Record<string, unknown>
}

/** The module setups users have; each gets its own project next to one shared node_modules. */
const setups: Setup[] = [
  {
    name: 'esm-bundler',
    type: 'module',
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
  },
  {
    name: 'esm-nodenext',
    type: 'module',
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' },
  },
  {
    name: 'cjs-node16',
    type: 'commonjs',
    compilerOptions: { module: 'node16', moduleResolution: 'node16' },
  },
  {
    name: 'cjs-node10',
    type: 'commonjs',
    compilerOptions: { module: 'commonjs', moduleResolution: 'node10' },
  },
]

const strictOptions = {
  target: 'es2022',
  lib: ['es2022'],
  types: ['node'],
  strict: true,
  skipLibCheck: false,
  noUnusedLocals: true,
  esModuleInterop: true,
  forceConsistentCasingInFileNames: true,
}

const failures: string[] = []
function check(what: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? '✓' : '✗'} ${what}`)
  if (!ok) failures.push(`${what}${detail === '' ? '' : `\n${detail}`}`)
}

function run(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    // A generous limit: on a loaded machine the type checks take minutes, not seconds.
    execFile(command, args, { cwd, timeout: 600_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
      const killed = error?.killed === true ? `\n(killed: ${String(error.signal)})` : ''
      done({ code, output: `${stdout}${stderr}${killed}` })
    })
  })
}

/** The import path of an entry key: `index` → `sagaloop`, `testing-matchers` → `sagaloop/testing/matchers`. */
const importPath = (key: string) =>
  key === 'index' ? 'sagaloop' : `sagaloop/${key.replace(/-/g, '/')}`

function checkPackageJson(): void {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>
    typesVersions: Record<string, Record<string, string[]>>
  }
  const keys = Object.keys(entries)
  const fromExports = Object.keys(pkg.exports).filter((path) => path !== './package.json')
  check(
    'package.json "exports" lists exactly the entries of tsdown.config.ts',
    JSON.stringify(fromExports.sort()) ===
      JSON.stringify(
        keys.map((key) => (key === 'index' ? '.' : `./${key.replace(/-/g, '/')}`)).sort(),
      ),
    `exports: ${fromExports.join(', ')}`,
  )
  const mapped = pkg.typesVersions['*'] ?? {}
  const expected = Object.fromEntries(
    keys
      .filter((key) => key !== 'index')
      .map((key) => [key.replace(/-/g, '/'), [`./dist/${key}.d.cts`]]),
  )
  check(
    'package.json "typesVersions" maps every subpath to its declarations (node10 resolution)',
    JSON.stringify(Object.entries(mapped).sort()) ===
      JSON.stringify(Object.entries(expected).sort()),
    JSON.stringify(mapped),
  )
}

function checkNoClassFieldHelpers(): void {
  const helpers = /\b(_defineProperty|__publicField|_classPrivateFieldGet|_classPrivateFieldSet)\b/
  const offenders = readdirSync(join(root, 'dist'))
    .filter((name) => /\.c?js$/.test(name))
    .filter((name) => helpers.test(readFileSync(join(root, 'dist', name), 'utf8')))
  check(
    'dist/ has no class-field helpers (class fields stay native)',
    offenders.length === 0,
    offenders.join(', '),
  )
}

/**
 * symbols.ts's keys are written out where they are used (the build inlines every imported
 * constant): no chunk reads one through an import, which would keep an app's bundler from
 * dropping a class keyed by it, and make the JIT look the key up. Only `sagaloop` (index)
 * re-exports the public ones (`CANCEL`, `SAGA_LOCATION`).
 */
function checkKeysInlined(): void {
  const keys = readFileSync(join(root, 'src/symbols.ts'), 'utf8').matchAll(
    /^export const (\w+) =/gm,
  )
  const names = [...keys].map(([, name]) => name).join('|')
  const imported = new RegExp(`^import \\{[^}]*\\bas (${names})\\b`, 'm')
  const required = new RegExp(`\\brequire_\\w+\\.(${names})\\b`)
  const offenders = readdirSync(join(root, 'dist'))
    .filter((name) => /\.c?js$/.test(name) && !/^index\.c?js$/.test(name))
    .filter((name) => {
      const code = readFileSync(join(root, 'dist', name), 'utf8')
      return imported.test(code) || required.test(code)
    })
  check(
    "dist/ chunks use the '@@redux-saga/...' keys as literals, never imported",
    names !== '' && offenders.length === 0,
    offenders.join(', '),
  )
}

function link(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true })
  symlinkSync(from, to, 'dir')
}

/** Names imported (`import { a, b as c }`, `import d from`) per module, over the consumer files. */
function importedNames(files: string[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/^import\s+(?!type\b)([\s\S]*?)\s+from\s+'([^']+)'/gm)) {
      const [, clause = '', spec = ''] = match
      const set = names.get(spec) ?? new Set<string>()
      names.set(spec, set)
      const [defaultName, braces] = clause.includes('{') ? clause.split('{') : [clause, '']
      if (defaultName !== undefined && /^\s*\w+\s*,?\s*$/.test(defaultName)) set.add('default')
      for (const part of (braces ?? '').replace('}', '').split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0] ?? ''
        if (name !== '' && !name.startsWith('type ')) set.add(name)
      }
    }
  }
  return names
}

async function main(): Promise<void> {
  const started = Date.now()
  checkPackageJson()
  checkNoClassFieldHelpers()
  checkKeysInlined()

  const work = mkdtempSync(join(tmpdir(), 'sagaloop-package-'))
  try {
    const packed = await run('npm', ['pack', '--silent', '--pack-destination', work], root)
    const tarball = join(work, packed.output.trim().split('\n').pop() ?? '')
    check('npm pack makes a tarball', packed.code === 0, packed.output)
    if (packed.code !== 0) return

    // One node_modules for every setup: each project is a folder below it.
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumers', private: true }))
    const install = await run(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--ignore-scripts',
        tarball,
      ],
      work,
    )
    check('the tarball installs offline into a fresh project', install.code === 0, install.output)
    if (install.code !== 0) return
    // What the examples import besides sagaloop, and the test runner their tests import.
    for (const dep of ['redux', '@types/node', '@reduxjs/toolkit', 'ws', '@types/ws', 'vitest'])
      link(join(root, 'node_modules', dep), join(work, 'node_modules', dep))
    checkInstalledDist(join(work, 'node_modules/sagaloop/dist'))

    const files = readdirSync(consumerSources).filter((name) => name.endsWith('.ts'))
    const checkedFiles = files.filter((name) => name !== 'error-messages.ts')
    for (const setup of setups) {
      const dir = join(work, setup.name)
      mkdirSync(dir)
      for (const name of checkedFiles) cpSync(join(consumerSources, name), join(dir, name))
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: setup.type }))
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...strictOptions,
            ...setup.compilerOptions,
            outDir: 'out',
            rootDir: '.',
          },
          include: ['*.ts'],
        }),
      )
    }
    const errorsDir = prepareErrorMessages(work)
    const docsDir = prepareDocs(work)
    const examplesDir = prepareExamples(work)

    // The type checks run side by side: they are most of this test's time.
    const [compiled, errorRun, docsRun, examplesRun] = await Promise.all([
      Promise.all(
        setups.map((setup) => run(process.execPath, [tsc, '-p', join(work, setup.name)], work)),
      ),
      run(process.execPath, [tsc, '-p', errorsDir], work),
      run(process.execPath, [tsc, '-p', docsDir], work),
      run(process.execPath, [tsc, '-p', examplesDir], work),
    ])
    for (const [i, setup] of setups.entries()) {
      const result = compiled[i] as { code: number; output: string }
      check(
        `${setup.name}: the consumer type-checks against the installed package`,
        result.code === 0,
        result.output,
      )
    }
    checkErrorMessages(errorsDir, errorRun.output)
    check(
      'the docs code blocks type-check against the installed package',
      docsRun.code === 0,
      docsRun.output,
    )
    check(
      'the examples type-check against the installed package',
      examplesRun.code === 0,
      examplesRun.output,
    )

    const runs = await Promise.all(
      setups.map((setup) =>
        run(process.execPath, [join(work, setup.name, 'out', 'usage.js')], work),
      ),
    )
    for (const [i, setup] of setups.entries()) {
      const result = runs[i] as { code: number; output: string }
      const form = setup.type === 'module' ? 'import' : 'require'
      check(
        `${setup.name}: the consumer runs on the installed package (${form})`,
        result.code === 0 && result.output.includes('consumer: ok'),
        result.output,
      )
    }

    // One after the other: the demo's servers and the tests' timers want the CPU to themselves.
    const examplesTests = await run(process.execPath, [vitest, 'run'], examplesDir)
    check(
      "the examples' tests pass against the installed package",
      examplesTests.code === 0,
      examplesTests.output,
    )
    const demo = await run(process.execPath, [tsx, 'examples/demo.ts'], examplesDir)
    check(
      'the demo (npm run demo) runs on the installed package',
      demo.code === 0 && demo.output.includes('tasks by state:'),
      demo.output,
    )

    // Every runtime export of every entry is imported by name in the consumer files.
    const imported = importedNames(checkedFiles.map((name) => join(consumerSources, name)))
    const exportsRun = await run(
      process.execPath,
      [
        '-e',
        `const out = {}
for (const key of ${JSON.stringify(Object.keys(entries).map(importPath))}) out[key] = Object.keys(require(key)).sort()
console.log(JSON.stringify(out))`,
      ],
      work,
    )
    const exportsOf = JSON.parse(exportsRun.output) as Record<string, string[]>
    for (const [spec, names] of Object.entries(exportsOf)) {
      const missing = names.filter((name) => !(imported.get(spec)?.has(name) ?? false))
      check(
        `every value ${spec} exports is used by the consumer`,
        missing.length === 0,
        `not used: ${missing.join(', ')}`,
      )
    }
  } finally {
    // KEEP_PACKAGE_TEST=1 keeps the consumer projects, to look into a failure.
    if (process.env.KEEP_PACKAGE_TEST === '1') console.log(`consumer projects kept in ${work}`)
    else rmSync(work, { recursive: true, force: true })
  }
  console.log(`package test: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * consumer/error-messages.ts: each mistake is preceded by `// @ts-expect-error first error: <text>`
 * (so the project's own type check accepts it). Here the directives become plain comments, and
 * the first diagnostic on the mistake's line must contain the text.
 */
function prepareErrorMessages(work: string): string {
  const dir = join(work, 'error-messages')
  mkdirSync(dir)
  const source = readFileSync(join(consumerSources, 'error-messages.ts'), 'utf8')
  writeFileSync(
    join(dir, 'error-messages.ts'),
    source.replace(/\/\/ @ts-expect-error first error:/g, '// first error:'),
  )
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...strictOptions,
        module: 'esnext',
        moduleResolution: 'bundler',
        noEmit: true,
        noUnusedLocals: false,
      },
      include: ['*.ts'],
    }),
  )
  return dir
}

function checkErrorMessages(dir: string, output: string): void {
  const lines = readFileSync(join(dir, 'error-messages.ts'), 'utf8').split('\n')
  const expected: { line: number; text: string }[] = []
  for (const [i, line] of lines.entries()) {
    const marker = /\/\/ first error: (.*)$/.exec(line)
    if (marker) expected.push({ line: i + 2, text: marker[1] as string })
  }
  check('error-messages.ts lists mistakes to check', expected.length > 0)
  // tsc prints `file(line,col): error TSxxxx: message`, then indented details.
  const reported = [
    ...output.matchAll(/error-messages\.ts\((\d+),\d+\): error (TS\d+: [\s\S]*?)(?=\n\S|$)/g),
  ]
  for (const { line, text } of expected) {
    const first = reported.find((match) => Number(match[1]) === line)
    const message = (first?.[2] ?? '').replace(/\s+/g, ' ')
    check(
      `the first error for the mistake on line ${line} of error-messages.ts says: ${text}`,
      message.includes(text),
      `reported: ${message === '' ? '(no error)' : message}`,
    )
  }
  const lineNumbers = new Set(expected.map(({ line }) => line))
  const unexpected = reported.filter((match) => !lineNumbers.has(Number(match[1])))
  check(
    'error-messages.ts has no errors other than the listed mistakes',
    unexpected.length === 0,
    unexpected.map((m) => m[0]).join('\n'),
  )
}

/**
 * The examples as a user copies them, in a project of their own next to the installed package:
 * no aliases and no paths, so `sagaloop` is the tarball's. Their tests run with vitest (all but
 * demo.test.ts, which runs the demo from this repository: the demo runs here on its own). The web
 * example, a React app, is left out: the browser test builds it against dist/.
 */
function prepareExamples(work: string): string {
  const dir = join(work, 'examples-project')
  const web = join(root, 'examples/web')
  cpSync(join(root, 'examples'), join(dir, 'examples'), {
    recursive: true,
    filter: (path) => path !== web && !path.startsWith(`${web}/`),
  })
  writeFileSync(
    join(dir, 'vitest.config.mjs'),
    `export default { test: { include: ['examples/**/*.test.ts'], exclude: ['examples/demo.test.ts'], testTimeout: 20_000 } }\n`,
  )
  writeBundlerProject(dir, ['examples/**/*.ts'])
  return dir
}

/** The files of `dir` and below, relative to it. */
function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = join(prefix, name)
    return statSync(join(dir, path)).isDirectory() ? filesBelow(dir, path) : [path]
  })
}

/** The installed dist/ is this one, file for file and byte for byte: what the bench measures. */
function checkInstalledDist(installed: string): void {
  const dist = join(root, 'dist')
  const ours = filesBelow(dist).sort()
  const theirs = filesBelow(installed).sort()
  const differing = ours.filter(
    (file) =>
      !theirs.includes(file) ||
      !readFileSync(join(dist, file)).equals(readFileSync(join(installed, file))),
  )
  const extra = theirs.filter((file) => !ours.includes(file))
  check(
    "the installed package's dist/ is dist/, byte for byte (the bench measures dist/)",
    differing.length === 0 && extra.length === 0,
    [...differing, ...extra].join('\n'),
  )
}

/** The docs' code blocks, as a reader copies them, in a project of their own (bundler setup). */
function prepareDocs(work: string): string {
  const dir = join(work, 'docs-project')
  mkdirSync(join(dir, 'docs'), { recursive: true })
  // The blocks import the counter example by relative path, as in this repository.
  cpSync(join(root, 'examples/counter'), join(dir, 'examples/counter'), {
    recursive: true,
    filter: (path) => !path.endsWith('.test.ts'),
  })
  for (const file of markdownFiles(root)) {
    for (const block of extractBlocks(file, readFileSync(join(root, file), 'utf8'))) {
      if (block.fragment) continue
      writeFileSync(join(dir, dirname(file), `${block.name}.ts`), `${block.code}\nexport {}\n`)
    }
  }
  writeBundlerProject(dir, ['*.ts', 'docs/*.ts', 'examples/**/*.ts'])
  return dir
}

/** An ESM project in `dir` that type-checks `include` as an app's bundler setup would. */
function writeBundlerProject(dir: string, include: string[]): void {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...strictOptions,
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        noEmit: true,
        noUnusedLocals: false,
      },
      include,
    }),
  )
}

await main()
if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed:\n\n${failures.join('\n\n')}`)
  process.exitCode = 1
}
