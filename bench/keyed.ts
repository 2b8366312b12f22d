/**
 * `takeLatestBy` under load: 1,000,000 dispatches over 100,000 distinct keys, the heap sampled
 * (after a full GC) every 100,000 dispatches, against `takeLatest` over the same dispatches.
 * Each worker waits until it is replaced, so after the first 100,000 dispatches every key has one
 * running worker and each dispatch cancels one worker and forks one: the heap must stay flat
 * (memory follows the running workers), and the cost per dispatch stays near `takeLatest`'s,
 * which also cancels one worker and forks one per dispatch (its run holds as many idle sagas, so
 * that both runs give the garbage collector the same live heap to scan).
 *
 * Run on the built package: `npm run build && npm run bench:keyed`.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { applyMiddleware, legacy_createStore as createStore } from 'redux'
import createSagaMiddleware from 'sagaloop'
import { fork, take, takeLatest, takeLatestBy } from 'sagaloop/effects'

const DISPATCHES = Number(process.env.DISPATCHES ?? 1_000_000)
const KEYS = Number(process.env.KEYS ?? 100_000)
const SAMPLE_EVERY = 100_000

const gc = (globalThis as { gc?: () => void }).gc
function heapMB(): number {
  if (gc === undefined) throw new Error('run with node --expose-gc (npm run bench:keyed does)')
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed / 2 ** 20
}

/** Waits until cancelled, on a type of its own key (a worker of an app waits on its own reply). */
function* waitingWorker(action: { key: number }) {
  yield take(`reply/${action.key}`)
}

/** Returns at once: what is left to measure is the helper's own work per dispatch. */
function* quickWorker(_action: { key: number }) {
  return 1
}

const worker: (action: { key: number }) => Generator<unknown, unknown> =
  process.env.KEYED_WORKER === 'quick' ? quickWorker : waitingWorker

type Helper = 'takeLatest' | 'takeLatestBy'

function run(
  helper: Helper,
  sample: boolean,
  dispatches = DISPATCHES,
): { nsPerDispatch: number; heap: number[] } {
  const sagaMiddleware = createSagaMiddleware()
  const store = createStore((state: number = 0) => state, applyMiddleware(sagaMiddleware))
  const task = sagaMiddleware.run(function* () {
    // The same live heap for both: as many idle sagas as takeLatestBy has running workers, so
    // the garbage collector scans as much in both runs and the ratio is the helper's own cost.
    if (helper === 'takeLatest') for (let key = 0; key < KEYS; key++) yield fork(worker, { key })
    if (helper === 'takeLatest') yield takeLatest('save', worker)
    else yield takeLatestBy('save', (action: { key: number }) => action.key, worker)
  })
  const actions = Array.from({ length: KEYS }, (_, key) => ({ type: 'save', key }))
  const heap: number[] = []
  if (sample) heap.push(heapMB())
  // CPU time (GC included), not wall time: the machine may be shared with other work.
  let micros = 0
  for (let done = 0; done < dispatches; done += SAMPLE_EVERY) {
    const start = process.cpuUsage()
    for (let i = done; i < done + SAMPLE_EVERY; i++) store.dispatch(actions[i % KEYS]!)
    const used = process.cpuUsage(start)
    micros += used.user + used.system
    if (sample) heap.push(heapMB())
  }
  task.cancel()
  return { nsPerDispatch: (micros * 1000) / dispatches, heap }
}

/** One helper in a process of its own, so the other's code does not share its call sites. */
async function child(helper: Helper): Promise<void> {
  run(helper, false, SAMPLE_EVERY) // warm-up
  await new Promise<void>((resolve) => setImmediate(resolve))
  const result = run(helper, helper === 'takeLatestBy')
  process.stdout.write(JSON.stringify(result))
}

function inChild(helper: Helper, workers: string): { nsPerDispatch: number; heap: number[] } {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url)],
    {
      env: { ...process.env, KEYED_HELPER: helper, KEYED_WORKER: workers },
      maxBuffer: 1 << 20,
    },
  )
  return JSON.parse(out.toString()) as { nsPerDispatch: number; heap: number[] }
}

const only = process.env.KEYED_HELPER as Helper | undefined
if (only !== undefined) await child(only)
else {
  console.log(
    `${DISPATCHES.toLocaleString()} dispatches over ${KEYS.toLocaleString()} keys (CPU time)`,
  )
  for (const workers of ['quick', 'waiting']) {
    const latest = inChild('takeLatest', workers).nsPerDispatch
    const { nsPerDispatch: keyed, heap } = inChild('takeLatestBy', workers)
    console.log(`workers that ${workers === 'quick' ? 'return at once' : 'wait until replaced'}:`)
    console.log(`  takeLatest    ${latest.toFixed(0)} ns/dispatch`)
    console.log(
      `  takeLatestBy  ${keyed.toFixed(0)} ns/dispatch  (${(keyed / latest).toFixed(2)}x)`,
    )
    console.log(`  heap (MB) every ${SAMPLE_EVERY.toLocaleString()} dispatches, takeLatestBy:`)
    console.log(`  ${heap.map((mb) => mb.toFixed(1)).join('  ')}`)
    const afterFill = heap.slice(2)
    const growth = Math.max(...afterFill) - Math.min(...afterFill)
    console.log(`  growth after the keys filled: ${growth.toFixed(1)} MB`)
  }
}
