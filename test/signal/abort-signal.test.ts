import { describe, expect, test } from 'vitest'
import { CANCEL, type Task } from 'sagaloop'
import {
  abortSignal,
  call,
  callWithSignal,
  cancel,
  fork,
  race,
  take,
  takeLatest,
} from 'sagaloop/effects'
import { makeStore, flushAsync } from '../support/store'

/**
 * A `fetch` stand-in: it never answers on its own, and records (and rejects) when its signal
 * aborts, as `fetch` does.
 */
function fakeApi() {
  const aborted: string[] = []
  const reasons: unknown[] = []
  const started: string[] = []
  function request(url: string, { signal }: { signal: AbortSignal }): Promise<string> {
    started.push(url)
    return new Promise((_resolve, reject) => {
      if (signal.aborted) reject(signal.reason)
      signal.addEventListener('abort', () => {
        aborted.push(url)
        reasons.push(signal.reason)
        reject(signal.reason)
      })
    })
  }
  const fetchWithSignal = (url: string, signal: AbortSignal) => request(url, { signal })
  return { request, fetchWithSignal, aborted, reasons, started }
}

/** A saga that fetches with its own task's signal. */
function loader(api: ReturnType<typeof fakeApi>) {
  return function* load(url: string) {
    const signal = yield* abortSignal()
    return yield* call(api.request, url, { signal })
  }
}

describe('abortSignal()', () => {
  test('a called saga that loses a race has its request aborted', () => {
    const api = fakeApi()
    const { store, run } = makeStore()
    run(function* () {
      yield* race({ data: call(loader(api), '/slow'), stop: take('STOP') })
    })
    expect(api.aborted).toEqual([])
    store.dispatch({ type: 'STOP' })
    expect(api.aborted).toEqual(['/slow'])
  })

  test('takeLatest starting a new worker aborts the request of the previous one', () => {
    const api = fakeApi()
    const { store, run } = makeStore()
    run(function* () {
      yield* takeLatest('SEARCH', function* (action: { type: 'SEARCH'; q: string }) {
        yield* call(loader(api), `/search?q=${action.q}`)
      })
    })
    store.dispatch({ type: 'SEARCH', q: 'a' })
    store.dispatch({ type: 'SEARCH', q: 'ab' })
    expect(api.started).toEqual(['/search?q=a', '/search?q=ab'])
    expect(api.aborted).toEqual(['/search?q=a'])
  })

  test('cancel(task) aborts the request of the cancelled task', () => {
    const api = fakeApi()
    const { store, run } = makeStore()
    run(function* () {
      const task = yield* fork(loader(api), '/users')
      yield* take('CANCEL')
      yield* cancel(task)
    })
    store.dispatch({ type: 'CANCEL' })
    expect(api.aborted).toEqual(['/users'])
  })

  test('the signal aborts with an AbortError naming the cancelled task', () => {
    const api = fakeApi()
    const { run } = makeStore()
    const root = run(function* () {
      yield* fork(loader(api), '/users')
    })
    root.cancel()
    const [reason] = api.reasons
    expect(reason).toBeInstanceOf(Error)
    expect((reason as Error).name).toBe('AbortError')
    expect((reason as Error).message).toBe('task load was cancelled')
  })

  test('a failing sibling fails the parent, which aborts the request with that error', () => {
    const api = fakeApi()
    const errors: unknown[] = []
    const { store, run } = makeStore({ onError: (error) => errors.push(error) })
    const failure = new Error('sibling failed')
    run(function* parent() {
      yield* fork(loader(api), '/profile')
      yield* fork(function* sibling() {
        yield* take('FAIL')
        throw failure
      })
    })
    store.dispatch({ type: 'FAIL' })
    expect(api.aborted).toEqual(['/profile'])
    expect(errors).toEqual([failure])
  })

  test('a saga that catches the abort can clean up, and its own signal reports aborted', () => {
    const api = fakeApi()
    const { run } = makeStore()
    let signalSeen: AbortSignal | undefined
    let task: Task | undefined
    run(function* () {
      task = yield* fork(function* load() {
        signalSeen = yield* abortSignal()
        yield* call(api.request, '/x', { signal: signalSeen })
      })
    })
    expect(signalSeen?.aborted).toBe(false)
    task?.cancel()
    expect(signalSeen?.aborted).toBe(true)
  })

  test('a task gives the same signal each time; asked for after a cancel, it is aborted', () => {
    const { store, run } = makeStore()
    const signals: AbortSignal[] = []
    run(function* () {
      const task = yield* fork(function* worker() {
        signals.push(yield* abortSignal(), yield* abortSignal())
        try {
          yield* take('NEVER')
        } finally {
          signals.push(yield* abortSignal())
        }
      })
      yield* take('STOP')
      yield* cancel(task)
      const late = yield* fork(function* lateWorker() {
        try {
          yield* take('NEVER')
        } finally {
          // The first ask comes after the cancel: the signal is created aborted.
          signals.push(yield* abortSignal())
        }
      })
      yield* cancel(late)
    })
    store.dispatch({ type: 'STOP' })
    const [first, second, third, fourth] = signals
    expect(second).toBe(first)
    expect(third).toBe(first)
    expect(first?.aborted).toBe(true)
    expect(fourth?.aborted).toBe(true)
    expect((fourth?.reason as Error).name).toBe('AbortError')
    expect((fourth?.reason as Error).message).toBe('task lateWorker was cancelled')
  })

  test('a signal first asked for in a failing task is aborted with its error', () => {
    const errors: unknown[] = []
    const { store, run } = makeStore({ onError: (error) => errors.push(error) })
    const failure = new Error('sibling failed')
    let signal: AbortSignal | undefined
    run(function* parent() {
      yield* fork(function* sibling() {
        yield* take('FAIL')
        throw failure
      })
      try {
        yield* take('NEVER')
      } finally {
        signal = yield* abortSignal()
      }
    })
    store.dispatch({ type: 'FAIL' })
    expect(errors).toEqual([failure])
    expect(signal?.aborted).toBe(true)
  })
})

