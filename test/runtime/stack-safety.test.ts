/** Long synchronous chains run in constant stack: results are looped over, not recursed into. */
import { expect, test } from 'vitest'
import { buffers, channel } from 'sagaloop'
import { all, call, fork, put, race, select, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('one saga doing 1,000,000 synchronous calls completes', () => {
  const { run } = makeStore()
  const one = () => 1
  const task = run(function* () {
    let sum = 0
    for (let i = 0; i < 1_000_000; i++) sum += yield* call(one)
    return sum
  })
  expect(task.result()).toBe(1_000_000)
})

test('one saga doing 200,000 selects and yielded plain values completes', () => {
  const { run } = makeStore({ reducer: (state: number = 1) => state, preloadedState: 1 })
  const task = run(function* (): Generator<unknown, number, number> {
    let sum = 0
    for (let i = 0; i < 100_000; i++) {
      sum += yield* select((state: number) => state)
      sum += yield 1
    }
    return sum
  })
  expect(task.result()).toBe(200_000)
})

test('two sagas exchanging 50,000 synchronous puts and takes complete', () => {
  const { run } = makeStore({ reducer: (state: number = 0) => state })
  let received = 0
  const task = run(function* () {
    yield fork(function* () {
      for (let i = 0; i < 50_000; i++) {
        yield take('PING')
        yield put({ type: 'PONG' })
      }
    })
    for (let i = 0; i < 50_000; i++) {
      yield put({ type: 'PING' })
      yield take('PONG')
      received++
    }
  })
  expect(received).toBe(50_000)
  expect(task.isRunning()).toBe(false)
})

test('a saga calling 10,000 nested synchronous sub-sagas in a row completes', () => {
  const { run } = makeStore()
  function* leaf() {
    return 1
  }
  const task = run(function* () {
    let sum = 0
    for (let i = 0; i < 10_000; i++) sum += yield* call(leaf)
    return sum
  })
  expect(task.result()).toBe(10_000)
})

test('one saga doing 100,000 puts with nobody listening completes', () => {
  const { run } = makeStore({ reducer: (state: number = 0) => state + 1 })
  const task = run(function* () {
    for (let i = 0; i < 100_000; i++) yield put({ type: 'TICK' })
    return 'done'
  })
  expect(task.result()).toBe('done')
})

test('one saga taking 100,000 messages already buffered in a channel completes', () => {
  const { run } = makeStore()
  const messages = channel<number>(buffers.expanding(16))
  for (let i = 0; i < 100_000; i++) messages.put(i)
  const task = run(function* () {
    let sum = 0
    for (let i = 0; i < 100_000; i++) sum += yield* take(messages)
    return sum
  })
  expect(task.result()).toBe((100_000 * 99_999) / 2)
})

test('one saga doing 100,000 synchronous forks, alls and races completes', () => {
  const { run } = makeStore()
  const one = () => 1
  const task = run(function* () {
    let sum = 0
    for (let i = 0; i < 100_000; i++) {
      const child = yield* fork(one)
      const [a] = yield* all([call(one)])
      const { b } = yield* race({ b: call(one) })
      sum += (child.result() ?? 0) + a + (b ?? 0)
    }
    return sum
  })
  expect(task.result()).toBe(300_000)
})
