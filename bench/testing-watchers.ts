/**
 * `npm run bench:testing`: 200 `expectSaga` tests of watcher sagas (takeEvery, takeLatest and a
 * `while (true) take` loop, each given dispatches and asserting the puts), run one after the
 * other as a test file would, with sagaloop/testing and with redux-saga-test-plan, in the same
 * process. Prints the total wall time of each and the ratio. `--tests N` changes the count.
 *
 * sagaloop/testing ends each run as soon as the watcher is idle; test-plan waits out its
 * 250 ms timeout on every one. The built package is measured (run `npm run build` first; the
 * npm script does).
 */
import * as rsEffects from 'redux-saga/effects'
import { expectSaga as planExpectSaga } from 'redux-saga-test-plan'
import * as slEffects from 'sagaloop/effects'
import { expectSaga as slExpectSaga } from 'sagaloop/testing'

interface Effects {
  put(action: unknown): unknown
  take(pattern: string): unknown
  takeEvery(pattern: string, worker: (...args: any[]) => any): unknown
  takeLatest(pattern: string, worker: (...args: any[]) => any): unknown
}
type Run = (saga: (...args: any[]) => any) => any

const argIndex = process.argv.indexOf('--tests')
const tests = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 200

/** The watcher of test number `i`, written once against either library's effects. */
function watcherFor(i: number, fx: Effects): (...args: any[]) => any {
  function* worker(action: { type: string; n: number }): Generator<any, void, any> {
    yield fx.put({ type: 'DONE', n: action.n })
  }
  const kind = i % 3
  if (kind === 0)
    return function* everyWatcher(): Generator<any, void, any> {
      yield fx.takeEvery('JOB', worker)
    }
  if (kind === 1)
    return function* latestWatcher(): Generator<any, void, any> {
      yield fx.takeLatest('JOB', worker)
    }
  return function* loopWatcher(): Generator<any, void, any> {
    for (;;) {
      const action = yield fx.take('JOB')
      yield fx.put({ type: 'DONE', n: action.n })
    }
  }
}

async function suite(name: string, fx: Effects, expectSaga: Run): Promise<number> {
  const started = performance.now()
  for (let i = 0; i < tests; i++) {
    await expectSaga(watcherFor(i, fx))
      .dispatch({ type: 'JOB', n: 1 })
      .dispatch({ type: 'JOB', n: 2 })
      .put({ type: 'DONE', n: 1 })
      .put({ type: 'DONE', n: 2 })
      .silentRun()
  }
  const ms = performance.now() - started
  console.log(
    `${name.padEnd(22)} ${tests} tests  ${ms.toFixed(0).padStart(7)} ms  (${(ms / tests).toFixed(2)} ms/test)`,
  )
  return ms
}

const ours = await suite(
  'sagaloop/testing',
  slEffects as unknown as Effects,
  slExpectSaga as unknown as Run,
)
const theirs = await suite(
  'redux-saga-test-plan',
  rsEffects as unknown as Effects,
  planExpectSaga as unknown as Run,
)
console.log(`sagaloop/testing is ${(theirs / ours).toFixed(0)}x faster in total`)
