/**
 * Every mistake redux-saga's development build reports, made under both libraries: sagaloop's
 * message begins with redux-saga's, verbatim, and sagaloop's hint follows on the next line (and
 * is in `SagaError.hint`); where redux-saga's own tests compare the whole message, it is the same
 * message exactly. docs/errors.md lists the same messages with their codes.
 */
import { describe, expect, test } from 'vitest'
import { applyMiddleware, createStore } from 'redux'
import * as sagaloop from 'sagaloop'
import * as sagaloopEffects from 'sagaloop/effects'
import reduxSagaMiddleware, * as reduxSaga from 'redux-saga'
import * as reduxSagaEffects from 'redux-saga/effects'

/** One library's public surface, loosely typed: the cases pass wrong arguments on purpose. */
interface Api {
  readonly E: any
  readonly S: any
  readonly createSagaMiddleware: (options?: any) => any
}

const apis: { sagaloop: Api; reduxSaga: Api } = {
  sagaloop: { E: sagaloopEffects, S: sagaloop, createSagaMiddleware: sagaloop.default },
  reduxSaga: { E: reduxSagaEffects, S: reduxSaga, createSagaMiddleware: reduxSagaMiddleware },
}

interface Case {
  /** What is done wrong, as the test's name. */
  what: string
  code: sagaloop.SagaErrorCode
  /** Makes the mistake; throws synchronously, or returns a promise that rejects. */
  make: (api: Api) => unknown
  /** redux-saga's tests compare this message whole: sagaloop's is the same, exactly. */
  exact?: true
}

const notATask = {}
const task = () => ({}) // not a task either; for join(a, b)

/** Runs `saga` under the library's runSaga and gives back the error it fails with. */
function failure(api: Api, saga: () => Generator, options: object = {}): Promise<never> {
  return api.S.runSaga({ onError: () => {}, ...options }, saga).toPromise()
}

