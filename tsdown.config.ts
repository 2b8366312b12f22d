import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'tsdown'
import { devMessages } from './tsdown.dev-messages.js'

/**
 * One entry per public import path: the key is the file name in `dist/`, the import path is
 * `sagaloop/<key with "-" as "/">` (`index` is `sagaloop`). package.json lists the same paths in
 * `exports` and `typesVersions`; the package test (test/package) checks that the three agree.
 */
export const entries = {
  index: 'src/index.ts',
  effects: 'src/effects/index.ts',
  monitor: 'src/monitor/index.ts',
  devtools: 'src/devtools/index.ts',
  toolkit: 'src/toolkit/index.ts',
  testing: 'src/testing/index.ts',
  'testing-matchers': 'src/testing/matchers-entry.ts',
  'testing-providers': 'src/testing/public-providers.ts',
}

const outDir = 'dist'

/**
 * The CommonJS declaration bundle imports rolldown's `__exportAll` helper (the runtime of
 * `export * as ns`) in the same statement as real types, and re-exports it from a shared chunk
 * that declares it nowhere: TS2304 for consumers with `skipLibCheck: false`. The helper means
 * nothing in a declaration file, so its import and export specifiers are dropped.
 */
function dropRuntimeHelpersFromDeclarations(): void {
  for (const name of readdirSync(outDir)) {
    if (!/\.d\.[cm]?ts$/.test(name)) continue
    const file = join(outDir, name)
    const code = readFileSync(file, 'utf8')
    // Only the `import { ... } from` and `export { ... }` statements, one per line.
    const fixed = code.replace(
      /^(import|export) \{([^}\n]*)\}(.*)$/gm,
      (line, keyword: string, list: string, rest: string) => {
        const kept = list
          .split(',')
          .map((specifier) => specifier.trim())
          .filter((specifier) => specifier !== '' && !/\b__exportAll\b/.test(specifier))
        if (kept.length === list.split(',').filter((s) => s.trim() !== '').length) return line
        return kept.length === 0 ? '' : `${keyword} { ${kept.join(', ')} }${rest}`
      },
    )
    if (fixed !== code) writeFileSync(file, fixed)
  }
}

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  outDir,
  platform: 'neutral',
  // ES2022 keeps class fields native: no `_defineProperty` / `__publicField` helpers per instance.
  target: 'es2022',
  outputOptions: { exports: 'named' },
  hooks: { 'build:done': dropRuntimeHelpersFromDeclarations },
  // Every imported constant is written out where it is used, across chunks too (by default only
  // in conditions): `effect['@@redux-saga/IO']`, as symbols.ts wants for the JIT, and no chunk
  // imports a constant from another. A class with a computed key read from an import, such as
  // `[MULTICAST] = true`, is code an app's bundler must keep (the key could run code); with the
  // literal it is dropped when unused: sagaloop/toolkit bundles no channel class.
  inputOptions: { optimization: { inlineConst: true } },
  // Long messages are development-only: see tsdown.dev-messages.ts.
  plugins: [devMessages],
})
