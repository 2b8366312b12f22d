/**
 * `supervise` restarts a failing child with backoff instead of failing its parent, within a
 * budget; every failure is reported; cancelling the parent cancels the child and its timer.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { SagaError } from 'sagaloop'
import { call, cancel, delay, fork, put, supervise, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A saga that fails on each `CRASH` action and counts its starts. */
function crashOnDemand(starts: { count: number }) {
  return function* watchCart() {
    starts.count++
    yield take('CRASH')
    throw new Error('cart crashed')
  }
}

test('a failing child is restarted and its siblings keep running', async () => {
  const onError = vi.fn()
  const { run, store, actions } = makeStore({ onError })
  const starts = { count: 0 }
  const root = run(function* rootSaga() {
    yield* supervise({ backoff: { initial: 10 } }, crashOnDemand(starts))
    yield fork(function* sibling() {
      for (;;) {
        yield take('PING')
        yield put({ type: 'PONG' })
      }
    })
  })
  store.dispatch({ type: 'CRASH' })
  expect(starts.count).toBe(1)
  await vi.advanceTimersByTimeAsync(10)
  expect(starts.count).toBe(2)
  store.dispatch({ type: 'PING' })
  expect(actions.map((a) => a.type)).toEqual(['CRASH', 'PING', 'PONG'])
  expect(root.isRunning()).toBe(true)
  expect(onError).toHaveBeenCalledTimes(1)
})

test('each failure reaches onError with the saga stack of the child', () => {
  const onError = vi.fn()
  const { run, store } = makeStore({ onError })
  run(function* rootSaga() {
    yield* supervise(crashOnDemand({ count: 0 }))
  })
  store.dispatch({ type: 'CRASH' })
  const [error, info] = onError.mock.calls[0] as [Error, { sagaStack: string }]
  expect(error.message).toBe('cart crashed')
  expect(info.sagaStack).toContain('The above error occurred in task watchCart')
})

test('the waits grow by the backoff factor, up to max', async () => {
  const { run, store } = makeStore({ onError: () => {} })
  const starts = { count: 0 }
  run(function* () {
    yield* supervise(
      { maxRestarts: 10, backoff: { initial: 100, factor: 3, max: 500 } },
      crashOnDemand(starts),
    )
  })
  const startedAfter: number[] = []
  for (const wait of [100, 300, 500, 500]) {
    store.dispatch({ type: 'CRASH' })
    await vi.advanceTimersByTimeAsync(wait - 1)
    startedAfter.push(starts.count)
    await vi.advanceTimersByTimeAsync(1)
  }
  expect(startedAfter).toEqual([1, 2, 3, 4])
  expect(starts.count).toBe(5)
})

test('once maxRestarts is spent the failure escalates to the parent', async () => {
  const onFailure = vi.fn()
  const onError = vi.fn()
  const { run, store } = makeStore({ onError })
  const root = run(function* rootSaga() {
    yield* supervise(
      { maxRestarts: 2, backoff: { initial: 0 }, onFailure },
      crashOnDemand({ count: 0 }),
    )
    yield take('NEVER')
  })
  for (let i = 0; i < 3; i++) {
    store.dispatch({ type: 'CRASH' })
    await vi.advanceTimersByTimeAsync(0)
  }
  expect(root.isAborted()).toBe(true)
  expect((root.error() as Error).message).toBe('cart crashed')
  expect(onFailure.mock.calls.map(([, f]) => [f.restarts, f.willRestart])).toEqual([
    [0, true],
    [1, true],
    [2, false],
  ])
  // Three failures of the child, then the escalation as a failure of the root saga.
  expect(onError).toHaveBeenCalledTimes(4)
  expect(onError.mock.calls[3]?.[1].sagaStack).toContain('supervise(watchCart)')
})

test('restarts older than the window no longer count', async () => {
  const { run, store } = makeStore({ onError: () => {} })
  const starts = { count: 0 }
  const root = run(function* () {
    yield* supervise(
      { maxRestarts: 1, within: 1_000, backoff: { initial: 0 } },
      crashOnDemand(starts),
    )
  })
  for (let i = 0; i < 3; i++) {
    store.dispatch({ type: 'CRASH' })
    await vi.advanceTimersByTimeAsync(1_000)
  }
  expect(root.isRunning()).toBe(true)
  expect(starts.count).toBe(4)
})

