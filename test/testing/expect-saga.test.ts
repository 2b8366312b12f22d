import { describe, expect, it, vi } from 'vitest'
import { END } from 'sagaloop'
import {
  actionChannel,
  call,
  fork,
  put,
  select,
  take,
  takeEvery,
  spawn,
  race,
  delay,
  join,
  delayP,
  getContext,
  setContext,
} from 'sagaloop/effects'
import { createMockTask, expectSaga, matchers, throwError } from 'sagaloop/testing'

interface User {
  id: number
  name: string
}
const fetchUser = (id: number): Promise<User> => Promise.resolve({ id, name: `real ${id}` })
const getToken = (state: { token: string }) => state.token
const userLoaded = (user: User) => ({ type: 'USER_LOADED', user })

function* loadUser(id: number) {
  const token = yield* select(getToken)
  if (!token) return undefined
  try {
    const user = yield* call(fetchUser, id)
    yield* put(userLoaded(user))
    return user
  } catch (error) {
    yield* put({ type: 'LOAD_FAILED', message: (error as Error).message })
    return undefined
  }
}

const ada: User = { id: 1, name: 'Ada' }

describe('expectSaga', () => {
  it('runs the saga for real when nothing is provided', async () => {
    const result = await expectSaga(loadUser, 1)
      .withState({ token: 't' })
      .put(userLoaded({ id: 1, name: 'real 1' }))
      .returns({ id: 1, name: 'real 1' })
      .run()
    expect(result.returnValue).toEqual({ id: 1, name: 'real 1' })
  })

  it('replaces a call with a static provider given as an exact effect', async () => {
    await expectSaga(loadUser, 1)
      .withState({ token: 't' })
      .provide([[call(fetchUser, 1), ada]])
      .put(userLoaded(ada))
      .run()
  })

  it('replaces a call with a static provider given as a matcher', async () => {
    await expectSaga(loadUser, 7)
      .withState({ token: 't' })
      .provide([[matchers.call.fn(fetchUser), ada]])
      .put(userLoaded(ada))
      .call.fn(fetchUser)
      .run()
  })

  it('makes the effect throw with throwError', async () => {
    await expectSaga(loadUser, 1)
      .withState({ token: 't' })
      .provide([[call(fetchUser, 1), throwError(new Error('offline'))]])
      .put({ type: 'LOAD_FAILED', message: 'offline' })
      .not.put.actionType('USER_LOADED')
      .run()
  })

  it('provides selects with matchers.select.selector', async () => {
    await expectSaga(loadUser, 1)
      .provide([
        [matchers.select.selector(getToken), ''],
        [call(fetchUser, 1), ada],
      ])
      .not.call.fn(fetchUser)
      .returns(undefined)
      .run()
  })

  it('gives dynamic providers the effect payload and falls through with next()', async () => {
    const seen: unknown[] = []
    await expectSaga(loadUser, 2)
      .provide({
        select: () => 'token',
        call({ fn, args }, next) {
          seen.push(args)
          return fn === fetchUser ? { id: args[0], name: 'dynamic' } : next()
        },
      })
      .put.like({ action: { type: 'USER_LOADED', user: { name: 'dynamic' } } })
      .run()
    expect(seen).toEqual([[2]])
  })

  it('reduces dispatched and put actions into the final state', async () => {
    const reducer = (state = { count: 0 }, action: { type: string }) =>
      action.type === 'INC' ? { count: state.count + 1 } : state
    function* counter() {
      yield take('START')
      yield put({ type: 'INC' })
      yield put({ type: 'INC' })
    }
    const { storeState } = await expectSaga(counter)
      .withReducer(reducer)
      .dispatch({ type: 'START' })
      .hasFinalState({ count: 2 })
      .run()
    expect(storeState).toEqual({ count: 2 })
  })

  it('delivers actions dispatched before the run when a take waits for them', async () => {
    function* twoSteps() {
      const first = yield* take('FIRST')
      yield* call(fetchUser, 1)
      const second = yield* take('SECOND')
      return [first.type, second.type]
    }
    await expectSaga(twoSteps)
      .dispatch({ type: 'FIRST' })
      .dispatch({ type: 'SECOND' })
      .returns(['FIRST', 'SECOND'])
      .run()
  })

  it('checks the error the saga threw with throws', async () => {
    class Offline extends Error {}
    function* failing() {
      yield* call(fetchUser, 1)
      throw new Offline('no network')
    }
    await expectSaga(failing).throws(Offline).run()
    await expectSaga(failing).throws(new Offline('no network')).run()
  })

  it('rejects with the error of a saga that throws when no throws assertion expects it', async () => {
    function* failing(): Generator<never, void> {
      throw new Error('boom')
    }
    await expect(expectSaga(failing).run()).rejects.toThrow('boom')
  })

  it('records effects of forked and spawned tasks, grouped by type', async () => {
    function* child() {
      yield put({ type: 'CHILD' })
    }
    function* parent() {
      yield fork(child)
      yield spawn(child)
    }
    const { effects, allEffects } = await expectSaga(parent).run()
    expect(effects.put).toEqual([put({ type: 'CHILD' }), put({ type: 'CHILD' })])
    expect(effects.fork).toHaveLength(2)
    expect(allEffects).toHaveLength(4)
  })

  it('leaves out of effects and toJSON() each effect an assertion matched, as test-plan does', async () => {
    function* saga() {
      yield put({ type: 'A' })
      yield put({ type: 'A' })
      yield put({ type: 'B' })
    }
    const result = await expectSaga(saga)
      .put({ type: 'A' })
      .put.like({ action: { type: 'B' } })
      .run()
    expect(result.effects.put).toEqual([put({ type: 'A' })])
    expect(result.toJSON()).toEqual({ put: [put({ type: 'A' })] })
    expect(result.allEffects).toHaveLength(3)
  })

  it("lists effects under test-plan's keys in test-plan's order, whatever order they came in", async () => {
    function* saga() {
      yield setContext({ user: 'alice' })
      yield select((state: unknown) => state)
      yield getContext('user')
      yield call(() => 1)
      yield put({ type: 'A' })
      yield take('GO')
    }
    const { effects } = await expectSaga(saga).dispatch({ type: 'GO' }).run()
    expect(Object.keys(effects)).toEqual([
      'take',
      'put',
      'call',
      'getContext',
      'select',
      'setContext',
    ])
  })

  it('warns as test-plan does, then names the saga and the blocked task, when it ends idle', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    function* onNever(action: { type: string }) {
      yield put(action)
    }
    function* watchForever() {
      yield takeEvery('NEVER', onNever)
    }
    await expectSaga(watchForever).run({ timeout: 20 })
    expect(warn).toHaveBeenCalledTimes(1)
    const message = String(warn.mock.calls[0]?.[1])
    expect(message).toMatch(/^Saga exceeded async timeout of 20ms\n/)
    expect(message).toContain('expectSaga(watchForever) did not finish; it became idle')
    expect(message).toContain('waits on take("NEVER")')
    warn.mockRestore()
  })

  it('does not warn on timeout with silentRun', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    function* watchForever() {
      yield take('NEVER')
    }
    await expectSaga(watchForever).take('NEVER').silentRun(20)
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('asserts race effects and the effects inside them', async () => {
    function* timeout() {
      return yield* race({ user: call(fetchUser, 1), timeout: delay(1000) })
    }
    await expectSaga(timeout)
      .race({ user: call(fetchUser, 1), timeout: delay(1000) })
      .call(fetchUser, 1)
      .returns({ user: { id: 1, name: 'real 1' }, timeout: undefined })
      .run()
  })
})

