/** race: the first effect to finish wins; the others are cancelled and their finally blocks run. */
import { expect, test } from 'vitest'
import { call, cancelled, delay, put, race, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('race of an object resumes with the winner under its key, the others undefined', () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    return yield* race({ a: take('A'), b: take('B') })
  })
  store.dispatch({ type: 'B' })
  expect(task.result()).toEqual({ b: { type: 'B' } })
  expect(Object.keys(task.result() as object)).toEqual(['b'])
})

test('race of an array resumes with the winner at its index, the others undefined', () => {
  const { run, store } = makeStore()
  const task = run(function* () {
    return yield* race([take('A'), take('B')])
  })
  store.dispatch({ type: 'B' })
  expect(task.result()).toEqual([undefined, { type: 'B' }])
})

test('the losers of a race are cancelled and their finally blocks run', () => {
  const log: string[] = []
  const { run, store } = makeStore()
  function* loser(name: string) {
    try {
      yield take('NEVER')
    } finally {
      log.push(`${name} cancelled=${String(yield* cancelled())}`)
    }
  }
  run(function* () {
    yield race({ one: call(loser, 'one'), win: take('WIN'), two: call(loser, 'two') })
    log.push('after race')
  })
  store.dispatch({ type: 'WIN' })
  expect(log).toEqual(['one cancelled=true', 'two cancelled=true', 'after race'])
})

test('an effect that wins synchronously keeps the later ones from starting', () => {
  const { run, actions } = makeStore()
  const task = run(function* () {
    return yield* race({ now: call(() => 'now'), later: put({ type: 'NOT_DISPATCHED' }) })
  })
  expect(task.result()).toEqual({ now: 'now' })
  expect(actions).toEqual([])
})

test('an error in one effect of a race is thrown into the saga and cancels the others', async () => {
  const log: string[] = []
  const { run } = makeStore()
  const task = run(function* () {
    try {
      yield race({
        waiting: call(function* () {
          try {
            yield take('NEVER')
          } finally {
            log.push('waiting cancelled')
          }
        }),
        failing: call(() => Promise.reject(new Error('failed'))),
      })
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(await task.toPromise()).toBe('failed')
  expect(log).toEqual(['waiting cancelled'])
})

test('a cancelled saga cancels the race it waits on', () => {
  const log: string[] = []
  const { run } = makeStore()
  const task = run(function* () {
    yield race({
      a: call(function* () {
        try {
          yield delay(1000)
        } finally {
          log.push('a cancelled')
        }
      }),
      b: take('B'),
    })
  })
  task.cancel()
  expect(log).toEqual(['a cancelled'])
})

test('an empty race never resumes, as in redux-saga', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    yield race({})
  })
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(task.isRunning()).toBe(true)
  task.cancel()
})
