import { describe, expect, it } from 'vitest'
import { call, fork, put, take } from 'sagaloop/effects'
import { expectSaga, matchers } from 'sagaloop/testing'
import { counterSaga } from '../../examples/counter/saga'
import { incrementAsync, increment, incrementSettled } from '../../examples/counter/reducer'

async function failureOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the run to fail')
}

function* twoPuts() {
  yield* put({ type: 'A' })
  yield* put({ type: 'B' })
  yield* put({ type: 'A' })
}

describe('strict assertions', () => {
  it('catches the unasserted put of the counter example, listing it marked in the sequence', async () => {
    const message = await failureOf(() =>
      expectSaga(counterSaga, 10)
        .dispatch(incrementAsync(1))
        .put(increment(1))
        .strict()
        .silentRun(),
    )
    expect(message).toMatch(/^strict expectation unmet:/)
    expect(message).toContain('.strict(): the saga yielded 1 effect of the asserted kinds')
    expect(message).toMatch(/> +2\. put\(\{"type":"counter\/incrementSettled"\}\).*<- not asserted/)
  })

  it('passes once every effect of the asserted kinds is asserted', async () => {
    await expectSaga(counterSaga, 10)
      .dispatch(incrementAsync(1))
      .put(increment(1))
      .put(incrementSettled())
      .strict()
      .silentRun()
  })

  it('leaves kinds that no assertion names alone', async () => {
    const fetchUser = () => Promise.resolve(1)
    function* load() {
      yield* call(fetchUser)
      yield* put({ type: 'LOADED' })
    }
    await expectSaga(load).put({ type: 'LOADED' }).strict().run()
  })
})

describe('counted assertions', () => {
  it('passes .times(n) when the effect was yielded exactly n times', async () => {
    await expectSaga(twoPuts).put({ type: 'A' }).times(2).put({ type: 'B' }).once().run()
  })

  it('fails .times(n) with the count and the sequence, matches marked', async () => {
    const message = await failureOf(() => expectSaga(twoPuts).put({ type: 'A' }).times(3).run())
    expect(message).toMatch(/^put expectation unmet:/)
    expect(message).toContain(
      'expected the saga to yield put({"type":"A"}) 3 times, but it yielded it 2 times.',
    )
    expect(message).toMatch(
      />\s+1\. put\(\{"type":"A"\}\).*<- matches\n\s+2\. put\(\{"type":"B"\}\)/,
    )
  })

  it('fails .never() when the effect was yielded', async () => {
    const message = await failureOf(() => expectSaga(twoPuts).put({ type: 'B' }).never().run())
    expect(message).toContain('0 times, but it yielded it 1 time')
  })

  it('counts loose assertions too', async () => {
    await expectSaga(twoPuts).put.actionType('A').times(2).run()
  })

  it('refuses a count with no effect assertion before it', () => {
    expect(() => expectSaga(twoPuts).times(2)).toThrow(/counts the effect assertion just before it/)
  })

  it('uses up one effect per assertion, as test-plan: two identical assertions need two effects', async () => {
    await expectSaga(twoPuts).put({ type: 'A' }).put({ type: 'A' }).run()
    const message = await failureOf(() =>
      expectSaga(twoPuts).put({ type: 'B' }).put({ type: 'B' }).run(),
    )
    expect(message).toContain('earlier assertions used each one up')
  })
})

describe('exactly', () => {
  it('passes when the effects of the listed kinds are exactly these, in order', async () => {
    await expectSaga(twoPuts)
      .exactly([put({ type: 'A' }), put({ type: 'B' }), put({ type: 'A' })])
      .run()
  })

  it('accepts matchers in the list', async () => {
    await expectSaga(twoPuts)
      .exactly([matchers.put.actionType('A'), put({ type: 'B' }), matchers.put.actionType('A')])
      .run()
  })

  it('marks the first effect that differs', async () => {
    const message = await failureOf(() =>
      expectSaga(twoPuts)
        .exactly([put({ type: 'A' }), put({ type: 'A' })])
        .run(),
    )
    expect(message).toMatch(/^exactly expectation unmet:/)
    expect(message).toMatch(/>\s+2\. put\(\{"type":"B"\}\).*<- expected put\(\{"type":"A"\}\)/)
  })

  it('says which expected effect is missing when the saga yielded fewer', async () => {
    const message = await failureOf(() =>
      expectSaga(twoPuts)
        .exactly([put({ type: 'A' }), put({ type: 'B' }), put({ type: 'A' }), put({ type: 'C' })])
        .run(),
    )
    expect(message).toContain('missing from number 4: put({"type":"C"})')
  })
})

describe('assertions scoped to a task', () => {
  function* worker() {
    yield* put({ type: 'FROM_WORKER' })
  }
  function* root() {
    yield* fork(worker)
    yield* put({ type: 'FROM_ROOT' })
    yield* take('NEVER')
  }

  it('looks only at the effects of the named task after .forTask(name)', async () => {
    await expectSaga(root)
      .forTask('worker')
      .put({ type: 'FROM_WORKER' })
      .not.put({ type: 'FROM_ROOT' })
      .forTask()
      .put({ type: 'FROM_ROOT' })
      .silentRun()
  })

  it('names the task in the failure', async () => {
    const message = await failureOf(() =>
      expectSaga(root).forTask('worker').put({ type: 'FROM_ROOT' }).silentRun(),
    )
    expect(message).toContain(
      'expected the saga to yield put({"type":"FROM_ROOT"}) in task worker, but it did not.',
    )
  })
})
