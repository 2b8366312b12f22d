import { describe, expect, test } from 'vitest'
import {
  call,
  put,
  take,
  fork,
  cancel,
  race,
  delay,
  all,
  select,
  cancelled,
  join,
} from 'sagaloop/effects'
import * as rs from 'redux-saga/effects'
import { makeStore, flushAsync } from '../support/store'

describe('smoke', () => {
  test('descriptors equal redux-saga descriptors', () => {
    const fn = (a: number) => a
    expect(call(fn, 1)).toEqual(rs.call(fn, 1))
    expect(take('A')).toEqual(rs.take('A'))
    expect(put({ type: 'A' })).toEqual(rs.put({ type: 'A' }))
    expect(race({ a: take('A') })).toEqual(rs.race({ a: rs.take('A') }))
    expect(take('A')).not.toEqual(take('B'))
  })

  test('take, put, call, fork, cancel against a real store', async () => {
    const log: string[] = []
    function* worker(n: number) {
      try {
        yield delay(1000)
        log.push(`done ${n}`)
      } finally {
        if (yield* cancelled()) log.push(`cancelled ${n}`)
      }
    }
    function* root() {
      const action = yield* take<'START'>('START')
      const r = yield* call((x: number) => x * 2, 21)
      log.push(`r=${r}`)
      const task = yield* fork(worker, 1)
      yield put({ type: 'FORKED' })
      yield cancel(task)
      const state = yield* select((s: unknown[]) => s.length)
      log.push(`state=${state} ${action.type}`)
      const { a } = yield* race({ a: call(() => Promise.resolve('a')), b: delay(50) })
      log.push(`race=${a}`)
      const [x, y] = yield* all([call(() => 1), call(() => Promise.resolve(2))])
      log.push(`all=${x + y}`)
      const t2 = yield* fork(function* () {
        yield delay(1)
        return 'joined'
      })
      log.push(yield* join(t2))
      return 'end'
    }
    const { store, run, actions } = makeStore()
    const task = run(root)
    store.dispatch({ type: 'START' })
    expect(await task.toPromise()).toBe('end')
    expect(log).toEqual(['r=42', 'cancelled 1', 'state=2 START', 'race=a', 'all=3', 'joined'])
    expect(actions.map((a) => a.type)).toEqual(['START', 'FORKED'])
    await flushAsync()
  })

  test('a million synchronous calls run in constant stack', () => {
    const { run } = makeStore()
    const id = (x: number) => x
    function* many() {
      let sum = 0
      for (let i = 0; i < 1_000_000; i++) sum += (yield call(id, 1)) as number
      return sum
    }
    const task = run(many)
    expect(task.isRunning()).toBe(false)
    expect(task.result()).toBe(1_000_000)
  })
})

describe('abortSignal', () => {
  test('aborts when the task loses a race', async () => {
    const { abortSignal } = await import('sagaloop/effects')
    let seen: AbortSignal | undefined
    function* slow() {
      seen = yield* abortSignal()
      yield delay(1000)
    }
    const { run } = makeStore()
    const task = run(function* () {
      yield race({ slow: call(slow), fast: delay(1) })
    })
    await task.toPromise()
    expect(seen?.aborted).toBe(true)
  })
})
