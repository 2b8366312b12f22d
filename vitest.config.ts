import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: /^sagaloop$/, replacement: entry('./src/index.ts') },
      { find: /^sagaloop\/effects$/, replacement: entry('./src/effects/index.ts') },
      { find: /^sagaloop\/testing$/, replacement: entry('./src/testing/index.ts') },
      { find: /^sagaloop\/testing\/matchers$/, replacement: entry('./src/testing/matchers.ts') },
      {
        find: /^sagaloop\/testing\/providers$/,
        replacement: entry('./src/testing/public-providers.ts'),
      },
      { find: /^sagaloop\/toolkit$/, replacement: entry('./src/toolkit/index.ts') },
      { find: /^sagaloop\/monitor$/, replacement: entry('./src/monitor/index.ts') },
      { find: /^sagaloop\/devtools$/, replacement: entry('./src/devtools/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts', 'examples/**/*.test.tsx'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/browser/**'],
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 20_000,
  },
})
