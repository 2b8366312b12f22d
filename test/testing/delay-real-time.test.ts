/**
 * `.delay(ms).dispatch(action)` waits `ms` real milliseconds, as redux-saga-test-plan's does
 * (its own suite measures it with `process.hrtime()` inside the saga), while the action keeps its
 * place on the virtual clock among the saga's timers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { call, put, take } from 'sagaloop/effects'
import { expectSaga } from 'sagaloop/testing'

afterEach(() => {
  vi.restoreAllMocks()
})

const realNow = performance.now.bind(performance)
/** Real work of the saga, as an unmocked call: a promise a real 5 ms timer settles. */
const shortRequest = () => new Promise<void>((resolve) => setTimeout(resolve, 5))

describe('.delay(ms) before a dispatch', () => {
  it('lets ms real milliseconds pass between the take that releases the action and the saga getting it', async () => {
    let elapsed = 0
    function* timed() {
      yield* take('FOO')
      const before = realNow()
      yield* take('BAR')
      elapsed = realNow() - before
      yield* put({ type: 'DONE' })
    }
    await expectSaga(timed)
      .dispatch({ type: 'FOO' })
      .delay(50)
      .dispatch({ type: 'BAR' })
      .put({ type: 'DONE' })
      .run()
    // A real timer of 50 ms may fire up to 1 ms early as the event loop reads its clock in
    // whole milliseconds; the wait starts at the take of BAR, so this bounds it from below.
    expect(elapsed).toBeGreaterThanOrEqual(49)
  })

  it('waits in real time on a run with no timeout too', async () => {
    let elapsed = 0
    function* timed() {
      const before = realNow()
      yield* take('GO')
      elapsed = realNow() - before
    }
    await expectSaga(timed).delay(30).dispatch({ type: 'GO' }).run(false)
    expect(elapsed).toBeGreaterThanOrEqual(29)
  })

  it('does not spend the run timeout: a delay as long as the timeout leaves the whole budget to the real promises after it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    function* afterStart() {
      yield* take('START')
      yield* call(shortRequest)
      yield* put({ type: 'DONE' })
    }
    const { ended } = await expectSaga(afterStart)
      .delay(100)
      .dispatch({ type: 'START' })
      .put({ type: 'DONE' })
      .run(100)
    expect(ended).toBe('finished')
    expect(warn).not.toHaveBeenCalled()
  })

  it('never dispatches an action delayed past the timeout, and ends the run without waiting for it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    function* waiting() {
      yield* take('LATE')
      yield* put({ type: 'GOT_LATE' })
    }
    const { ended } = await expectSaga(waiting)
      .delay(60_000)
      .dispatch({ type: 'LATE' })
      .not.put({ type: 'GOT_LATE' })
      .run(100)
    // Its timer lies past the horizon the timeout sets, so the clock never reaches it.
    expect(ended).toBe('horizon')
  })
})