describe('expectSaga in order', () => {
  function* steps() {
    yield put({ type: 'FIRST' })
    yield put({ type: 'SECOND' })
  }

  it('passes when the ordered assertions match effects in that order', async () => {
    await expectSaga(steps).inOrder().put({ type: 'FIRST' }).put({ type: 'SECOND' }).run()
  })

  it('fails when an ordered assertion matches only an earlier effect', async () => {
    await expect(
      expectSaga(steps).inOrder().put({ type: 'SECOND' }).put({ type: 'FIRST' }).run(),
    ).rejects.toThrow(
      'Assertion 2 of 2: expected the saga to yield put({"type":"FIRST"}) after put({"type":"SECOND"}), but it yielded it only before.',
    )
  })
})

describe('expectSaga dispatches queued before the run', () => {
  it('releases them to a take on an actionChannel of their pattern', async () => {
    function* queue() {
      const requests = yield* actionChannel('REQ')
      for (;;) {
        const { n } = (yield* take(requests)) as unknown as { n: number }
        yield* call(fetchUser, n)
        yield* put({ type: 'DONE', n })
      }
    }
    await expectSaga(queue)
      .dispatch({ type: 'REQ', n: 1 })
      .dispatch({ type: 'REQ', n: 2 })
      .put({ type: 'DONE', n: 1 })
      .put({ type: 'DONE', n: 2 })
      .silentRun(30)
  })

  it('ends a saga waiting in take when END is dispatched', async () => {
    function* untilEnd() {
      yield* take('NEVER')
      return 'not reached'
    }
    await expectSaga(untilEnd).dispatch(END).not.returns('not reached').run()
  })
})

