import { afterEach, describe, expect, it, vi } from 'vitest'
import { call, delay, fork, put, take, takeEvery, takeLatest } from 'sagaloop/effects'
import { expectSaga } from 'sagaloop/testing'

afterEach(() => {
  vi.restoreAllMocks()
})

function* whileTake() {
  for (;;) {
    const action = yield* take<{ type: 'PING'; n: number }>('PING')
    yield* put({ type: 'PONG', n: action.n })
  }
}

describe('run until idle', () => {
  it('resolves a while(true) take watcher at once and reports the blocked task', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    // A timeout of a minute, far past vitest's own 5 s: the run must end without waiting on it.
    const result = await expectSaga(whileTake)
      .dispatch({ type: 'PING', n: 1 })
      .put({ type: 'PONG', n: 1 })
      .run({ timeout: 60_000 })
    expect(result.ended).toBe('idle')
    expect(result.blocked).toEqual([
      {
        task: { id: 1, name: 'whileTake', parent: null },
        on: ['take("PING") (no dispatched action matches)'],
      },
    ])
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('prints nothing for an idle watcher with silentRun()', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await expectSaga(whileTake).silentRun()
    expect(warn).not.toHaveBeenCalled()
  })

  it('run(false) waits, as test-plan does, for an action the test dispatches after an await', async () => {
    function* twoTakes() {
      yield* take('FOO')
      yield* take('BAR')
      yield* put({ type: 'DONE' })
    }
    const saga = expectSaga(twoTakes).put({ type: 'DONE' }).dispatch({ type: 'FOO' })
    let ended = false
    const run = saga.run(false).finally(() => (ended = true))
    // Long enough for the run to have become idle many times over (each loop turn is a macrotask).
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve))
    expect(ended).toBe(false)
    saga.dispatch({ type: 'BAR' })
    expect((await run).ended).toBe('finished')
  })

  it('names forked watcher tasks and their parent in the report', async () => {
    function* onSave() {
      yield* put({ type: 'SAVED' })
    }
    function* root() {
      yield* takeEvery('SAVE', onSave)
      yield* takeLatest('LOAD', onSave)
    }
    const result = await expectSaga(root).silentRun()
    expect(result.blocked.map(({ task }) => task.parent)).toEqual([1, 1])
    expect(result.blocked.flatMap(({ on }) => on)).toEqual([
      'take("SAVE") (no dispatched action matches)',
      'take("LOAD") (no dispatched action matches)',
    ])
  })

  it('advances virtual timers until idle, with no real wait', async () => {
    function* later() {
      yield* delay(60_000)
      yield* put({ type: 'A_MINUTE_LATER' })
      yield* take('NEVER')
    }
    const result = await expectSaga(later).put({ type: 'A_MINUTE_LATER' }).silentRun(120_000)
    expect(result.virtualTime).toBe(60_000)
    expect(result.ended).toBe('idle')
  })

  it('cuts an endless poll at the virtual horizon, with a note saying so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    function* poll() {
      for (;;) {
        yield* delay(1000)
        yield* put({ type: 'TICK' })
      }
    }
    const result = await expectSaga(poll).run({ horizon: 10_000 })
    expect(result.ended).toBe('horizon')
    expect(result.effects.put).toHaveLength(10)
    expect(String(warn.mock.calls[0]?.[1])).toContain(
      'virtual time was cut at the horizon of 10000 ms',
    )
  })

  it("lets virtual time go as far as test-plan's timeout would let real time go", async () => {
    function* poll() {
      for (;;) {
        yield* delay(100)
        yield* put({ type: 'TICK' })
      }
    }
    const byDefault = await expectSaga(poll).silentRun()
    expect(byDefault.effects.put).toHaveLength(2) // 250 ms: at 100 and 200
    expect(byDefault.ended).toBe('horizon')
    const longer = await expectSaga(poll).silentRun(1000)
    expect(longer.effects.put).toHaveLength(10)
  })

  it('with run(false), virtual time goes as far as the horizon option (one hour by default)', async () => {
    function* poll() {
      for (let n = 0; n < 70; n++) yield* delay(60_000)
      yield* put({ type: 'DONE' })
    }
    const result = await expectSaga(poll).silentRun({ timeout: false, horizon: 3 * 60 * 60_000 })
    expect(result.effects.put).toHaveLength(1)
    expect(result.virtualTime).toBe(70 * 60_000)
  })

  it('does not fire a delay past the timeout, so a negative assertion holds as under test-plan', async () => {
    function* late() {
      yield* delay(1000)
      yield* put({ type: 'LATE' })
    }
    await expectSaga(late).not.put({ type: 'LATE' }).silentRun()
  })

  it('waits on a real promise, and names the call when it never settles', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const neverAnswers = (_id: number) => new Promise<never>(() => {})
    function* load() {
      yield* call(neverAnswers, 7)
    }
    const result = await expectSaga(load).run({ timeout: 30 })
    expect(result.ended).toBe('stuck')
    const message = String(warn.mock.calls[0]?.[1])
    expect(message).toMatch(/^Saga exceeded async timeout of 30ms\n/)
    expect(message).toContain('call(neverAnswers, 7)')
  })

  it('ends idle on a provided promise that never settles: only the test could settle it', async () => {
    const fetchUser = (_id: number) => Promise.resolve({ id: 1 })
    function* load() {
      yield* fork(function* background() {
        yield* take('X')
      })
      yield* call(fetchUser, 1)
    }
    const result = await expectSaga(load)
      .provide({ call: () => new Promise(() => {}) })
      .silentRun()
    expect(result.ended).toBe('idle')
    expect(result.blocked.map(({ task }) => task.name)).toEqual(['background', 'load'])
  })

  it('finishes with ended "finished" and no blocked task when the saga returns', async () => {
    function* quick() {
      yield* put({ type: 'DONE' })
      return 1
    }
    const result = await expectSaga(quick).returns(1).run()
    expect(result.ended).toBe('finished')
    expect(result.blocked).toEqual([])
  })
})

