/**
 * How a promise `call` settles its step: once, with the promise's own outcome, however promises
 * and cancellations interleave (the runtime reuses the callbacks it hands native promises).
 */
import { expect, test } from 'vitest'
import { call, race } from 'sagaloop/effects'
import { flushAsync, makeStore } from '../support/store'

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

test('a promise that lost a race and settles later does not resume the next call', async () => {
  const slow = deferred<string>()
  const next = deferred<string>()
  const { run } = makeStore()
  const task = run(function* () {
    const first = yield* race({ slow: call(() => slow.promise), fast: call(() => 'fast') })
    const second = yield* call(() => next.promise)
    return [first.fast, second]
  })
  slow.resolve('slow')
  await flushAsync()
  expect(task.isRunning()).toBe(true)
  next.resolve('next')
  expect(await task.toPromise()).toEqual(['fast', 'next'])
})

test('a rejected promise throws into the saga, and the next call still resumes it', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    let caught = ''
    try {
      yield* call(() => Promise.reject(new Error('rejected')))
    } catch (error) {
      caught = (error as Error).message
    }
    const after = yield* call(() => Promise.resolve('after'))
    return [caught, after]
  })
  expect(await task.toPromise()).toEqual(['rejected', 'after'])
})

test('a thenable that calls both of its callbacks settles its step with the first only', async () => {
  const thenable = {
    then(onValue: (value: unknown) => void, onError: (error: unknown) => void) {
      onValue('first')
      onValue('second')
      onError(new Error('late'))
    },
  }
  const { run } = makeStore()
  const task = run(function* () {
    const first = yield* call(() => thenable as unknown as Promise<string>)
    const next = yield* call(() => Promise.resolve('next'))
    return [first, next]
  })
  expect(await task.toPromise()).toEqual(['first', 'next'])
})

test('many sagas waiting on promises at once each resume with their own value', async () => {
  const { run } = makeStore()
  const tasks = Array.from({ length: 200 }, (_, i) =>
    run(function* () {
      let sum = 0
      for (let k = 0; k < 3; k++) sum += yield* call(() => Promise.resolve(i + k))
      return sum
    }),
  )
  const results = await Promise.all(tasks.map((task) => task.toPromise()))
  expect(results).toEqual(tasks.map((_, i) => 3 * i + 3))
})
