// Builds the plain page against the built package in dist/, as a user installs it.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  root: here('.'),
  resolve: {
    alias: [
      { find: /^sagaloop$/, replacement: here('../../../dist/index.js') },
      { find: /^sagaloop\/effects$/, replacement: here('../../../dist/effects.js') },
      { find: /^sagaloop\/monitor$/, replacement: here('../../../dist/monitor.js') },
      { find: /^sagaloop\/devtools$/, replacement: here('../../../dist/devtools.js') },
    ],
  },
  preview: { host: '127.0.0.1' },
  logLevel: 'warn',
})
