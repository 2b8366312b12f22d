import { afterEach, describe, expect, it, vi } from 'vitest'
import { CANCEL } from 'sagaloop'
import { call, debounce, delay, fork, put, race, retry, take, throttle } from 'sagaloop/effects'
import { expectSaga } from 'sagaloop/testing'
import { VirtualClock } from '../../src/testing/run/clock.js'

const fetchStatus = (): Promise<string> => Promise.resolve('ok')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('virtual time in expectSaga', () => {
  it('runs ten minutes of polling every 5 s without waiting and without global timers', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    function* poll() {
      let polls = 0
      for (let elapsed = 0; elapsed < 10 * 60_000; elapsed += 5000) {
        yield* call(fetchStatus)
        polls += 1
        yield* delay(5000)
      }
      return polls
    }
    const { effects, returnValue } = await expectSaga(poll)
      .provide([[call(fetchStatus), 'ok']])
      .returns(120)
      .run(15 * 60_000)
    expect(returnValue).toBe(120)
    expect(effects.call).toHaveLength(240)
    expect(setTimeoutSpy).not.toHaveBeenCalled()
  })

  it('lets only the latest action through debounce once the quiet period passed', async () => {
    const seen: string[] = []
    function* save(action: { type: string; text: string }) {
      seen.push(action.text)
      yield put({ type: 'SAVED', text: action.text })
    }
    function* watchTyping() {
      yield debounce(50, 'TYPE', save)
    }
    await expectSaga(watchTyping)
      .delay(0)
      .dispatch({ type: 'TYPE', text: 'h' })
      .delay(20)
      .dispatch({ type: 'TYPE', text: 'he' })
      .delay(40)
      .dispatch({ type: 'TYPE', text: 'hel' })
      .delay(200)
      .dispatch({ type: 'TYPE', text: 'hello' })
      .put({ type: 'SAVED', text: 'hel' })
      .put({ type: 'SAVED', text: 'hello' })
      .not.put({ type: 'SAVED', text: 'he' })
      .silentRun(500)
    expect(seen).toEqual(['hel', 'hello'])
  })

  it('releases each delayed dispatch to the take that wants it, as test-plan does, so throttle sees all three', async () => {
    const seen: number[] = []
    function* handle(action: { type: string; n: number }) {
      seen.push(action.n)
      yield put({ type: 'HANDLED', n: action.n })
    }
    function* watchScroll() {
      yield throttle(1000, 'SCROLL', handle)
    }
    await expectSaga(watchScroll)
      .delay(0)
      .dispatch({ type: 'SCROLL', n: 1 })
      .delay(10)
      .dispatch({ type: 'SCROLL', n: 2 })
      .delay(20)
      .dispatch({ type: 'SCROLL', n: 3 })
      .silentRun(5000)
    // redux-saga-test-plan gives [1, 2, 3] here too: each `.delay(ms)` counts from the take
    // that releases the action, and throttle's channel take releases the next one at once.
    expect(seen).toEqual([1, 2, 3])
  })

  it('waits between retries on the virtual clock', async () => {
    let attempts = 0
    const flaky = (): Promise<string> => {
      attempts += 1
      return attempts < 3 ? Promise.reject(new Error('busy')) : Promise.resolve('done')
    }
    function* load() {
      return yield* retry(5, 60_000, flaky)
    }
    await expectSaga(load)
      .returns('done')
      .run(3 * 60_000)
    expect(attempts).toBe(3)
  })

  it('times a race of a request against a long timeout', async () => {
    const never = () => new Promise<never>(() => {})
    function* withTimeout() {
      const { timeout } = yield* race({ response: call(never), timeout: delay(30_000) })
      if (timeout) yield* put({ type: 'TIMED_OUT' })
    }
    await expectSaga(withTimeout)
      .provide({ call: ({ fn }, next) => (fn === never ? new Promise(() => {}) : next()) })
      .put({ type: 'TIMED_OUT' })
      .silentRun({ timeout: 50, horizon: 60_000 })
  })

  it('moves the clock again once a real call the saga stopped waiting for was cancelled', async () => {
    const hang = () => new Promise<never>(() => {})
    function* cancellable() {
      yield* race({ response: call(hang), cancel: take('CANCEL') })
      yield* delay(60_000)
      return 'went on'
    }
    await expectSaga(cancellable)
      .dispatch({ type: 'CANCEL' })
      .returns('went on')
      .run(2 * 60_000)
  })

  it('lets a delay race a real call in real time, as under test-plan: the shorter one wins', async () => {
    const slow = () => new Promise<string>((resolve) => setTimeout(resolve, 200, 'answer'))
    function* withTimeout() {
      return yield* race({ response: call(slow), timeout: delay(10) })
    }
    await expectSaga(withTimeout).returns({ response: undefined, timeout: true }).run(1000)
  })

  it('lets a real call that answers first win the race against a delay', async () => {
    const quick = () => Promise.resolve('answer')
    function* withTimeout() {
      return yield* race({ response: call(quick), timeout: delay(10_000) })
    }
    await expectSaga(withTimeout).returns({ response: 'answer', timeout: undefined }).run()
  })

  it('moves the clock by the real time a real call took, so timers keep their order', async () => {
    // Under test-plan both timers are real: the first fires at 100 ms, the second at 30 + 80 ms
    // or later (the call takes at least 30 ms), so after the first.
    const fetch = () => new Promise<string>((resolve) => setTimeout(resolve, 30, 'data'))
    function* ordered() {
      yield* fork(function* firstTimer() {
        yield* delay(100)
        yield* put({ type: 'FIRST' })
      })
      yield* call(fetch)
      yield* delay(80)
      yield* put({ type: 'SECOND' })
    }
    const { effects } = await expectSaga(ordered).run(1000)
    expect(effects.put).toEqual([put({ type: 'FIRST' }), put({ type: 'SECOND' })])
  })

  it('moves time only as far as advanceTime allows when the clock is under manual control', async () => {
    function* tick() {
      for (let n = 1; ; n++) {
        yield* delay(1000)
        yield* put({ type: 'TICK', n })
      }
    }
    const { effects } = await expectSaga(tick)
      .withClock()
      .advanceTime(2500)
      .put({ type: 'TICK', n: 2 })
      .not.put({ type: 'TICK', n: 3 })
      .silentRun(30)
    // TICK 2 was asserted, so it is used up (as in test-plan): TICK 1 is left.
    expect(effects.put).toEqual([put({ type: 'TICK', n: 1 })])
  })

  it('dispatches a delayed action at its virtual time, after the timers due before it', async () => {
    function* waitOrGo() {
      const { go } = yield* race({ go: take('GO'), timeout: delay(100) })
      return go ? 'go' : 'timeout'
    }
    await expectSaga(waitOrGo).delay(99).dispatch({ type: 'GO' }).returns('go').run(200)
    await expectSaga(waitOrGo).delay(101).dispatch({ type: 'GO' }).returns('timeout').run(200)
  })
})

