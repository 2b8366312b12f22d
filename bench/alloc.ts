/**
 * Bytes allocated per effect, counted rather than timed: run in a child process with a young
 * generation large enough that no collection happens while `n` effects run, so the growth of
 * the heap is exactly what they allocated. A run during which the collector ran anyway (seen by
 * a `gc` performance entry) is retried with fewer effects.
 *
 * `node --expose-gc --max-semi-space-size=64 bench/alloc.ts` (run.ts starts it).
 */
import { PerformanceObserver } from 'node:perf_hooks'
import { libs, type Lib } from './libs.js'
import { addOne, storeFor } from './scenarios/support.js'

export interface AllocRow {
  id: string
  label: string
  sagaloop: number
  'redux-saga': number
}

interface Job {
  id: string
  label: string
  /** Sets up, and returns the timed part, which runs `n` effects synchronously. */
  prepare(lib: Lib, n: number): () => void
}

const jobs: Job[] = [
  {
    id: 'call',
    label: 'call(syncFn)',
    prepare(lib, n) {
      const { call } = lib
      return () =>
        lib.runSaga({ dispatch: () => {}, getState: () => undefined }, function* () {
          for (let i = 0; i < n; i++) yield call(addOne, i)
        })
    },
  },
  {
    id: 'put-take',
    label: 'put→take round trip',
    prepare(lib, n) {
      const { put, take } = lib
      const { run } = storeFor(lib)
      run(function* () {
        for (;;) {
          yield take('PING')
          yield put({ type: 'PONG' })
        }
      })
      return () =>
        run(function* () {
          for (let i = 0; i < n; i++) {
            yield put({ type: 'PING' })
            yield take('PONG')
          }
        })
    },
  },
  {
    id: 'event-channel',
    label: 'eventChannel emit → take',
    prepare(lib, n) {
      const { take, eventChannel, buffers } = lib
      let emit: (input: unknown) => void = () => {}
      const chan = eventChannel((e) => {
        emit = e
        return () => {}
      }, buffers.expanding(16))
      lib.runSaga({ dispatch: () => {}, getState: () => undefined }, function* () {
        for (;;) yield take(chan)
      })
      return () => {
        for (let i = 0; i < n; i++) emit(i)
      }
    },
  },
  {
    id: 'channel',
    label: 'channel() put → take',
    prepare(lib, n) {
      const { take, put, fork, channel, buffers } = lib
      return () =>
        lib.runSaga({ dispatch: () => {}, getState: () => undefined }, function* () {
          const chan = channel(buffers.expanding(16))
          yield fork(function* () {
            for (;;) yield take(chan)
          })
          for (let i = 0; i < n; i++) yield put(chan, i)
        })
    },
  },
  {
    id: 'race',
    label: 'race(take, call)',
    prepare(lib, n) {
      const { race, call, take } = lib
      const { run } = storeFor(lib)
      return () =>
        run(function* () {
          for (let i = 0; i < n; i++) yield race({ done: call(addOne, i), never: take('NEVER') })
        })
    },
  },
  {
    id: 'fork',
    label: 'fork + join (sync child)',
    prepare(lib, n) {
      const { fork, join } = lib
      function* child() {
        return 1
      }
      return () =>
        lib.runSaga({ dispatch: () => {}, getState: () => undefined }, function* () {
          for (let i = 0; i < n; i++) yield join((yield fork(child)) as unknown)
        })
    },
  },
]

let collections = 0
new PerformanceObserver((list) => void (collections += list.getEntries().length)).observe({
  entryTypes: ['gc'],
})
const gc = (globalThis as { gc?: () => void }).gc as () => void
const tick = () => new Promise((resolve) => setTimeout(resolve, 10))

async function bytesPerEffect(job: Job, lib: Lib): Promise<number> {
  for (let n = 20_000; n >= 500; n >>= 1) {
    job.prepare(lib, 200)() // warm up the code paths
    const timed = job.prepare(lib, n)
    gc()
    await tick()
    const seen = collections
    const before = process.memoryUsage().heapUsed
    timed()
    const after = process.memoryUsage().heapUsed
    await tick()
    if (collections === seen) return (after - before) / n
  }
  return NaN
}

async function main(): Promise<void> {
  if (typeof gc !== 'function') throw new Error('alloc.ts needs node --expose-gc')
  const out: AllocRow[] = []
  for (const job of jobs) {
    const row: AllocRow = { id: job.id, label: job.label, sagaloop: NaN, 'redux-saga': NaN }
    for (const lib of libs) row[lib.name as 'sagaloop'] = await bytesPerEffect(job, lib)
    out.push(row)
  }
  process.stdout.write(JSON.stringify(out))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