describe('callWithSignal()', () => {
  test('a call that loses a race gets its own signal aborted while the saga goes on', () => {
    const api = fakeApi()
    const { store, run } = makeStore()
    const steps: string[] = []
    run(function* () {
      const taskSignal = yield* abortSignal()
      const winner = yield* race({
        data: callWithSignal(api.fetchWithSignal, '/slow'),
        stop: take('STOP'),
      })
      steps.push(`stop won: ${String(winner.stop !== undefined)}`)
      steps.push(`task signal aborted: ${String(taskSignal.aborted)}`)
    })
    store.dispatch({ type: 'STOP' })
    expect(api.aborted).toEqual(['/slow'])
    expect(steps).toEqual(['stop won: true', 'task signal aborted: false'])
  })

  test("gives the function's result when nothing cancels it", async () => {
    const { run } = makeStore()
    const task = run(function* () {
      return yield* callWithSignal(
        (n: number, signal: AbortSignal) => Promise.resolve(signal.aborted ? -1 : n * 2),
        21,
      )
    })
    expect(await task.toPromise()).toBe(42)
  })

  test('a failure of the function reaches the saga', async () => {
    const { run } = makeStore()
    const task = run(function* () {
      try {
        yield* callWithSignal((_signal: AbortSignal) => Promise.reject(new Error('offline')))
        return 'no error'
      } catch (error) {
        return (error as Error).message
      }
    })
    expect(await task.toPromise()).toBe('offline')
  })

  test('cancelling the saga aborts the call', () => {
    const api = fakeApi()
    const { run } = makeStore()
    const root = run(function* () {
      yield* callWithSignal(api.fetchWithSignal, '/users')
    })
    root.cancel()
    expect(api.aborted).toEqual(['/users'])
  })
})

describe('promises with CANCEL', () => {
  test('a called promise that loses a race still has its CANCEL method called', async () => {
    const { store, run } = makeStore()
    const cancelledRequests: string[] = []
    const legacyRequest = (url: string) => {
      const promise = new Promise<string>(() => {}) as Promise<string> & {
        [CANCEL]?: () => void
      }
      promise[CANCEL] = () => cancelledRequests.push(url)
      return promise
    }
    run(function* () {
      yield* race({ data: call(legacyRequest, '/legacy'), stop: take('STOP') })
    })
    store.dispatch({ type: 'STOP' })
    await flushAsync()
    expect(cancelledRequests).toEqual(['/legacy'])
  })
})