describe('VirtualClock', () => {
  it('removes the timer of a delay whose promise is cancelled', () => {
    const clock = new VirtualClock()
    const promise = clock.delay(5000, 'late') as Promise<string> & { [CANCEL]?: () => void }
    expect(clock.nextDue()).toBe(5000)
    promise[CANCEL]?.()
    expect(clock.nextDue()).toBeUndefined()
  })

  it('fires timers in order of due time, then of setting', () => {
    const clock = new VirtualClock()
    const fired: string[] = []
    clock.setTimer(20, () => fired.push('b'))
    clock.setTimer(10, () => fired.push('a'))
    clock.setTimer(20, () => fired.push('c'))
    while (clock.advanceToNext()) {
      /* drain */
    }
    expect(fired).toEqual(['a', 'b', 'c'])
    expect(clock.now()).toBe(20)
  })
})

describe('VirtualClock timers held by a real wait', () => {
  function heldWait() {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    return { held, release }
  }

  it('fires the timers due before a held timer, then stops at it', () => {
    const clock = new VirtualClock()
    const fired: string[] = []
    const { held } = heldWait()
    clock.setTimer(10, () => fired.push('before'))
    clock.setTimer(20, () => fired.push('held'), held)
    clock.setTimer(30, () => fired.push('after'))
    expect(clock.advanceToNext()).toBe(true)
    expect(clock.advanceToNext()).toBe(held)
    expect(fired).toEqual(['before'])
    expect(clock.now()).toBe(10)
  })

  it('fires a held timer and the ones after it once its real wait is over', async () => {
    const clock = new VirtualClock()
    const fired: string[] = []
    const { held, release } = heldWait()
    clock.setTimer(20, () => fired.push('held'), held)
    clock.setTimer(30, () => fired.push('after'))
    expect(clock.advanceToNext()).toBe(held)
    release()
    await held
    while (clock.advanceToNext() === true) {
      /* drain */
    }
    expect(fired).toEqual(['held', 'after'])
    expect(clock.now()).toBe(30)
  })

  it('does not wait for a held timer beyond the limit', () => {
    const clock = new VirtualClock()
    const { held } = heldWait()
    clock.setTimer(20, () => {}, held)
    expect(clock.advanceToNext(10)).toBe(false)
    expect(clock.advanceToNext(20)).toBe(held)
  })
})