const cases: Case[] = [
  { what: 'take(undefined)', code: 'INVALID_PATTERN', make: ({ E }) => E.take(undefined) },
  { what: 'take({})', code: 'INVALID_PATTERN', make: ({ E }) => E.take({}) },
  { what: 'takeMaybe(null)', code: 'INVALID_PATTERN', make: ({ E }) => E.takeMaybe(null) },
  { what: 'put(undefined)', code: 'INVALID_ACTION', make: ({ E }) => E.put(undefined) },
  { what: 'putResolve(null)', code: 'INVALID_ACTION', make: ({ E }) => E.putResolve(null) },
  {
    what: 'put(undefined, action)',
    code: 'INVALID_CHANNEL',
    make: ({ E }) => E.put(undefined, { type: 'A' }),
  },
  { what: 'put({}, action)', code: 'INVALID_CHANNEL', make: ({ E }) => E.put({}, { type: 'A' }) },
  {
    what: 'put(channel, undefined)',
    code: 'INVALID_ACTION',
    make: ({ E, S }) => E.put(S.channel(), undefined),
  },
  { what: 'call(undefined)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.call(undefined) },
  { what: 'call(42)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.call(42) },
  {
    what: 'call(promise), the result instead of the function',
    code: 'NOT_A_FUNCTION',
    make: ({ E }) => E.call(Promise.resolve()),
  },
  { what: 'call([context, null])', code: 'NOT_A_FUNCTION', make: ({ E }) => E.call([{}, null]) },
  {
    what: 'call({ context, fn: undefined })',
    code: 'NOT_A_FUNCTION',
    make: ({ E }) => E.call({ context: {}, fn: undefined }),
  },
  {
    what: "call([context, 'missing'])",
    code: 'NOT_A_FUNCTION',
    make: ({ E }) => E.call([{}, 'missing']),
  },
  { what: 'call([context, 42])', code: 'NOT_A_FUNCTION', make: ({ E }) => E.call([{}, 42]) },
  {
    what: "apply(context, 'missing')",
    code: 'NOT_A_FUNCTION',
    make: ({ E }) => E.apply({}, 'missing', []),
  },
  { what: 'cps(undefined)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.cps(undefined) },
  { what: 'fork(undefined)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.fork(undefined) },
  { what: 'spawn(null)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.spawn(null) },
  { what: 'fork(an effect)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.fork(E.take('A')) },
  { what: 'call(delay, 1000)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.call(E.delay, 1000) },
  { what: 'detach({})', code: 'INVALID_EFFECT', make: ({ S }) => S.detach({}) },
  { what: 'join({})', code: 'INVALID_TASK', make: ({ E }) => E.join(notATask) },
  { what: 'join([{}])', code: 'INVALID_TASK', make: ({ E }) => E.join([notATask]) },
  { what: 'join(a, b)', code: 'INVALID_TASK', make: ({ E }) => E.join(task(), task()) },
  { what: 'cancel({})', code: 'INVALID_TASK', make: ({ E }) => E.cancel(notATask) },
  { what: 'cancel([{}])', code: 'INVALID_TASK', make: ({ E }) => E.cancel([notATask]) },
  { what: 'cancel(a, b)', code: 'INVALID_TASK', make: ({ E }) => E.cancel(task(), task()) },
  { what: 'select(undefined)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.select(undefined) },
  { what: 'select(42)', code: 'NOT_A_FUNCTION', make: ({ E }) => E.select(42) },
  {
    what: 'actionChannel(undefined)',
    code: 'INVALID_PATTERN',
    make: ({ E }) => E.actionChannel(undefined),
    exact: true,
  },
  {
    what: "actionChannel('A', undefined)",
    code: 'INVALID_BUFFER',
    make: ({ E }) => E.actionChannel('A', undefined),
  },
  {
    what: "actionChannel('A', {})",
    code: 'INVALID_BUFFER',
    make: ({ E }) => E.actionChannel('A', {}),
  },
  { what: 'flush({})', code: 'INVALID_CHANNEL', make: ({ E }) => E.flush({}) },
  { what: 'getContext(42)', code: 'INVALID_CONTEXT', make: ({ E }) => E.getContext(42) },
  { what: 'setContext(42)', code: 'INVALID_CONTEXT', make: ({ E }) => E.setContext(42) },
  {
    what: 'task.setContext(42)',
    code: 'INVALID_CONTEXT',
    make: ({ E, S }) =>
      S.runSaga({}, function* () {
        yield E.take('NEVER')
      }).setContext(42),
  },
  {
    what: 'sagaMiddleware.setContext(42)',
    code: 'INVALID_CONTEXT',
    make: (api) => api.createSagaMiddleware().setContext(42),
  },
  { what: 'channel({})', code: 'INVALID_BUFFER', make: ({ S }) => S.channel({}) },
  {
    what: 'channel.put(undefined)',
    code: 'INVALID_ACTION',
    make: ({ S }) => S.channel().put(undefined),
  },
  {
    what: 'multicastChannel.put(undefined)',
    code: 'INVALID_ACTION',
    make: ({ S }) => S.multicastChannel().put(undefined),
  },
  { what: 'channel.take(42)', code: 'NOT_A_FUNCTION', make: ({ S }) => S.channel().take(42) },
  { what: 'channel.flush(42)', code: 'NOT_A_FUNCTION', make: ({ S }) => S.channel().flush(42) },
  {
    what: 'eventChannel whose subscriber returns no function',
    code: 'NOT_A_FUNCTION',
    make: ({ S }) => S.eventChannel(() => undefined),
    exact: true,
  },
  {
    what: 'a fixed buffer that overflows',
    code: 'BUFFER_OVERFLOW',
    make: ({ S }) => {
      const chan = S.channel(S.buffers.fixed(1))
      chan.put(1)
      chan.put(2)
    },
  },
  {
    what: 'runSaga(options, not a function)',
    code: 'NOT_A_GENERATOR',
    make: ({ S }) => S.runSaga({}, 42),
  },
  {
    what: 'runSaga(options, a function that returns no iterator)',
    code: 'NOT_A_GENERATOR',
    make: ({ S }) => S.runSaga({}, () => 42),
  },
  {
    what: 'runSaga with dispatch: 42',
    code: 'INVALID_OPTION',
    make: ({ S }) => S.runSaga({ dispatch: 42 }, function* () {}),
  },
  {
    what: 'runSaga with getState: 42',
    code: 'INVALID_OPTION',
    make: ({ S }) => S.runSaga({ getState: 42 }, function* () {}),
  },
  {
    what: 'runSaga with effectMiddlewares: [42]',
    code: 'INVALID_OPTION',
    make: ({ S }) => S.runSaga({ effectMiddlewares: [42] }, function* () {}),
  },
  {
    what: 'runSaga with onError: 42',
    code: 'INVALID_OPTION',
    make: ({ S }) => S.runSaga({ onError: 42 }, function* () {}),
  },
  {
    what: 'an async generator as a saga',
    code: 'ASYNC_GENERATOR',
    make: ({ S }) => S.runSaga({}, async function* () {}),
  },
  {
    what: 'createSagaMiddleware({ channel: 42 })',
    code: 'INVALID_OPTION',
    make: (api) => api.createSagaMiddleware({ channel: 42 }),
  },
  {
    what: 'sagaMiddleware.run before the store exists',
    code: 'MIDDLEWARE_NOT_MOUNTED',
    make: (api) => api.createSagaMiddleware().run(function* () {}),
  },
  {
    what: 'put of a frozen action',
    code: 'FROZEN_ACTION',
    make: (api) =>
      failure(
        api,
        function* () {
          yield api.E.put(Object.freeze({ type: 'A' }))
        },
        { dispatch: () => {} },
      ),
  },
  {
    what: 'delay above 2147483647 ms',
    code: 'INVALID_OPTION',
    make: (api) =>
      failure(api, function* () {
        yield api.E.delay(2 ** 31)
      }),
    exact: true,
  },
  {
    what: 'a hand-made take effect with an invalid pattern',
    code: 'INVALID_PATTERN',
    make: (api) =>
      failure(api, function* () {
        yield { '@@redux-saga/IO': true, combinator: false, type: 'TAKE', payload: { pattern: {} } }
      }),
  },
  ...['takeEvery', 'takeLatest', 'takeLeading'].flatMap((helper): Case[] => [
    {
      what: `${helper}(undefined, worker)`,
      code: 'INVALID_PATTERN',
      make: ({ E }) => E[helper](undefined, function* worker() {}),
    },
    {
      what: `${helper}('A', undefined)`,
      code: 'NOT_A_FUNCTION',
      make: ({ E }) => E[helper]('A', undefined),
    },
  ]),
  {
    what: 'throttle(ms, undefined, worker)',
    code: 'INVALID_PATTERN',
    make: ({ E }) => E.throttle(10, undefined, function* worker() {}),
  },
  {
    what: "throttle(ms, 'A', undefined)",
    code: 'NOT_A_FUNCTION',
    make: ({ E }) => E.throttle(10, 'A', undefined),
  },
]

/** The message `make` fails with, and the error itself. */
async function thrownBy(make: () => unknown): Promise<Error> {
  try {
    await make()
  } catch (error) {
    return error as Error
  }
  throw new Error('did not throw')
}

describe("sagaloop's message begins with redux-saga's", () => {
  test.each(cases)('$what', async ({ make, code, exact }) => {
    const expected = (await thrownBy(() => make(apis.reduxSaga))).message
    const error = await thrownBy(() => make(apis.sagaloop))
    expect(error).toBeInstanceOf(sagaloop.SagaError)
    expect((error as sagaloop.SagaError).code).toBe(code)
    const hint = (error as sagaloop.SagaError).hint
    expect(hint).toEqual(expect.any(String))
    if (exact) expect(error.message).toBe(expected)
    else expect(error.message).toBe(`${expected}\n${hint}`)
  })
})

describe("a sagaloop error looks like redux-saga's plain Error to tests and logs", () => {
  test.each(cases.filter((c) => c.exact))(
    '$what equals the error redux-saga throws (toEqual)',
    async ({ make }) => {
      const expected = await thrownBy(() => make(apis.reduxSaga))
      expect(await thrownBy(() => make(apis.sagaloop))).toEqual(expected)
    },
  )

  test('its name is Error and code, hint and exact are not enumerable', async () => {
    const error = await thrownBy(() => apis.sagaloop.E.take(undefined))
    expect(error.name).toBe('Error')
    expect(String(error).startsWith('Error: ')).toBe(true)
    expect(Object.keys(error)).toEqual([])
    expect(error).toMatchObject({ code: 'INVALID_PATTERN', hint: expect.any(String) })
  })
})

describe("where sagaloop's message names its caller", () => {
  test('sagaMiddleware.run says sagaMiddleware.run(saga, ...args), not runSaga(options, saga, ...args)', async () => {
    const mounted = (api: Api) => {
      const middleware = api.createSagaMiddleware()
      createStore(() => ({}), applyMiddleware(middleware))
      return middleware
    }
    const expected = (await thrownBy(() => mounted(apis.reduxSaga).run(42))).message
    const error = await thrownBy(() => mounted(apis.sagaloop).run(42))
    expect(expected).toBe(
      'runSaga(options, saga, ...args): saga argument must be a Generator function!',
    )
    expect(error.message.split('\n')[0]).toBe(
      'sagaMiddleware.run(saga, ...args): saga argument must be a Generator function!',
    )
  })

  test('helpers without a message in redux-saga name the helper and the argument', async () => {
    const worker = function* worker() {}
    const debouncePattern = await thrownBy(() =>
      sagaloopEffects.debounce(10, undefined as never, worker),
    )
    const debounceWorker = await thrownBy(() =>
      sagaloopEffects.debounce(10, 'A', undefined as never),
    )
    const retryFn = await thrownBy(() =>
      sagaloopEffects.retry(3, 10, undefined as unknown as () => void),
    )
    expect(debouncePattern.message.split('\n')[0]).toBe(
      'debounce(ms, pattern, worker): the pattern is undefined',
    )
    expect(debounceWorker.message.split('\n')[0]).toBe(
      'debounce(ms, pattern, worker): the worker is undefined',
    )
    expect(retryFn.message.split('\n')[0]).toBe('retry(maxTries, delayLength, fn): fn is undefined')
  })
})
