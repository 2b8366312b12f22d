/**
 * The renderings of effects are development-only: a production bundle that never calls
 * `describeEffect` (an app with no monitor) carries none, and one with the inspector carries
 * only the sketch that `describeEffect` makes from a payload.
 */
import { describe, expect, test } from 'vitest'
import { bundleSource as bundle } from '../support/bundle'

const app = `import { createSagaMiddleware, call, put, take, takeLatest, select, fork } from './index.ts'
export { createSagaMiddleware, call, put, take, takeLatest, select, fork }`

// Texts only records' renderings write: `cps(`, `cancelled()`, `putResolve`, `takeMaybe`.
const renderings = ['cps(', 'cancelled()', 'putResolve', 'takeMaybe']

describe('tree shaking of descriptions', () => {
  test('a development bundle renders every effect its records run', async () => {
    const code = await bundle(app, 'development')
    for (const text of renderings) expect(code).toContain(text)
  })

  test('a production bundle of an app without a monitor carries no rendering', async () => {
    const code = await bundle(app, 'production')
    for (const text of renderings) expect(code).not.toContain(text)
    expect(code).not.toContain('function sketch')
  })

  test("a production bundle with the inspector carries describeEffect's sketch only", async () => {
    const code = await bundle(
      `${app}\nexport { createInspector } from './monitor/index.ts'`,
      'production',
    )
    expect(code).toContain('function sketch')
    for (const text of renderings) expect(code).not.toContain(text)
  })
})
