/**
 * `node --expose-gc --import tsx bench/devtools.ts [--quick]`: what the monitor and the panel
 * cost. Each scenario of bench/scenarios.ts runs on sagaloop (the built package) with nothing
 * attached and with an inspector (causality included) plus the panel's data path attached, in
 * alternating order; the ratio is attached / bare. Then: the memory per remembered action at
 * `maxAge`, and the CPU share of 10,000 dispatches/s with everything attached.
 *
 * The panel's DOM drawing is not in these figures (Node has no DOM): the panel draws at most
 * every 250 ms whatever the rate, which the browser test exercises; what is measured here is
 * what it costs the app between drawings (the hooks, the subscription) and at each refresh
 * (`snapshot()`, `actions()`, `why()` of the newest action).
 */
import { applyMiddleware, legacy_createStore as createStore } from 'redux'
import { createInspector, type Inspector } from 'sagaloop/monitor'
import { liveSource } from 'sagaloop/devtools'
import { sagaloop, type Lib } from './libs.js'
import { allScenarios, type Scenario } from './scenarios/index.js'
import { fmt, geomean, median } from './stats.js'

const quick = process.argv.includes('--quick')
const rounds = quick ? 3 : 7
const gc = (globalThis as { gc?: () => void }).gc

/** What the mounted panel does with a live inspector, minus the DOM. */
function attachPanel(inspector: Inspector): () => void {
  const source = liveSource(inspector)
  let timer: ReturnType<typeof setTimeout> | undefined
  const refresh = () => {
    timer = undefined
    source.snapshot()
    const actions = source.actions()
    const last = actions.at(-1)
    if (last !== undefined) source.why(last.id)
  }
  const unsubscribe = source.subscribe?.(() => {
    timer ??= setTimeout(refresh, 250)
  })
  return () => {
    unsubscribe?.()
    if (timer !== undefined) clearTimeout(timer)
  }
}

const detach: (() => void)[] = []

/** sagaloop with a fresh inspector and the panel's data path on every store and runSaga. */
const attached: Lib = {
  ...sagaloop,
  createSagaMiddleware: (options?: object) => {
    const inspector = createInspector()
    detach.push(attachPanel(inspector))
    return sagaloop.createSagaMiddleware({ ...options, sagaMonitor: inspector })
  },
  runSaga: (options: object, saga: unknown, ...args: unknown[]) => {
    const inspector = createInspector()
    detach.push(attachPanel(inspector))
    return sagaloop.runSaga({ ...options, sagaMonitor: inspector }, saga, ...args)
  },
}

async function timeOf(scenario: Scenario, lib: Lib): Promise<number> {
  const outcome = await scenario.run(lib)
  if (outcome.result !== scenario.expected)
    throw new Error(
      `${scenario.id}: expected ${String(scenario.expected)}, got ${String(outcome.result)}`,
    )
  for (const stop of detach.splice(0)) stop()
  return outcome.ms
}

async function ratios(): Promise<number[]> {
  const list: number[] = []
  console.log('scenario                                              bare ms   attached ms   ratio')
  for (const scenario of allScenarios(quick)) {
    const bare: number[] = []
    const with_: number[] = []
    gc?.()
    for (let r = 0; r < rounds + 1; r++) {
      const order: Lib[] = r % 2 === 0 ? [sagaloop, attached] : [attached, sagaloop]
      for (const lib of order) {
        const ms = await timeOf(scenario, lib)
        if (r > 0) (lib === sagaloop ? bare : with_).push(ms)
      }
    }
    const ratio = median(with_) / median(bare)
    list.push(ratio)
    console.log(
      `${scenario.label.padEnd(52)} ${fmt(median(bare)).padStart(8)} ${fmt(median(with_)).padStart(12)}   ${fmt(ratio)}x`,
    )
  }
  return list
}

/** Heap per remembered action: a store whose worker puts once per action, ring filled twice. */
function bytesPerAction(maxAge: number): number {
  const { put, takeEvery } = sagaloop
  const heap = () => {
    gc?.()
    gc?.()
    return process.memoryUsage().heapUsed
  }
  const build = (monitor: Inspector | undefined) => {
    const middleware = sagaloop.createSagaMiddleware(monitor ? { sagaMonitor: monitor } : {})
    const store = createStore((state: number = 0) => state + 1, applyMiddleware(middleware))
    middleware.run(function* root() {
      yield takeEvery('JOB', function* worker(action: { n: number }) {
        yield put({
          type: 'DONE',
          n: action.n,
          payload: { id: action.n, name: `item ${action.n}` },
        })
      })
    })
    for (let n = 0; n < maxAge; n++) store.dispatch({ type: 'JOB', n, payload: { id: n } })
    return store
  }
  const before = heap()
  const bare = build(undefined)
  const bareHeap = heap() - before
  const inspector = createInspector({ maxAge, logSize: 500 })
  const base = heap()
  const store = build(inspector)
  const withMonitor = heap() - base
  void bare
  void store
  // Each JOB dispatch records two actions (JOB and the worker's DONE).
  return (withMonitor - bareHeap) / maxAge
}

/** 10,000 dispatches a second for one second, in 100 batches of 100, everything attached. */
async function sustained(): Promise<{ busyMs: number; wallMs: number }> {
  const { put, takeEvery, call } = sagaloop
  const inspector = createInspector()
  const stop = attachPanel(inspector)
  const middleware = sagaloop.createSagaMiddleware({ sagaMonitor: inspector })
  const store = createStore((state: number = 0) => state + 1, applyMiddleware(middleware))
  middleware.run(function* root() {
    yield takeEvery('JOB', function* worker(action: { n: number }) {
      yield call(() => Promise.resolve(action.n))
      yield put({ type: 'DONE', n: action.n })
    })
  })
  let busy = 0
  const start = performance.now()
  for (let batch = 0; batch < 100; batch++) {
    const t = performance.now()
    for (let i = 0; i < 100; i++) store.dispatch({ type: 'JOB', n: batch * 100 + i })
    busy += performance.now() - t
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const wallMs = performance.now() - start
  stop()
  return { busyMs: busy, wallMs }
}

const list = await ratios()
console.log(`geometric mean ratio attached/bare: ${fmt(geomean(list))}x`)
for (const maxAge of [1000, 10_000]) {
  console.log(
    `heap per remembered action at maxAge ${maxAge}: ${Math.round(bytesPerAction(maxAge) / 2)} bytes`,
  )
}
const { busyMs, wallMs } = await sustained()
console.log(
  `10,000 dispatches in ${fmt(wallMs)} ms with monitor + panel data path: dispatch work ${fmt(busyMs)} ms (${fmt((busyMs / wallMs) * 100)}% of the time)`,
)
