/** call, apply and cps: functions, promises, sub-sagas, contexts, and cancellation of the work. */
import { expect, test } from 'vitest'
import { CANCEL } from 'sagaloop'
import { apply, call, cps, race, take } from 'sagaloop/effects'
import { flushAsync, makeStore } from '../support/store'

test('call of a function returning a value resumes with the value', () => {
  const { run } = makeStore()
  const task = run(function* () {
    return yield* call((a: number, b: number) => a + b, 1, 2)
  })
  expect(task.result()).toBe(3)
})

test('call of a function that throws throws into the saga', () => {
  const { run } = makeStore()
  const task = run(function* () {
    try {
      yield* call(() => {
        throw new Error('thrown')
      })
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(task.result()).toBe('thrown')
})

test('call of a function returning a promise waits for it', async () => {
  const { run } = makeStore()
  const task = run(function* () {
    return yield* call(() => Promise.resolve('later'))
  })
  expect(task.isRunning()).toBe(true)
  expect(await task.toPromise()).toBe('later')
})

test('call of a generator function runs it as a sub-saga and resumes with its return', () => {
  const { run, store } = makeStore()
  function* waitForIt() {
    return (yield* take('IT')).type
  }
  const task = run(function* () {
    return yield* call(waitForIt)
  })
  store.dispatch({ type: 'IT' })
  expect(task.result()).toBe('IT')
})

test("call([context, 'method']) and apply(context, fn, args) call with that this", () => {
  const { run } = makeStore()
  const counter = {
    base: 10,
    add(n: number) {
      return this.base + n
    },
  }
  const task = run(function* () {
    return [
      yield* call([counter, 'add'], 1),
      yield* call([counter, counter.add], 2),
      yield* call({ context: counter, fn: counter.add }, 3),
      yield* apply(counter, counter.add, [4]),
      yield* apply(counter, 'add', [5]),
    ]
  })
  expect(task.result()).toEqual([11, 12, 13, 14, 15])
})

test('the CANCEL method of a called promise is called when the task is cancelled', () => {
  const { run } = makeStore()
  let cancelled = 0
  const task = run(function* () {
    const pending = new Promise(() => {}) as Promise<never> & { [CANCEL]?: () => void }
    pending[CANCEL] = () => cancelled++
    yield call(() => pending)
  })
  task.cancel()
  expect(cancelled).toBe(1)
})

test('the CANCEL method of a promise that lost a race is called', () => {
  const { run, store } = makeStore()
  let cancelled = 0
  run(function* () {
    const pending = Object.assign(new Promise(() => {}), { [CANCEL]: () => cancelled++ })
    yield race({ request: call(() => pending), stop: take('STOP') })
  })
  store.dispatch({ type: 'STOP' })
  expect(cancelled).toBe(1)
})

test('the CANCEL method of a settled promise is not called on a later cancel', async () => {
  const { run } = makeStore()
  let cancelled = 0
  const task = run(function* () {
    yield call(() => Object.assign(Promise.resolve(1), { [CANCEL]: () => cancelled++ }))
    yield take('NEVER')
  })
  await flushAsync()
  task.cancel()
  expect(cancelled).toBe(0)
})

test('cps resumes with the result a node-style callback passes', () => {
  const { run } = makeStore()
  const nodeStyle = (n: number, done: (error: unknown, result?: number) => void) =>
    done(null, n * 2)
  const task = run(function* () {
    return yield* cps(nodeStyle, 21)
  })
  expect(task.result()).toBe(42)
})

test('cps throws the error a node-style callback passes into the saga', async () => {
  const { run } = makeStore()
  const failing = (done: (error: unknown) => void) => setTimeout(() => done(new Error('cps error')))
  const task = run(function* () {
    try {
      yield cps(failing)
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(await task.toPromise()).toBe('cps error')
})

test('cps calls the cancel method the function attached to its callback when cancelled', () => {
  const { run } = makeStore()
  let cancelled = 0
  const task = run(function* () {
    yield cps((done: ((error: unknown) => void) & { cancel?: () => void }) => {
      done.cancel = () => cancelled++
    })
  })
  task.cancel()
  expect(cancelled).toBe(1)
})
