/** Calls, forks and `all`: effects that need no store. */
import { addOne, now, runAlone, sumTo, type Scenario } from './support.js'

export function callSync(n: number): Scenario {
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

export function callPromise(n: number): Scenario {
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

export function forkJoin(id: string, n: number): Scenario {
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

export function allCalls(size: number, rounds: number): Scenario {
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

/** `all` over `size` sync calls, repeated: small groups show the fixed cost of a combinator. */
export function allSmall(size: number, rounds: number): Scenario {
  const scenario = allCalls(size, rounds)
  return { ...scenario, id: `all-${size}`, label: `all of ${size} calls, ×${rounds}` }
}

/**
 * A chain of `depth` nested forks, each parent waiting for its attached child to end, started
 * `rounds` times: the cost of one level of the task tree (creation, attach, completion).
 */
export function forkDepth(depth: number, rounds: number): Scenario {
  return {
    id: 'fork-depth',
    label: `nested forks ${depth} deep, ×${rounds / 1000}k`,
    expected: depth * rounds,
    async run(lib) {
      const { fork, call } = lib
      let leaves = 0
      function* level(d: number): Generator<unknown, void, unknown> {
        leaves++
        if (d > 1) yield fork(level, d - 1)
      }
      function* saga() {
        for (let r = 0; r < rounds; r++) yield call(level, depth)
        return leaves
      }
      const start = now()
      const result = await runAlone(lib, saga).toPromise()
      return { ms: now() - start, result }
    },
  }
}
