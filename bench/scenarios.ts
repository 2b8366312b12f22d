/**
 * The scenarios. Each one builds its own store or runSaga environment (untimed), then times only
 * the work, and returns a result that `run.ts` compares with the expected one: a run that is fast
 * because it skipped work is an error, not a win.
 */
import { applyMiddleware, legacy_createStore as createStore } from 'redux'
import type { Lib } from './libs.js'
import { median } from './stats.js'

export interface Outcome {
  ms: number
  result: unknown
}

export interface Scenario {
  id: string
  label: string
  expected: unknown
  run(lib: Lib): Promise<Outcome>
}

const now = () => performance.now()

/** A store with the library's middleware; the reducer counts actions of type `COUNT`. */
function storeFor(lib: Lib, preloaded: any = { count: 0 }) {
  const sagaMiddleware = lib.createSagaMiddleware()
  const reducer = (state: any = preloaded, action: any) =>
    action.type === 'COUNT' ? { ...state, count: state.count + 1 } : state
  const store = createStore(reducer, preloaded, applyMiddleware(sagaMiddleware))
  return { store, run: (saga: any, ...args: any[]) => sagaMiddleware.run(saga, ...args) }
}

/** runSaga with no store: for scenarios that need no actions. */
function runAlone(lib: Lib, saga: any, getState: () => unknown = () => undefined) {
  return lib.runSaga({ dispatch: () => {}, getState, onError: () => {} }, saga)
}

const addOne = (i: number) => i + 1
const sumTo = (n: number) => (n * (n + 1)) / 2

function callSync(n: number): Scenario {
  return {
    id: 'call-sync',
    label: `${n / 1000}k sequential call (sync fn)`,
    expected: sumTo(n),
    async run(lib) {
      const { call } = lib
      function* saga() {
        let sum = 0
        for (let i = 0; i < n; i++) sum += (yield call(addOne, i)) as number
        return sum
      }
      const start = now()
      const task = runAlone(lib, saga)
      const result = await task.toPromise()
      return { ms: now() - start, result }
    },
  }
}

function callPromise(n: number): Scenario {
  const resolved = (i: number) => Promise.resolve(i + 1)
  return {
    id: 'call-promise',
    label: `${n / 1000}k sequential call (resolved promise)`,
    expected: sumTo(n),
    async run(lib) {
      const { call } = lib
      function* saga() {
        let sum = 0
        for (let i = 0; i < n; i++) sum += (yield call(resolved, i)) as number
        return sum
      }
      const start = now()
      const result = await runAlone(lib, saga).toPromise()
      return { ms: now() - start, result }
    },
  }
}

function pingPong(n: number): Scenario {
  return {
    id: 'ping-pong',
    label: `put→take ping-pong, ${n / 1000}k round trips`,
    expected: n,
    async run(lib) {
      const { put, take } = lib
      const { run } = storeFor(lib)
      function* pong() {
        for (;;) {
          yield take('PING')
          yield put({ type: 'PONG' })
        }
      }
      function* ping() {
        let trips = 0
        for (let i = 0; i < n; i++) {
          yield put({ type: 'PING' })
          yield take('PONG')
          trips++
        }
        return trips
      }
      run(pong)
      const start = now()
      const result = await run(ping).toPromise()
      return { ms: now() - start, result }
    },
  }
}

function takeEveryScenario(n: number): Scenario {
  return {
    id: 'take-every',
    label: `takeEvery, ${n / 1000}k dispatches`,
    expected: n,
    async run(lib) {
      const { takeEvery } = lib
      const { store, run } = storeFor(lib)
      let handled = 0
      function* worker() {
        handled++
      }
      run(function* () {
        yield takeEvery('HIT', worker)
      })
      const start = now()
      for (let i = 0; i < n; i++) store.dispatch({ type: 'HIT', i })
      return { ms: now() - start, result: handled }
    },
  }
}

function takeLatestScenario(n: number): Scenario {
  return {
    id: 'take-latest',
    label: `takeLatest, ${n / 1000}k dispatches (cancels)`,
    expected: n - 1,
    async run(lib) {
      const { takeLatest, take, cancelled } = lib
      const { store, run } = storeFor(lib)
      let wasCancelled = 0
      function* worker(): Generator<unknown, void, unknown> {
        try {
          yield take('NEVER')
        } finally {
          if (yield cancelled()) wasCancelled++
        }
      }
      run(function* () {
        yield takeLatest('HIT', worker)
      })
      const start = now()
      for (let i = 0; i < n; i++) store.dispatch({ type: 'HIT', i })
      return { ms: now() - start, result: wasCancelled }
    },
  }
}

function forkJoin(id: string, n: number): Scenario {
  const child = (i: number) => Promise.resolve(i + 1)
  return {
    id,
    label: `fork ${n / 1000}k children, join them`,
    expected: sumTo(n),
    async run(lib) {
      const { fork, join, call } = lib
      function* worker(i: number): Generator<unknown, unknown, unknown> {
        return yield call(child, i)
      }
      function* parent() {
        const tasks: unknown[] = []
        for (let i = 0; i < n; i++) tasks.push(yield fork(worker, i))
        let sum = 0
        for (const task of tasks) sum += (yield join(task)) as number
        return sum
      }
      const start = now()
      const result = await runAlone(lib, parent).toPromise()
      return { ms: now() - start, result }
    },
  }
}

