/**
 * A call that returns a native promise is waited on with a reused pair of callbacks
 * (kernel/values.ts), which refers to the saga rather than to the step when the saga's main flow
 * waits: a promise that settles late must still reach only the step it was called for.
 */
import { expect, test } from 'vitest'
import { call, cancel, fork, take } from 'sagaloop/effects'
import type { Task } from 'sagaloop'
import { flushAsync, makeStore } from '../support/store'

type Saga = Generator<unknown, unknown, unknown>
type Worker = Generator<unknown, void, unknown>

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

test('a promise that settles after its saga was cancelled does not resume the call its finally waits on', async () => {
  const { run } = makeStore()
  const first = deferred<string>()
  const second = deferred<string>()
  const seen: unknown[] = []
  run(function* root(): Worker {
    const task = (yield fork(function* worker(): Worker {
      try {
        seen.push(yield call(() => first.promise))
      } finally {
        seen.push(yield call(() => second.promise))
      }
    })) as Task
    yield cancel(task)
  })
  first.resolve('first, too late')
  await flushAsync()
  expect(seen).toEqual([])
  second.resolve('second')
  await flushAsync()
  expect(seen).toEqual(['second'])
})

test('a call that a rejected promise fails throws into the saga that made it', async () => {
  const { run } = makeStore()
  const task = run(function* (): Saga {
    try {
      yield call(() => Promise.reject(new Error('no')))
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(await task.toPromise()).toBe('no')
})

test('more calls waiting at once than there are reused callback pairs each get their own value', async () => {
  const { run } = makeStore()
  const gates = Array.from({ length: 100 }, () => deferred<number>())
  const sums: number[] = []
  run(function* root(): Worker {
    for (const gate of gates)
      yield fork(function* waiter(): Worker {
        sums.push((yield call(() => gate.promise)) as number)
      })
    yield take('NEVER')
  })
  gates.forEach((gate, i) => gate.resolve(i))
  await flushAsync()
  expect(sums).toEqual(gates.map((_, i) => i))
})