test("restart 'always' starts the child again after a normal end", async () => {
  const { run } = makeStore()
  let starts = 0
  run(function* () {
    yield* supervise({ restart: 'always', backoff: { initial: 5 } }, function* job() {
      starts++
      yield delay(1)
    })
  })
  await vi.advanceTimersByTimeAsync(1 + 5 + 1 + 5)
  expect(starts).toBe(3)
})

test("restart 'on-failure' ends with the child's result when it ends normally", async () => {
  const { run } = makeStore()
  const root = run(function* () {
    const task = yield* supervise(function* () {
      return 42
    })
    return task
  })
  expect(root.isRunning()).toBe(false)
  expect((root.result() as { result(): unknown }).result()).toBe(42)
})

test("restart 'never' fails the parent at the first failure, reported once", () => {
  const onError = vi.fn()
  const { run, store } = makeStore({ onError })
  const root = run(function* () {
    yield* supervise({ restart: 'never' }, crashOnDemand({ count: 0 }))
  })
  store.dispatch({ type: 'CRASH' })
  expect(root.isAborted()).toBe(true)
  expect(onError).toHaveBeenCalledTimes(1)
})

test('cancelling the parent cancels the running child, whose finally runs', () => {
  const { run } = makeStore()
  const cleaned: string[] = []
  const root = run(function* () {
    yield* supervise(function* child() {
      try {
        yield take('NEVER')
      } finally {
        cleaned.push('child')
      }
    })
  })
  root.cancel()
  expect(cleaned).toEqual(['child'])
})

test('cancelling the parent during the backoff clears the restart timer', async () => {
  const { run, store } = makeStore({ onError: () => {} })
  const starts = { count: 0 }
  const root = run(function* () {
    const task = yield* fork(function* () {
      yield* supervise({ backoff: { initial: 1_000 } }, crashOnDemand(starts))
    })
    yield take('STOP')
    yield cancel(task)
  })
  store.dispatch({ type: 'CRASH' })
  expect(vi.getTimerCount()).toBe(1)
  store.dispatch({ type: 'STOP' })
  expect(vi.getTimerCount()).toBe(0)
  await vi.advanceTimersByTimeAsync(2_000)
  expect(starts.count).toBe(1)
  expect(root.isRunning()).toBe(false)
})

test('an invalid option is a SagaError naming it', () => {
  expect(() => supervise({ maxRestarts: -1 }, function* () {})).toThrow(SagaError)
  expect(() => supervise({ backoff: { factor: 0.5 } }, function* () {})).toThrow(
    /options\.backoff\.factor/,
  )
  expect(() => supervise('x' as never)).toThrow(/^supervise\(saga, \.\.\.args\)/)
})

test('the arguments reach the supervised saga', () => {
  const { run } = makeStore()
  const seen: unknown[] = []
  run(function* () {
    yield* supervise(
      function* (a: number, b: string) {
        seen.push(a, b)
        yield call(() => undefined)
      },
      1,
      'two',
    )
  })
  expect(seen).toEqual([1, 'two'])
})

test('each invalid option is named with what it expects and what it got', () => {
  const cases: [object, string][] = [
    [
      { restart: 'sometimes' },
      `options.restart must be 'on-failure', 'always' or 'never'; got "sometimes".`,
    ],
    [{ maxRestarts: 1.5 }, 'options.maxRestarts must be an integer, 0 or more; got 1.5.'],
    [{ within: 0 }, 'options.within must be a number of ms, more than 0; got 0.'],
    [
      { backoff: { initial: Infinity } },
      'options.backoff.initial must be a finite number of ms, 0 or more; got Infinity.',
    ],
    [
      { backoff: { max: -1 } },
      'options.backoff.max must be a finite number of ms, 0 or more; got -1.',
    ],
    [{ backoff: { factor: 0.5 } }, 'options.backoff.factor must be a number, 1 or more; got 0.5.'],
    [{ backoff: { jitter: 2 } }, 'options.backoff.jitter must be a number from 0 to 1; got 2.'],
    [{ onFailure: 'log' }, 'options.onFailure must be a function; got "log".'],
  ]
  for (const [options, message] of cases) {
    const error = (() => {
      try {
        supervise(options as never, function* () {})
      } catch (caught) {
        return caught as SagaError
      }
    })()
    expect(error).toBeInstanceOf(SagaError)
    expect(error?.code).toBe('INVALID_OPTION')
    expect(error?.message).toBe(`supervise(options, saga): ${message}`)
  }
})
