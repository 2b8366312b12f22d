/**
 * A `take` predicate that throws fails the saga that was taking (which can catch the error), is
 * removed, and the dispatch that ran it completes: the store stays usable.
 */
import { expect, test, vi } from 'vitest'
import { multicastChannel } from 'sagaloop'
import { take } from 'sagaloop/effects'
import { makeStore } from '../support/store'
import { takerCount } from '../support/channels'

const broken = (action: { type: string }) => {
  if (action.type === 'BAD') throw new Error('predicate broke')
  return action.type === 'GOOD'
}

test('the taking saga can catch the predicate error and keep taking', () => {
  const { run, store } = makeStore()
  const seen: string[] = []
  const task = run(function* () {
    try {
      yield take(broken)
    } catch (error) {
      seen.push((error as Error).message)
    }
    const action = yield* take('NEXT')
    seen.push(action.type)
  })
  expect(() => store.dispatch({ type: 'BAD' })).not.toThrow()
  store.dispatch({ type: 'NEXT' })
  expect(seen).toEqual(['predicate broke', 'NEXT'])
  expect(task.isRunning()).toBe(false)
})

test('an uncaught predicate error fails the saga, reaches onError, and later dispatches work', () => {
  const onError = vi.fn()
  const { run, store, actions } = makeStore({ onError })
  const task = run(function* taker() {
    yield take(broken)
  })
  store.dispatch({ type: 'BAD' })
  expect(task.isAborted()).toBe(true)
  expect(onError).toHaveBeenCalledTimes(1)
  expect(onError.mock.calls[0]?.[1].sagaStack).toContain('taker')
  expect(() => store.dispatch({ type: 'BAD' })).not.toThrow()
  expect(actions.map((a) => a.type)).toEqual(['BAD', 'BAD'])
})

test('the failing taker is removed while other takers of the same action still get it', () => {
  const { run, store } = makeStore({ onError: () => {} })
  const got: string[] = []
  run(function* () {
    yield take(broken)
  })
  run(function* () {
    const action = yield* take('*')
    got.push(action.type)
  })
  store.dispatch({ type: 'BAD' })
  expect(got).toEqual(['BAD'])
})

test('a predicate throwing on a multicast channel removes its taker', () => {
  const { run } = makeStore({ onError: () => {} })
  const chan = multicastChannel<{ type: string }>()
  run(function* () {
    yield take(chan, broken)
  })
  expect(takerCount(chan)).toBe(1)
  expect(() => chan.put({ type: 'BAD' })).not.toThrow()
  expect(takerCount(chan)).toBe(0)
})
