/** A recorded session: payloads masked, the same answers once loaded back from JSON. */
import { describe, expect, test } from 'vitest'
import { put, takeEvery } from 'sagaloop/effects'
import { exportSession, liveSource, loadSession, maskSecrets } from 'sagaloop/devtools'
import { createInspector } from 'sagaloop/monitor'
import { makeStore } from '../support/store'

function recorded() {
  const inspector = createInspector()
  const { store, run } = makeStore({ sagaMonitor: inspector })
  const task = run(function* rootSaga() {
    yield takeEvery('auth/login', function* loginWorker() {
      yield put({ type: 'auth/loggedIn', token: 'abc123', user: { name: 'ann', apiKey: 'k' } })
    })
  })
  store.dispatch({ type: 'auth/login', user: 'ann', password: 'hunter2' })
  task.cancel()
  return liveSource(inspector)
}

describe('sessions', () => {
  test('maskSecrets hides values under secret-looking keys, at any depth', () => {
    expect(maskSecrets({ user: 'ann', password: 'p', nested: { accessToken: 't', n: 1 } })).toEqual(
      {
        user: 'ann',
        password: '•••',
        nested: { accessToken: '•••', n: 1 },
      },
    )
  })

  test('an exported session holds no secret and survives JSON', () => {
    const json = JSON.stringify(exportSession(recorded()))
    expect(json).not.toContain('hunter2')
    expect(json).not.toContain('abc123')
    expect(JSON.parse(json)).toMatchObject({ format: 'sagaloop-session', version: 1 })
  })

  test('a loaded session answers why, effectsOf and startOf as the live one did', () => {
    const live = recorded()
    const loaded = loadSession(JSON.stringify(exportSession(live)))
    expect(loaded.actions()).toEqual(live.actions())
    expect(loaded.why(2)).toEqual(live.why(2))
    expect(loaded.effectsOf(1)).toEqual(live.effectsOf(1))
    const root = live.snapshot().roots[0]?.id ?? -1
    expect(loaded.startOf(root)).toEqual(live.startOf(root))
    expect(loaded.payload(1)).toEqual({ type: 'auth/login', user: 'ann', password: '•••' })
  })

  test('loadSession refuses a file that is not a session, saying what it got', () => {
    expect(() => loadSession('{"format":"har"}')).toThrow(
      'loadSession: not a sagaloop session (expected format "sagaloop-session", version 1; got "har", undefined).',
    )
  })
})