describe('expectSaga errors of spawned tasks', () => {
  it('rejects the run with the error of a spawned task that failed', async () => {
    function* failing(): Generator<never, void> {
      throw new Error('spawned failure')
    }
    function* parent() {
      yield* spawn(failing)
      yield* put({ type: 'PARENT_DONE' })
    }
    await expect(expectSaga(parent).put({ type: 'PARENT_DONE' }).run()).rejects.toThrow(
      'spawned failure',
    )
  })
})

describe('expectSaga compatibility details', () => {
  it('reports a negated throws assertion when the saga threw', async () => {
    function* failing(): Generator<never, void> {
      throw new Error('boom')
    }
    await expect(expectSaga(failing).not.throws(Error).run()).rejects.toThrow(
      'expected the saga not to throw an instance of Error, but it threw',
    )
  })

  it('does not match delay(ms) with call.fn(delay), as test-plan: delay(ms) calls delayP', async () => {
    function* wait() {
      yield* delay(500)
      return 'waited'
    }
    // call(delay, ms) itself is a mistake redux-saga reports where it is written, as we do.
    expect(() => expectSaga(wait).not.call(delay as never, 500)).toThrow(
      'instead of writing `yield call(delay, 500)`',
    )
    await expectSaga(wait).call(delayP, 500).returns('waited').run(1000)
    await expectSaga(wait)
      .provide([[matchers.call.fn(delay), 'provided' as never]])
      .returns('waited')
      .run(1000)
    await expectSaga(wait)
      .provide([[matchers.call.fn(delayP), 'provided']])
      .returns('waited')
      .run(1000)
      .then(({ effects }) => expect(effects.call).toEqual([delay(500)]))
  })

  it('provides a whole race with a static provider', async () => {
    function* first() {
      const { a, b } = yield* race({ a: take('A'), b: take('B') })
      yield* put({ type: 'DONE', from: a ? 'a' : b ? 'b' : 'none' })
    }
    await expectSaga(first)
      .provide([[race({ a: take('A'), b: take('B') }), { a: undefined, b: { type: 'B' } }]])
      .put({ type: 'DONE', from: 'b' })
      .run()
  })
})

describe('expectSaga with mock tasks', () => {
  it('joins a mock task given by a fork provider, with the result the test sets', async () => {
    function* background() {
      yield* delay(1000)
      return 'real'
    }
    function* parent() {
      const task = yield* fork(background)
      return yield* join(task)
    }
    const task = createMockTask<string>()
    task.setResult('mocked')
    await expectSaga(parent)
      .provide([[fork(background), task]])
      .returns('mocked')
      .run()
  })
})
