/**
 * A saga's main flow waits on a native promise that a `call` returned with no step: the reused
 * pair of callbacks resumes the flow itself, and the step is made only when something needs it
 * (a cancel, `settled()` listing busy work). An effect middleware turns that path off, so each
 * test runs the same saga both ways and expects the same behaviour.
 */
import { expect, test } from 'vitest'
import { call, cancel, fork, take } from 'sagaloop/effects'
import { CANCEL, type SagaMiddlewareOptions, type SettleTimeoutError, type Task } from 'sagaloop'
import { flushAsync, makeStore } from '../support/store'
import { recorder } from '../support/monitored'

type Saga = Generator<unknown, unknown, unknown>
type Worker = Generator<unknown, void, unknown>

/** With no effect middleware (no step), and with one that passes every effect on (a step). */
type Middlewares = NonNullable<SagaMiddlewareOptions['effectMiddlewares']>

const ways: [string, Middlewares][] = [
  ['with no step', []],
  ['with a step', [(next) => (effect) => next(effect)]],
]

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

/** The hooks called, with the effect ids renumbered in order of appearance. */
function shape(events: { hook: string; args: unknown[] }[]): unknown[] {
  const ids = new Map<unknown, number>()
  const id = (raw: unknown) => (ids.has(raw) ? ids.get(raw) : ids.set(raw, ids.size).size - 1)
  return events.map(({ hook, args: [first, second] }) =>
    hook === 'effectTriggered'
      ? [hook, id((first as { effectId: number }).effectId)]
      : hook === 'effectResolved' || hook === 'effectRejected'
        ? [
            hook,
            id(first),
            second instanceof Error
              ? second.message
              : typeof second === 'object'
                ? 'object'
                : second,
          ]
        : [hook, typeof first === 'number' ? id(first) : undefined],
  )
}

async function monitorEvents(middlewares: Middlewares): Promise<unknown[]> {
  const { monitor, events } = recorder()
  const { run } = makeStore({ sagaMonitor: monitor, effectMiddlewares: middlewares })
  const late = deferred<string>()
  run(function* root(): Worker {
    yield call(() => Promise.resolve(1))
    try {
      yield call(() => Promise.reject(new Error('no')))
    } catch {
      // caught
    }
    const task = (yield fork(function* waiter(): Worker {
      yield call(() => late.promise)
    })) as Task
    yield cancel(task)
    late.resolve('too late')
  })
  await flushAsync()
  return shape(events)
}

test('monitor events of promise calls are the same with no step as with one', async () => {
  const none = await monitorEvents([])
  const step = await monitorEvents(ways[1]![1])
  expect(none).toEqual(step)
  const hooks = (none as [string][]).map(([hook]) => hook)
  expect(hooks).toContain('effectRejected')
  expect(hooks).toContain('effectCancelled')
})

test.each(ways)(
  'a cancelled call ignores its late result and cancels the promise %s',
  async (_, middlewares) => {
    const { run } = makeStore({ effectMiddlewares: middlewares })
    const first = deferred<string>()
    const cancels: string[] = []
    const cancellable = Object.assign(deferred<string>().promise, {
      [CANCEL]: () => cancels.push('cancelled'),
    })
    const seen: unknown[] = []
    run(function* root(): Worker {
      const task = (yield fork(function* worker(): Worker {
        try {
          seen.push(yield call(() => first.promise))
        } finally {
          seen.push('finally')
        }
      })) as Task
      const other = (yield fork(function* other(): Worker {
        yield call(() => cancellable)
      })) as Task
      yield cancel(task)
      yield cancel(other)
    })
    first.resolve('too late')
    await flushAsync()
    expect(seen).toEqual(['finally'])
    expect(cancels).toEqual(['cancelled'])
  },
)

test.each(ways)(
  'settled() waits for a pending promise call, and lists it %s',
  async (_, middlewares) => {
    const { run, sagaMiddleware } = makeStore({ effectMiddlewares: middlewares })
    const gate = deferred<number>()
    const results: unknown[] = []
    run(function* waiting(): Worker {
      results.push(
        yield call(function fetchUser() {
          return gate.promise
        }),
      )
      results.push(yield call(() => Promise.resolve(2)))
    })
    const error = (await sagaMiddleware
      .settled({ timeout: 5 })
      .catch((e: unknown) => e)) as SettleTimeoutError
    expect(error.busy).toEqual([{ task: 'waiting', effect: 'call(fetchUser)' }])
    // Listed, it still resumes its saga when it settles.
    let settled = false
    const done = sagaMiddleware.settled().then(() => (settled = true))
    await flushAsync()
    expect(settled).toBe(false)
    gate.resolve(1)
    await done
    expect(results).toEqual([1, 2])
  },
)

async function sagaStacks(middlewares: Middlewares): Promise<string[]> {
  const stacks: string[] = []
  const { run } = makeStore({
    effectMiddlewares: middlewares,
    onError: (_error, { sagaStack }) => stacks.push(sagaStack),
  })
  run(function* root(): Worker {
    yield call(function* child(): Worker {
      yield call(function failing() {
        return Promise.reject(new Error('no'))
      })
    })
  })
  await flushAsync()
  return stacks
}

test('a rejected promise call gives the same saga stack with no step as with one', async () => {
  const none = await sagaStacks([])
  const step = await sagaStacks(ways[1]![1])
  expect(none).toEqual(step)
  expect(none).toHaveLength(1)
})

test('a chain of 10,000 sagas that each wait on a promise call ends', async () => {
  const { run } = makeStore()
  function* level(n: number): Saga {
    const one = (yield call(() => Promise.resolve(1))) as number
    return n === 0 ? one : one + ((yield call(level, n - 1)) as number)
  }
  const task = run(function* root(): Saga {
    return yield call(level, 9_999)
  })
  expect(await task.toPromise()).toBe(10_000)
})

test('a saga waits on more promises in flight than there are reused pairs', async () => {
  const { run, sagaMiddleware } = makeStore()
  let sum = 0
  run(function* root(): Worker {
    for (let i = 0; i < 200; i++)
      yield fork(function* (): Worker {
        for (let k = 0; k < 3; k++) {
          const one = (yield call(() => Promise.resolve(1))) as number
          sum += one
        }
      })
    yield take('NEVER')
  })
  await sagaMiddleware.settled({ timeout: 1_000 })
  expect(sum).toBe(600)
})
