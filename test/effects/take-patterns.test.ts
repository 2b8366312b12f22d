/** The patterns `take` accepts: '*', a type, an array, a predicate, a symbol, RTK creators and matchers. */
import { createAction, isAnyOf } from '@reduxjs/toolkit'
import { expect, test } from 'vitest'
import { take } from 'sagaloop/effects'
import { runSaga, stdChannel } from 'sagaloop'
import { makeStore } from '../support/store'

/** Runs a saga that takes once with `pattern`, dispatches `actions`, and returns what it took. */
function firstTaken(pattern: unknown, actions: object[]): unknown {
  const { run, store } = makeStore()
  const task = run(function* (): Generator<unknown, unknown, unknown> {
    return yield take(pattern as never)
  })
  for (const action of actions) if (task.isRunning()) store.dispatch(action as never)
  return task.result()
}

test("'*' takes any action", () => {
  expect(firstTaken('*', [{ type: 'ANY' }])).toEqual({ type: 'ANY' })
})

test('take() with no pattern takes any action', () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    return yield* take()
  })
  store.dispatch({ type: 'ANY' })
  expect(task.result()).toEqual({ type: 'ANY' })
})

test('a string takes only actions of that type', () => {
  expect(firstTaken('B', [{ type: 'A' }, { type: 'B' }])).toEqual({ type: 'B' })
})

test('an array takes an action matching any of its patterns', () => {
  const isC = (action: { type: string }) => action.type === 'C'
  expect(firstTaken(['B', isC], [{ type: 'A' }, { type: 'C' }])).toEqual({ type: 'C' })
})

test('a predicate takes the first action it returns true for', () => {
  const big = (action: { type: string; n?: number }) => (action.n ?? 0) > 10
  expect(
    firstTaken(big, [
      { type: 'N', n: 1 },
      { type: 'N', n: 11 },
    ]),
  ).toEqual({ type: 'N', n: 11 })
})

test('a Redux Toolkit action creator takes actions of its type', () => {
  const loaded = createAction<number>('user/loaded')
  expect(firstTaken(loaded, [{ type: 'other' }, loaded(7)])).toEqual(loaded(7))
})

test('a Redux Toolkit matcher built with isAnyOf takes actions of any of its creators', () => {
  const a = createAction('a')
  const b = createAction<string>('b')
  expect(firstTaken(isAnyOf(a, b), [{ type: 'c' }, b('x')])).toEqual(b('x'))
})

// Redux 5 only dispatches string types, so symbols are shown on a channel without a store.
test('a symbol takes actions whose type is that symbol', () => {
  const TYPE = Symbol('type')
  const channel = stdChannel()
  const task = runSaga({ channel }, function* (): Generator<unknown, unknown, unknown> {
    return yield take(TYPE)
  })
  channel.put({ type: 'TYPE' })
  channel.put({ type: TYPE })
  expect(task.result()).toEqual({ type: TYPE })
})

test('an action creator whose toString() gives its type takes actions of that type', () => {
  const creator = Object.assign(() => ({ type: 'legacy' }), { toString: () => 'legacy' })
  expect(firstTaken(creator, [{ type: 'x' }, { type: 'legacy' }])).toEqual({ type: 'legacy' })
})

test('take with the typed action creator narrows the action for yield*', () => {
  const renamed = createAction<{ name: string }>('user/renamed')
  const { run, store } = makeStore()
  const task = run(function* () {
    const action = yield* take(renamed)
    return action.payload.name
  })
  store.dispatch(renamed({ name: 'Ada' }))
  expect(task.result()).toBe('Ada')
})
