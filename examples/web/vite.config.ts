// `npm run web` serves this app for a person; the browser test builds it and serves the build
// with `vite preview`. sagaloop is taken from src/, as the tests do, so no build is needed first.
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { sagaloopApi } from './api-plugin'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  root: here('.'),
  plugins: [react(), sagaloopApi()],
  resolve: {
    alias: [
      { find: /^sagaloop$/, replacement: here('../../src/index.ts') },
      { find: /^sagaloop\/effects$/, replacement: here('../../src/effects/index.ts') },
      { find: /^sagaloop\/monitor$/, replacement: here('../../src/monitor/index.ts') },
      { find: /^sagaloop\/devtools$/, replacement: here('../../src/devtools/index.ts') },
    ],
  },
  // The inspector names tasks after their saga functions: keep the names through minification.
  esbuild: { keepNames: true },
  server: { host: '127.0.0.1', open: false },
  preview: { host: '127.0.0.1' },
  build: { outDir: here('./dist'), emptyOutDir: true, sourcemap: true },
  logLevel: 'info',
})