describe('virtual Date.now() and performance.now()', () => {
  it('reads the virtual clock inside the run with withVirtualNow()', async () => {
    function* stamp() {
      const before = Date.now()
      const perfBefore = performance.now()
      yield* delay(1500)
      yield* put({
        type: 'STAMPED',
        elapsed: Date.now() - before,
        perf: performance.now() - perfBefore,
      })
    }
    await expectSaga(stamp)
      .withVirtualNow(1_000_000)
      .put({ type: 'STAMPED', elapsed: 1500, perf: 1500 })
      .run(2000)
  })

  it('starts at the given epoch and restores the real clocks after the run', async () => {
    const realNow = Date.now
    let seen = 0
    function* stamp() {
      seen = Date.now()
      yield* delay(1)
    }
    await expectSaga(stamp).withVirtualNow(42).run()
    expect(seen).toBe(42)
    expect(Date.now).toBe(realNow)
  })

  it('leaves Date.now() alone without withVirtualNow()', async () => {
    let elapsed = -1
    function* stamp() {
      const before = Date.now()
      yield* delay(60_000)
      elapsed = Date.now() - before
    }
    await expectSaga(stamp).run()
    expect(elapsed).toBeLessThan(60_000)
  })
})

describe('sources outside the saga', () => {
  it('gives an eventChannel fed by a real timer the real time it needs, as test-plan did', async () => {
    const { eventChannel, END } = await import('sagaloop')
    const { call: callEffect } = await import('sagaloop/effects')
    function ticks() {
      return eventChannel<number>((emit) => {
        let n = 0
        const id = setInterval(() => {
          n += 1
          emit(n)
          if (n === 3) emit(END)
        }, 5)
        return () => clearInterval(id)
      })
    }
    function* counter() {
      const channel = yield* callEffect(ticks)
      for (;;) {
        const n = yield* take(channel)
        yield* put({ type: 'TICK', n })
      }
    }
    const result = await expectSaga(counter).put({ type: 'TICK', n: 3 }).run({ timeout: 2000 })
    expect(result.allEffects.filter((effect) => effect.type === 'PUT')).toHaveLength(3)
    expect(result.ended).toBe('finished')
  })
})
