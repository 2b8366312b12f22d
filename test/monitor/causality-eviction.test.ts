/** `maxAge` bounds what the causality tracker remembers; evicted causes read as `forgotten`. */
import { describe, expect, test } from 'vitest'
import { fork, put, take, takeEvery } from 'sagaloop/effects'
import { createCausality, renderWhy } from 'sagaloop/monitor'
import { makeStore } from '../support/store'

function setup(maxAge: number) {
  const causality = createCausality({ maxAge })
  const { store, run } = makeStore({ sagaMonitor: causality })
  return { causality, store, run }
}

describe('eviction at maxAge', () => {
  test('only the last maxAge actions are kept, by id and by object', () => {
    const { causality, store } = setup(3)
    const actions = [1, 2, 3, 4, 5].map((n) => ({ type: `A${n}` }))
    for (const action of actions) store.dispatch(action)
    expect(causality.actions().map((a) => a.type)).toEqual(['A3', 'A4', 'A5'])
    expect(causality.why(1)).toEqual([])
    expect(causality.why(actions[0])).toEqual([])
    expect(causality.effectsOf(actions[1])).toBeUndefined()
    expect(causality.actionOf(actions[2])).toMatchObject({ id: 3, type: 'A3' })
  })

  test('a chain that reaches an evicted action ends with a forgotten link', () => {
    const { causality, store, run } = setup(2)
    run(function* echo() {
      const ping = yield* take('PING')
      for (let i = 0; i < 3; i++) yield put({ type: 'NOISE' })
      yield put({ type: 'PONG', for: ping })
    })
    store.dispatch({ type: 'PING' })
    const pong = causality.actions().at(-1)
    expect(pong?.type).toBe('PONG')
    expect(causality.why(pong?.id).map((link) => link.kind)).toEqual(['put', 'took', 'forgotten'])
    expect(renderWhy(causality.why(pong?.id))).toBe(
      'put by echo ← echo took action #1 PING ← (older causes forgotten: see maxAge)',
    )
  })

  test('ended tasks are forgotten once maxAge newer ones have ended, running ones never', () => {
    const { causality, store, run } = setup(10)
    const workers: number[] = []
    function* worker() {
      yield put({ type: 'DONE' })
    }
    function* idle() {
      yield take('NEVER')
    }
    run(function* root() {
      const idleTask = yield* fork(idle)
      workers.push(idleTask.id)
      yield takeEvery('JOB', worker)
    })
    store.dispatch({ type: 'JOB' })
    const firstWorker = causality.effectsOf(1)?.started[0]?.task.id ?? -1
    expect(causality.startOf(firstWorker).map((link) => link.kind)).toEqual([
      'forked',
      'took',
      'dispatched',
    ])
    for (let i = 0; i < 200; i++) store.dispatch({ type: 'JOB' })
    expect(causality.startOf(firstWorker)).toEqual([])
    expect(causality.startOf(workers[0] ?? -1).map((link) => link.kind)).toEqual(['forked', 'root'])
  })
})
