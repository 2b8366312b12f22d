/** Arguments redux-saga accepts silently and that would misbehave: rejected with a SagaError. */
import { expect, test } from 'vitest'
import { buffers, SagaError } from 'sagaloop'
import { call, delay, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test.each([['x'], [NaN], [-1], [Infinity], [undefined]])(
  'delay(%s) is a SagaError naming delay',
  (ms) => {
    expect(() => delay(ms as number)).toThrow(SagaError)
    expect(() => delay(ms as number)).toThrow(/^delay\(ms\)/)
  },
)

test('delay(0) and a fractional delay are fine', () => {
  expect(() => delay(0)).not.toThrow()
  expect(() => delay(1.5)).not.toThrow()
})

test('a saga yielding an invalid delay fails with a message naming the saga', () => {
  const { run } = makeStore({ onError: () => {} })
  const task = run(function* pollStatus() {
    yield delay(-5)
  })
  expect(task.isAborted()).toBe(true)
  expect((task.error() as Error).message).toContain('delay(ms)')
  expect((task.error() as Error).message).toContain('pollStatus')
})

test.each([
  ['fixed', 0],
  ['fixed', -1],
  ['fixed', 2.5],
  ['dropping', 0],
  ['sliding', -3],
  ['expanding', 0],
  ['expanding', NaN],
] as const)('buffers.%s(%s) is a SagaError naming the buffer', (name, size) => {
  expect(() => buffers[name](size)).toThrow(SagaError)
  expect(() => buffers[name](size)).toThrow(`buffers.${name}`)
})

test('a misuse caught by a runner names the saga it happened in', () => {
  const { run } = makeStore({ onError: () => {} })
  const task = run(function* watchOrders() {
    yield take({} as never)
  })
  // redux-saga's words first, then sagaloop's hint, which ends with the saga's name.
  expect((task.error() as Error).message).toMatch(
    /^take\(patternOrChannel\): argument \[object Object\] is not valid channel or a valid pattern\ntake\(pattern\)/,
  )
  expect((task.error() as Error).message).toContain('(in saga "watchOrders")')
})

test('a user error is passed through untouched', () => {
  const { run } = makeStore({ onError: () => {} })
  const mine = new Error('mine')
  const task = run(function* watchOrders() {
    yield call(() => {
      throw mine
    })
  })
  expect(task.error()).toBe(mine)
  expect(mine.message).toBe('mine')
})
