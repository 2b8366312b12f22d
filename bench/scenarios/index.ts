/**
 * The scenarios. Each one builds its own store or runSaga environment (untimed), then times only
 * the work, and returns a result that `run.ts` compares with the expected one: a run that is fast
 * because it skipped work is an error, not a win.
 */
import {
  pingPong,
  raceLoop,
  raceMany,
  selectLoop,
  takeEveryScenario,
  takeLatestScenario,
} from './actions.js'
import { allCalls, allSmall, callPromise, callSync, forkDepth, forkJoin } from './calls.js'
import { channelPutTake, eventChannelLoop } from './channels.js'
import { dispatchWith } from './dispatch.js'
import type { Scenario } from './support.js'

export type { Outcome, Scenario } from './support.js'

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
    forkDepth(20, s(5_000)),
    allCalls(10_000, quick ? 2 : 10),
    allSmall(1_000, quick ? 20 : 100),
    allSmall(10, s(10_000)),
    raceLoop(s(50_000)),
    raceMany(10_000, quick ? 2 : 10),
    selectLoop(s(100_000), 10_000),
    eventChannelLoop(s(100_000)),
    channelPutTake(s(100_000)),
    dispatchWith(10, quick ? 1_000 : 2_000),
    dispatchWith(1_000, quick ? 1_000 : 2_000),
    dispatchWith(10_000, quick ? 1_000 : 2_000),
  ]
}
