import { defineConfig } from 'tsdown'

/** One entry per public import path; package.json `exports` lists the same names. */
export const entries = {
  index: 'src/index.ts',
  effects: 'src/effects/index.ts',
  monitor: 'src/monitor/index.ts',
  devtools: 'src/devtools/index.ts',
  toolkit: 'src/toolkit/index.ts',
  testing: 'src/testing/index.ts',
  'testing-matchers': 'src/testing/matchers.ts',
  'testing-providers': 'src/testing/public-providers.ts',
}

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  outDir: 'dist',
  platform: 'neutral',
  target: 'es2020',
  outputOptions: { exports: 'named' },
})
