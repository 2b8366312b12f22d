/** Effects on the store's actions: put, take, race, select and the helpers. */
import { addOne, now, storeFor, type Scenario } from './support.js'

export function pingPong(n: number): Scenario {
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

export function takeEveryScenario(n: number): Scenario {
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

export function takeLatestScenario(n: number): Scenario {
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

export function raceLoop(n: number): Scenario {
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

export function selectLoop(n: number, size: number): Scenario {
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

/**
 * A race of `n` takes of one action type and a sync call, which wins: the `n` takers are then
 * cancelled. Linear in `n` as long as cancelling a taker does not search its list.
 */
export function raceMany(n: number, rounds: number): Scenario {
  return {
    id: 'race-many',
    label: `race of ${n / 1000}k same-type takes + a call, ×${rounds}`,
    expected: rounds,
    async run(lib) {
      const { race, call, take } = lib
      const { run } = storeFor(lib)
      const effects = () => {
        const racers: Record<string, unknown> = {}
        for (let i = 0; i < n; i++) racers[`t${i}`] = take('SAME')
        racers.done = call(addOne, 0)
        return racers
      }
      function* saga(): Generator<unknown, number, any> {
        let won = 0
        for (let r = 0; r < rounds; r++) if ((yield race(effects())).done === 1) won++
        return won
      }
      const start = now()
      const result = await run(saga).toPromise()
      return { ms: now() - start, result }
    },
  }
}
