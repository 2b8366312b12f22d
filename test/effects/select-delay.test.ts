/** select reads the store's state; delay waits and clears its timer when cancelled. */
import { afterEach, expect, test, vi } from 'vitest'
import { delay, put, race, select, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

afterEach(() => {
  vi.useRealTimers()
})

const counter = (state: number = 0, action: { type: string }) =>
  action.type === 'INCREMENT' ? state + 1 : state

test('select() with no selector resumes with the whole state', () => {
  const { run } = makeStore({ reducer: counter, preloadedState: 5 })
  const task = run(function* () {
    return yield* select()
  })
  expect(task.result()).toBe(5)
})

test('select(selector, ...args) calls the selector with the state and the arguments', () => {
  const { run } = makeStore({ reducer: counter, preloadedState: 5 })
  const task = run(function* () {
    return yield* select((state: number, times: number, plus: number) => state * times + plus, 2, 1)
  })
  expect(task.result()).toBe(11)
})

test('select after a put sees the state the put produced', () => {
  const { run } = makeStore({ reducer: counter })
  const task = run(function* () {
    yield put({ type: 'INCREMENT' })
    return yield* select((state: number) => state)
  })
  expect(task.result()).toBe(1)
})

test('select after a take sees the state the taken action produced', () => {
  const { run, store } = makeStore({ reducer: counter })
  const task = run(function* () {
    yield take('INCREMENT')
    return yield* select((state: number) => state)
  })
  store.dispatch({ type: 'INCREMENT' })
  expect(task.result()).toBe(1)
})

test('an error thrown by a selector is thrown into the saga', () => {
  const { run } = makeStore()
  const task = run(function* () {
    try {
      yield select((_state: unknown) => {
        throw new Error('selector failed')
      })
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(task.result()).toBe('selector failed')
})

test('delay(ms, value) resumes with the value after ms', async () => {
  vi.useFakeTimers()
  const { run } = makeStore()
  const task = run(function* () {
    return [yield* delay(100), yield* delay(100, 'value')]
  })
  await vi.advanceTimersByTimeAsync(99)
  expect(task.isRunning()).toBe(true)
  await vi.advanceTimersByTimeAsync(101)
  expect(task.result()).toEqual([true, 'value'])
})

test('a delay that loses a race clears its timer', () => {
  vi.useFakeTimers()
  const { run, store } = makeStore()
  run(function* () {
    yield race({ timeout: delay(10_000), stop: take('STOP') })
  })
  expect(vi.getTimerCount()).toBe(1)
  store.dispatch({ type: 'STOP' })
  expect(vi.getTimerCount()).toBe(0)
})
