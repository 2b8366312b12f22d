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
function* worker(action: { key: number }) {
  yield take(`reply/${action.key}`)
}

type Helper = 'takeLatest' | 'takeLatestBy'

function run(helper: Helper, sample: boolean): { nsPerDispatch: number; heap: number[] } {
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
  let elapsed = 0n
  for (let done = 0; done < DISPATCHES; done += SAMPLE_EVERY) {
    const start = process.hrtime.bigint()
    for (let i = done; i < done + SAMPLE_EVERY; i++) store.dispatch(actions[i % KEYS]!)
    elapsed += process.hrtime.bigint() - start
    if (sample) heap.push(heapMB())
  }
  task.cancel()
  return { nsPerDispatch: Number(elapsed) / DISPATCHES, heap }
}

/** Lets the promises that evict finished workers settle between runs. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

const results: Record<Helper, number[]> = { takeLatest: [], takeLatestBy: [] }
let heap: number[] = []
for (let round = 0; round < 3; round++) {
  for (const helper of ['takeLatest', 'takeLatestBy'] as const) {
    const result = run(helper, helper === 'takeLatestBy' && round === 2)
    if (round > 0) results[helper].push(result.nsPerDispatch)
    if (result.heap.length > 0) heap = result.heap
    await settle()
  }
}
const best = (values: number[]) => Math.min(...values)
const latest = best(results.takeLatest)
const keyed = best(results.takeLatestBy)
console.log(`${DISPATCHES.toLocaleString()} dispatches over ${KEYS.toLocaleString()} keys`)
console.log(`takeLatest    ${latest.toFixed(0)} ns/dispatch`)
console.log(`takeLatestBy  ${keyed.toFixed(0)} ns/dispatch  (${(keyed / latest).toFixed(2)}x)`)
console.log(`heap (MB) every ${SAMPLE_EVERY.toLocaleString()} dispatches, takeLatestBy:`)
console.log(heap.map((mb) => mb.toFixed(1)).join('  '))
const afterFill = heap.slice(2)
const growth = Math.max(...afterFill) - Math.min(...afterFill)
console.log(`growth after the keys filled: ${growth.toFixed(1)} MB`)
