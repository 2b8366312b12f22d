import { describe, expect, it } from 'vitest'
import { call, put, select } from 'sagaloop/effects'
import { expectSaga, matchers, testSaga } from 'sagaloop/testing'

const fetchUser = (id: number) => Promise.resolve({ id })
const getToken = (state: { token: string }) => state.token

function* loadUser(id: number) {
  yield select(getToken)
  const user: unknown = yield call(fetchUser, id)
  yield put({ type: 'USER_LOADED', user })
  return user
}

function messageOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the assertion to fail')
}

async function rejectionOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the run to fail')
}

describe('testSaga failure messages', () => {
  it('names the step, the expected and the yielded effect, and diffs their arguments', () => {
    const message = messageOf(() => testSaga(loadUser, 1).next().next('t').call(fetchUser, 2))
    expect(message).toMatchInlineSnapshot(`
      "Assertion 2 failed: call effects do not match

      testSaga(loadUser): step 2, after .next("t"):
      expected the saga to yield call(fetchUser, 2)
      but it yielded call(fetchUser, 1)

      - Expected
      + Actual

        CALL {
          context: null,
          fn: [Function fetchUser],
          args: [
      -     2,
      +     1,
          ],
        }"
    `)
  })

  it('diffs effects of different types', () => {
    const message = messageOf(() =>
      testSaga(loadUser, 1).next().next('t').put({ type: 'USER_LOADED' }),
    )
    expect(message).toMatchInlineSnapshot(`
      "Assertion 2 failed: expected put effect, but the saga yielded a different effect

      testSaga(loadUser): step 2, after .next("t"):
      expected the saga to yield put({"type":"USER_LOADED"})
      but it yielded call(fetchUser, 1)

      - Expected
      + Actual

      - PUT {
      -   channel: undefined,
      -   action: {
      -     type: "USER_LOADED",
      -   },
      + CALL {
      +   context: null,
      +   fn: [Function fetchUser],
      +   args: [
      +     1,
      +   ],
        }"
    `)
  })

  it('shows the nested field that differs in an action', () => {
    const message = messageOf(() =>
      testSaga(loadUser, 1)
        .next()
        .next('t')
        .next({ id: 1 })
        .put({ type: 'USER_LOADED', user: { id: 2 } }),
    )
    expect(message).toMatchInlineSnapshot(`
      "Assertion 3 failed: put effects do not match

      testSaga(loadUser): step 3, after .next({"id":1}):
      expected the saga to yield put({"type":"USER_LOADED","user":{"id":2}})
      but it yielded put({"type":"USER_LOADED","user":{"id":1}})

      - Expected
      + Actual

        PUT {
          channel: undefined,
          action: {
            type: "USER_LOADED",
            user: {
      -       id: 2,
      +       id: 1,
            },
          },
        }"
    `)
  })

  it('says what the saga yielded when it was expected to be done', () => {
    expect(messageOf(() => testSaga(loadUser, 1).next().isDone())).toMatchInlineSnapshot(`
      "saga not done

      testSaga(loadUser): step 1, after .next():
      expected the saga to be done
      but it yielded select(getToken)"
    `)
  })

  it('says what the saga returned when an effect was expected', () => {
    const message = messageOf(() =>
      testSaga(loadUser, 1).next().next('t').next({ id: 1 }).next().put({ type: 'X' }),
    )
    expect(message).toMatchInlineSnapshot(`
      "Assertion 4 failed: expected put effect, but the saga yielded nothing

      testSaga(loadUser): step 4, after .next():
      expected the saga to yield put({"type":"X"})
      but the saga was done (it returned {"id":1})"
    `)
  })

  it('asks for .next() when asserting before the first step', () => {
    const api = testSaga(loadUser, 1) as unknown as { select(selector: unknown): unknown }
    expect(messageOf(() => api.select(getToken))).toMatchInlineSnapshot(
      `"testSaga(loadUser).select(...): the saga has not started. Call .next() before asserting what it yields."`,
    )
  })
})

describe('expectSaga failure messages', () => {
  it('lists the effects of the same type and diffs the closest one', async () => {
    const message = await rejectionOf(() =>
      expectSaga(loadUser, 1)
        .withState({ token: 't' })
        .provide([[matchers.call.fn(fetchUser), { id: 1 }]])
        .put({ type: 'USER_LOADED', user: { id: 2 } })
        .run(),
    )
    expect(message).toMatchInlineSnapshot(`
      "put expectation unmet:

      expectSaga(loadUser): 1 of 1 assertions failed.

      Assertion 1 of 1: expected the saga to yield put({"type":"USER_LOADED","user":{"id":2}}), but it did not.
      Effects of that type it yielded (1):
        put({"type":"USER_LOADED","user":{"id":1}})

      The closest one:
      - Expected
      + Actual

        PUT {
          channel: undefined,
          action: {
            type: "USER_LOADED",
            user: {
      -       id: 2,
      +       id: 1,
            },
          },
        }"
    `)
  })

  it('reports a negated assertion with the effects that matched', async () => {
    const message = await rejectionOf(() =>
      expectSaga(loadUser, 1).withState({ token: 't' }).not.call.fn(fetchUser).run(),
    )
    expect(message).toMatchInlineSnapshot(`
      "call expectation unmet:

      expectSaga(loadUser): 1 of 1 assertions failed.

      Assertion 1 of 1: expected the saga not to yield call.fn(fetchUser), but it did, 1 time:
      >   1. call(fetchUser, 1)   [loadUser#1, 0 ms]   <- not expected"
    `)
  })

  it('reports a wrong return value and final state together', async () => {
    const message = await rejectionOf(() =>
      expectSaga(loadUser, 1)
        .withState({ token: 't' })
        .returns({ id: 2 })
        .hasFinalState({ token: 'u' })
        .run(),
    )
    expect(message).toMatchInlineSnapshot(`
      "Expected to return:

      expectSaga(loadUser): 2 of 2 assertions failed.

      Assertion 1 of 2: expected the saga to return {"id":2}, but it returned {"id":1}.

      - Expected
      + Actual

        {
      -   id: 2,
      +   id: 1,
        }

      Assertion 2 of 2: expected the final state to equal {"token":"u"}, but it was {"token":"t"}.

      - Expected
      + Actual

        {
      -   token: "u",
      +   token: "t",
        }"
    `)
  })
})

describe("throws failures end with redux-saga-test-plan's words", () => {
  class CustomError extends Error {}
  function* returns() {
    yield put({ type: 'DONE' })
  }
  function* throwsPlain(): Generator {
    yield put({ type: 'DONE' })
    throw new Error('plain')
  }

  it('a saga that throws nothing: "But no error thrown"', async () => {
    const message = await rejectionOf(() => expectSaga(returns).throws(CustomError).run())
    expect(message).toMatch(/^Expected to throw error of type:/)
    expect(message).toMatch(/\nBut no error thrown$/)
  })

  it('an error of another type: "But instead threw:" and what it threw', async () => {
    const message = await rejectionOf(() => expectSaga(throwsPlain).throws(CustomError).run())
    expect(message).toMatch(/^Expected to throw error of type:/)
    expect(message).toMatch(/\nBut instead threw: .*plain/)
  })

  it('another error value: "Expected to throw:" then "But instead threw:"', async () => {
    const message = await rejectionOf(() =>
      expectSaga(throwsPlain).throws(new Error('other')).run(),
    )
    expect(message).toMatch(/^Expected to throw:\n/)
    expect(message).toMatch(/\nBut instead threw: /)
  })
})
