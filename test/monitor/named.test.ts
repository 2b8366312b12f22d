/** Saga names survive minification with `named()`, or with the bundler's `keepNames`. */
import { describe, expect, test } from 'vitest'
import { transform } from 'esbuild'
import * as effects from 'sagaloop/effects'
import { createInspector, named } from 'sagaloop/monitor'
import { makeStore } from '../support/store'

// Sagas as an app would write them; the test minifies this source as a bundler would.
const source = `
globalThis.__sagas = (E, named) => {
  function* loadUser() { yield E.take('NEVER') }
  const loadProfile = named('loadProfile', function* () { yield E.take('NEVER') })
  function* rootSaga() {
    yield E.fork(loadUser)
    yield E.fork(loadProfile)
  }
  return rootSaga
}
`

type Factory = (e: typeof effects, n: typeof named) => () => Generator

async function taskNames(options: { keepNames: boolean }): Promise<string[]> {
  const { code } = await transform(source, { minify: true, keepNames: options.keepNames })
  new Function(code)()
  const factory = (globalThis as { __sagas?: Factory }).__sagas as Factory
  const inspector = createInspector()
  const { run } = makeStore({ sagaMonitor: inspector })
  const task = run(factory(effects, named))
  const names = inspector.snapshot().roots.flatMap((root) => root.children.map((c) => c.name))
  task.cancel()
  return names
}

describe('names that survive minification', () => {
  test('a minifier renames an unnamed saga, and named() keeps the name given', async () => {
    const [loadUser, loadProfile] = await taskNames({ keepNames: false })
    expect(loadUser).not.toBe('loadUser')
    expect(loadProfile).toBe('loadProfile')
  })

  test("with esbuild's keepNames every saga keeps its name", async () => {
    expect(await taskNames({ keepNames: true })).toEqual(['loadUser', 'loadProfile'])
  })

  test('named() returns the same function, so effects built from it still compare equal', () => {
    function* saga() {}
    expect(named('other', saga)).toBe(saga)
    expect(effects.call(saga)).toEqual(effects.call(named('other', saga)))
    expect(saga.name).toBe('other')
  })

  test('named() refuses something that is not a function, saying what it got', () => {
    expect(() => named('x', 42 as never)).toThrow(
      'named("x", fn): fn must be a function; got number.',
    )
  })
})
