/**
 * Behaviours found by running redux-saga-test-plan's own suite against sagaloop/testing: each
 * test here is one that suite relies on, written again through the public entry points.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { call, fork, put, select, spawn, take } from 'sagaloop/effects'
import { createMockTask, dynamic, expectSaga, testSaga } from 'sagaloop/testing'
import { composeProviders } from 'sagaloop/testing/providers'

const fetchUser = (id: number) => Promise.resolve({ id, name: `real ${id}` })
const fetchDog = () => Promise.resolve({ name: 'real dog' })
const getToken = (state: { token?: string }) => state.token ?? 'none'

function* loadWithFallback() {
  try {
    const user = yield* call(fetchUser, 1)
    yield* put({ type: 'LOADED', user })
  } catch (error) {
    yield* put({ type: 'FAILED', error })
  }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('spawn providers', () => {
  function* background() {
    yield* take('NEVER')
  }
  function* parent() {
    const task = yield* spawn(background)
    yield* put({ type: 'SPAWNED', task })
  }

  it('a spawn provider may give a plain object in place of a task', async () => {
    const fake = { hello: 'world' }
    await expectSaga(parent)
      // Not a task: a type error in TypeScript, but accepted at run time as in test-plan.
      .provide([[spawn(background), fake as never]])
      .put({ type: 'SPAWNED', task: fake })
      .run()
  })

  it('a run does not wait for a mock task given by a spawn provider', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const task = createMockTask()
    await expectSaga(parent)
      .provide([[spawn(background), task]])
      .put({ type: 'SPAWNED', task })
      .run(200)
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('providers that throw', () => {
  const offline = new Error('offline')

  it('a dynamic provider that throws makes the effect throw into the saga', async () => {
    await expectSaga(loadWithFallback)
      .provide({
        call() {
          throw offline
        },
      })
      .call(fetchUser, 1)
      .put({ type: 'FAILED', error: offline })
      .run()
  })

  it('a dynamic value that throws makes the effect throw into the saga', async () => {
    await expectSaga(loadWithFallback)
      .provide([
        [
          call(fetchUser, 1),
          dynamic(() => {
            throw offline
          }),
        ],
      ])
      .put({ type: 'FAILED', error: offline })
      .run()
  })
})

describe('composeProviders', () => {
  function* loadBoth() {
    const user = yield* call(fetchUser, 1)
    const dog = yield* call(fetchDog)
    const token = yield* select(getToken)
    yield* put({ type: 'DONE', user, dog, token })
  }
  const user = { id: 1, name: 'Ada' }
  const dog = { name: 'Rex' }

  it('asks each provider in turn and uses the first value given', async () => {
    const first = vi.fn(({ fn }: { fn: unknown }, next: () => unknown) =>
      fn === fetchUser ? user : next(),
    )
    const second = vi.fn(({ fn }: { fn: unknown }, next: () => unknown) =>
      fn === fetchDog ? dog : next(),
    )
    await expectSaga(loadBoth)
      .withState({ token: 't' })
      .provide({ call: composeProviders(first, second) })
      .put({ type: 'DONE', user, dog, token: 't' })
      .run()
    expect(first).toHaveBeenCalledTimes(2)
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('lets the effect run for real when no provider gives a value', async () => {
    await expectSaga(loadBoth)
      .withState({ token: 't' })
      .provide({ call: composeProviders((_payload, next) => next()) })
      .put({ type: 'DONE', user: { id: 1, name: 'real 1' }, dog: { name: 'real dog' }, token: 't' })
      .run()
  })
})

describe('testSaga restart', () => {
  function* add(x: number, y: number) {
    yield* take('GO')
    yield* put({ type: 'SUM', payload: x + y })
  }

  it('restart with arguments starts the saga over with those arguments', () => {
    testSaga(add, 1, 2)
      .next()
      .take('GO')
      .next()
      .put({ type: 'SUM', payload: 3 })
      .restart(10, 20)
      .next()
      .take('GO')
      .next()
      .put({ type: 'SUM', payload: 30 })
  })

  it('restart without arguments starts the saga over with the first arguments', () => {
    testSaga(add, 1, 2)
      .next()
      .next()
      .put({ type: 'SUM', payload: 3 })
      .restart()
      .next()
      .next()
      .put({ type: 'SUM', payload: 3 })
  })

  it('branches replayed after a restart with arguments use the new arguments', () => {
    testSaga(add, 1, 2)
      .restart(5, 5)
      .next()
      .save('waiting')
      .next()
      .put({ type: 'SUM', payload: 10 })
      .restore('waiting')
      .next()
      .put({ type: 'SUM', payload: 10 })
  })
})

describe('throws assertion messages', () => {
  class NotFound extends Error {}
  class CustomError {}

  function* failWith(error: unknown): Generator<never, void> {
    throw error
  }

  it('a failed throws assertion names the class and message of the error thrown', async () => {
    await expect(
      expectSaga(failWith, new NotFound('no user 1')).throws(TypeError).run(),
    ).rejects.toThrow('but it threw NotFound: no user 1.')
  })

  it('a thrown instance of a plain class is shown with its class name', async () => {
    await expect(expectSaga(failWith, new CustomError()).throws(Error).run()).rejects.toThrow(
      'but it threw CustomError {}.',
    )
  })

  it('a thrown error without a message is shown by its name', async () => {
    await expect(expectSaga(failWith, new Error()).throws(CustomError).run()).rejects.toThrow(
      'expected the saga to throw an instance of CustomError, but it threw Error.',
    )
  })
})

describe('loose assertion messages', () => {
  function* forkOther() {
    yield* fork(other, 1)
  }
  function* other(_id: number) {
    yield* take('NEVER')
  }
  function* unrelated() {
    yield* take('NEVER')
  }

  it('a failed loose assertion lists the effects of its type the saga did yield', async () => {
    await expect(expectSaga(forkOther).fork.fn(unrelated).silentRun(50)).rejects.toThrow(
      'expected the saga to yield fork.fn(unrelated), but it did not.\nEffects of that type it yielded (1):\n  fork(other, 1)',
    )
  })

  it('a failed assertion counts one effect in all in the singular', async () => {
    await expect(expectSaga(unrelated).put({ type: 'X' }).silentRun(50)).rejects.toThrow(
      'It yielded no effect of that type (1 effect in all).',
    )
  })
})

describe('entry points', () => {
  it('the main entry also exports the providers module as a providers namespace', async () => {
    const testing = await import('sagaloop/testing')
    const providers = await import('sagaloop/testing/providers')
    expect(Object.keys(testing.providers).sort()).toEqual(Object.keys(providers).sort())
    expect(testing.providers.composeProviders).toBe(providers.composeProviders)
  })
})

describe('the timeout warning', () => {
  // test-plan's `warn` is console.warn bound to '[WARNING]:' when its module loads, so a
  // console.warn replaced before that (a test setup file) sees these two arguments.
  it("comes as test-plan's does: '[WARNING]:', then the message, which begins with test-plan's words", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    function* watcher() {
      yield* take('NEVER')
    }
    await expectSaga(watcher).run(20)
    expect(warn).toHaveBeenCalledTimes(1)
    const [prefix, message] = warn.mock.calls[0] ?? []
    expect(prefix).toBe('[WARNING]:')
    expect(String(message)).toMatch(/^Saga exceeded async timeout of 20ms\n/)
  })
})
