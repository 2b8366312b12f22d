/** An app pays only for what it imports: the panel is dropped by a bundler when unused. */
import { describe, expect, test } from 'vitest'
import { bundleSource as bundle } from '../support/bundle'

describe('tree shaking', () => {
  test('an app that uses the inspector and no devtools ships no panel', async () => {
    const code = await bundle(
      `import { createInspector } from './monitor/index.ts'\nexport const i = createInspector()`,
    )
    expect(code).toContain('createInspector')
    expect(code).not.toContain('sl-panel')
    expect(code).not.toContain('mountSagaPanel')
  })

  test('an app that uses only sagaTrace from devtools ships no panel', async () => {
    const code = await bundle(
      `import { sagaTrace } from './devtools/index.ts'\nexport { sagaTrace }`,
    )
    expect(code).toContain('saga-chain')
    expect(code).not.toContain('sl-panel')
  })

  test('an app that mounts the panel ships it', async () => {
    const code = await bundle(
      `import { mountSagaPanel } from './devtools/index.ts'\nexport { mountSagaPanel }`,
    )
    expect(code).toContain('sl-panel')
  })
})