function allCalls(size: number, rounds: number): Scenario {
  return {
    id: 'all',
    label: `all of ${size / 1000}k calls, ×${rounds}`,
    expected: rounds * sumTo(size),
    async run(lib) {
      const { all, call } = lib
      function* saga() {
        let sum = 0
        for (let r = 0; r < rounds; r++) {
          const effects = []
          for (let i = 0; i < size; i++) effects.push(call(addOne, i))
          const results = (yield all(effects)) as number[]
          for (const value of results) sum += value
        }
        return sum
      }
      const start = now()
      const result = await runAlone(lib, saga).toPromise()
      return { ms: now() - start, result }
    },
  }
}

function raceLoop(n: number): Scenario {
  return {
    id: 'race',
    label: `race(call, take) in a loop, ${n / 1000}k`,
    expected: n,
    async run(lib) {
      const { race, call, take } = lib
      const { run } = storeFor(lib)
      function* saga(): Generator<unknown, number, any> {
        let won = 0
        for (let i = 0; i < n; i++) {
          const result = yield race({ done: call(addOne, i), never: take('NEVER') })
          if (result.done === i + 1) won++
        }
        return won
      }
      const start = now()
      const result = await run(saga).toPromise()
      return { ms: now() - start, result }
    },
  }
}

function selectLoop(n: number, size: number): Scenario {
  const items: Record<string, number> = {}
  for (let i = 0; i < size; i++) items[`k${i}`] = i
  const keys = Object.keys(items)
  const state = { count: 0, items, list: Object.values(items) }
  const byIndex = (s: typeof state, i: number) => s.items[keys[i % size] as string] as number
  let expected = 0
  for (let i = 0; i < n; i++) expected += i % size
  return {
    id: 'select',
    label: `select ×${n / 1000}k on a ${size / 1000}k-key state`,
    expected,
    async run(lib) {
      const { select } = lib
      const { run } = storeFor(lib, state)
      function* saga() {
        let sum = 0
        for (let i = 0; i < n; i++) sum += (yield select(byIndex, i)) as number
        return sum
      }
      const start = now()
      const result = await run(saga).toPromise()
      return { ms: now() - start, result }
    },
  }
}

function eventChannelLoop(n: number): Scenario {
  return {
    id: 'event-channel',
    label: `eventChannel → take loop, ${n / 1000}k messages`,
    expected: sumTo(n),
    async run(lib) {
      const { take, eventChannel, buffers, END } = lib
      let emit: (input: unknown) => void = () => {}
      const chan = eventChannel((e) => {
        emit = e
        return () => {}
      }, buffers.expanding(16))
      // Taking END terminates the saga, so the sum lives outside it.
      let sum = 0
      const task = runAlone(lib, function* () {
        for (;;) sum += (yield take(chan)) as number
      })
      const start = now()
      for (let i = 1; i <= n; i++) emit(i)
      emit(END)
      await task.toPromise()
      return { ms: now() - start, result: sum }
    },
  }
}

/**
 * Dispatch cost with `waiting` sagas blocked on action types that are never dispatched. The
 * setup's garbage is collected before timing (it is not the dispatch's), and dispatches run in
 * timed batches for at least 50 ms; the median batch is reported as the time of `dispatches`.
 */
export function dispatchWith(waiting: number, dispatches: number): Scenario {
  const gc = (globalThis as { gc?: () => void }).gc
  return {
    id: `dispatch-${waiting}`,
    label: `${dispatches / 1000}k dispatches, ${waiting.toLocaleString('en')} sagas waiting elsewhere`,
    expected: true,
    async run(lib) {
      const { take } = lib
      const { store, run } = storeFor(lib)
      for (let i = 0; i < waiting; i++) {
        run(function* () {
          yield take(`OTHER_${i}`)
        })
      }
      gc?.()
      // A few untimed dispatches: the first ones after a full collection regrow the young heap.
      for (let i = 0; i < 1000; i++) store.dispatch({ type: 'COUNT' })
      // Batches of 200, each timed: the median batch is robust to a pause (a collection, or the
      // CPU taken by another process) that would dominate one 1 ms measurement.
      let done = 0
      const batches: number[] = []
      const start = now()
      do {
        const t = now()
        for (let i = 0; i < 200; i++) store.dispatch({ type: 'COUNT' })
        batches.push(now() - t)
        done += 200
      } while (now() - start < 50 && done < dispatches * 100)
      const ms = (median(batches) / 200) * dispatches
      return { ms, result: store.getState().count === done + 1000 }
    },
  }
}

export function allScenarios(quick: boolean): Scenario[] {
  const k = quick ? 0.2 : 1
  const s = (n: number) => Math.round(n * k)
  return [
    callSync(s(100_000)),
    callPromise(s(100_000)),
    pingPong(s(50_000)),
    takeEveryScenario(s(100_000)),
    takeLatestScenario(s(100_000)),
    forkJoin('fork-join', s(50_000)),
    forkJoin('fork-join-2x', s(100_000)),
    allCalls(10_000, quick ? 2 : 10),
    raceLoop(s(50_000)),
    selectLoop(s(100_000), 10_000),
    eventChannelLoop(s(100_000)),
    dispatchWith(10, quick ? 1_000 : 2_000),
    dispatchWith(1_000, quick ? 1_000 : 2_000),
    dispatchWith(10_000, quick ? 1_000 : 2_000),
  ]
}
