/**
 * Where redux-saga-test-plan's behaviour is the contract, checked against test-plan itself
 * where that is cheap (it runs on real time).
 */
import { describe, expect, it } from 'vitest'
import * as planEffects from 'redux-saga/effects'
import { expectSaga as planExpectSaga } from 'redux-saga-test-plan'
import * as effects from 'sagaloop/effects'
import { all, delay, join, put, race, take } from 'sagaloop/effects'
import { createMockTask, expectSaga, matchers } from 'sagaloop/testing'
import { createMockTask as testingUtilsMockTask } from '@redux-saga/testing-utils'

describe('matchers are the effect creators', () => {
  it('a saga yielding put from the matchers module yields what sagaloop/effects gives', async () => {
    const action = { type: 'SAVED' }
    expect(matchers.put(action)).toEqual(effects.put(action))
    function* save() {
      yield matchers.put(action)
    }
    const { effects: recorded } = await expectSaga(save).run()
    expect(recorded.put).toEqual([effects.put(action)])
  })

  it('keeps the creators of sagaloop/effects unchanged', () => {
    expect(matchers.call).not.toBe(effects.call)
    expect('fn' in effects.call).toBe(false)
  })

  it('an exact matcher provides the effect it equals', async () => {
    const fetchUser = (id: number) => Promise.resolve({ id })
    function* load() {
      return yield* effects.call(fetchUser, 1)
    }
    await expectSaga(load)
      .provide([[matchers.call(fetchUser, 1), { id: 99 }]])
      .returns({ id: 99 })
      .run()
  })

  it('spawn.fn matches only spawns and fork.fn only forks, as test-plan routes them', async () => {
    function* child(): Generator<unknown, string, unknown> {
      yield take('NEVER')
      return 'real'
    }
    function* parent() {
      const forked = yield* effects.fork(child)
      const spawned = yield* effects.spawn(child)
      yield* put({ type: 'TASKS', forked: forked === spawned })
    }
    const one = { one: true } as never
    const other = { other: true } as never
    await expectSaga(parent)
      .provide([
        [matchers.spawn.fn(child), one],
        [matchers.fork.fn(child), other],
      ])
      .put({ type: 'TASKS', forked: false })
      .run()
  })
})

describe('recorded effects', () => {
  it('effects and toJSON() hold only test-plan keys; all and join stay in allEffects', async () => {
    function* saga() {
      const task = yield* effects.fork(function* child() {
        yield* put({ type: 'CHILD' })
      })
      yield* all([put({ type: 'A' })])
      yield* join(task)
    }
    const result = await expectSaga(saga).run()
    expect(Object.keys(result.effects).sort()).toEqual(['fork', 'put'])
    expect(Object.keys(result.toJSON() as object).sort()).toEqual(['fork', 'put'])
    expect(result.allEffects.map((e) => e.type)).toContain('ALL')
    expect(result.allEffects.map((e) => e.type)).toContain('JOIN')
  })
})

describe('dispatch queue', () => {
  it('gives test-plan outcome for .dispatch(a).delay(ms).dispatch(b) (b wins the race)', async () => {
    function* planSaga(): Generator<unknown, void, Record<string, unknown>> {
      yield planEffects.delay(200)
      yield planEffects.take('A')
      const winner = yield planEffects.race({ b: planEffects.take('B'), t: planEffects.delay(150) })
      yield planEffects.put({ type: 'WINNER', key: Object.keys(winner) })
    }
    function* ourSaga() {
      yield* delay(200)
      yield* take('A')
      const winner = yield* race({ b: take('B'), t: delay(150) })
      yield* put({ type: 'WINNER', key: Object.keys(winner) })
    }
    const plan = await planExpectSaga(planSaga)
      .dispatch({ type: 'A' })
      .delay(100)
      .dispatch({ type: 'B' })
      .run(2000)
    const ours = await expectSaga(ourSaga)
      .dispatch({ type: 'A' })
      .delay(100)
      .dispatch({ type: 'B' })
      .run(2000)
    expect(plan.effects.put).toEqual([planEffects.put({ type: 'WINNER', key: ['b'] })])
    expect(ours.effects.put).toEqual(plan.effects.put)
  })

  it('holds a dispatched action until a take wants it', async () => {
    function* late() {
      yield* delay(1000)
      const action = yield* take<{ type: 'GO' }>('GO')
      yield* put({ type: 'GOT', at: action.type })
    }
    await expectSaga(late).dispatch({ type: 'GO' }).put({ type: 'GOT', at: 'GO' }).run(2000)
  })
})

describe('toJSON(), what snapshots of a run hold', () => {
  function* worker() {}

  it("writes out a deeply nested action to the end, as test-plan's does", async () => {
    const action = { type: 'A', payload: { user: { address: { city: { geo: { lat: 1 } } } } } }
    function* planSaga() {
      yield planEffects.put(action)
    }
    function* ourSaga() {
      yield* put(action)
    }
    const plan = await planExpectSaga(planSaga).run()
    const ours = await expectSaga(ourSaga).run()
    expect(ours.toJSON()).toEqual(plan.toJSON())
  })

  it("names the sagas behind takeEvery, takeLatest, takeLeading and debounce as test-plan's does", async () => {
    function* planWatchers() {
      yield planEffects.takeEvery('A', worker)
      yield planEffects.takeLatest('B', worker)
      yield planEffects.takeLeading('C', worker)
      yield planEffects.debounce(10, 'E', worker)
    }
    function* ourWatchers() {
      yield* effects.takeEvery('A', worker)
      yield* effects.takeLatest('B', worker)
      yield* effects.takeLeading('C', worker)
      yield* effects.debounce(10, 'E', worker)
    }
    const plan = await planExpectSaga(planWatchers).silentRun(20)
    const ours = await expectSaga(ourWatchers).silentRun(20)
    expect(ours.toJSON()).toEqual(plan.toJSON())
  })

  it("names the saga behind throttle and retry as test-plan's does", async () => {
    const ping = () => 'pong'
    function* planSaga() {
      yield planEffects.throttle(10, 'D', worker)
      yield planEffects.retry(2, 10, ping)
    }
    function* ourSaga() {
      yield* effects.throttle(10, 'D', worker)
      yield* effects.retry(2, 10, ping)
    }
    const helperFns = (json: unknown) => {
      const { fork, call } = json as Record<string, { payload: { fn: string } }[]>
      return [fork?.[0]?.payload.fn, call?.[0]?.payload.fn]
    }
    const plan = await planExpectSaga(planSaga).silentRun(20)
    const ours = await expectSaga(ourSaga).silentRun(20)
    expect(helperFns(ours.toJSON())).toEqual(helperFns(plan.toJSON()))
  })

  it('writes out a mock task as test-plan does one of @redux-saga/testing-utils', async () => {
    const planTask = testingUtilsMockTask()
    const ourTask = createMockTask()
    function* planSaga() {
      yield planEffects.put({ type: 'STARTED', task: planTask })
    }
    function* ourSaga() {
      yield* put({ type: 'STARTED', task: ourTask })
    }
    const plan = await planExpectSaga(planSaga).run()
    const ours = await expectSaga(ourSaga).run()
    expect(ours.toJSON()).toEqual(plan.toJSON())
  })

  it('marks a cycle, where test-plan overflowed its stack', async () => {
    const node: { type: string; self?: unknown } = { type: 'NODE' }
    node.self = node
    function* ourSaga() {
      yield* put(node)
    }
    const ours = await expectSaga(ourSaga).run()
    expect(ours.toJSON()).toMatchObject({
      put: [{ payload: { action: { type: 'NODE', self: '[Circular]' } } }],
    })
  })
})
