import { describe, expect, test, vi } from 'vitest'
import { applyMiddleware, createStore } from 'redux'
import reduxSagaMiddleware from 'redux-saga'
import * as rs from 'redux-saga/effects'
import sagaloopMiddleware from 'sagaloop'
import * as sl from 'sagaloop/effects'
import { all, call, race, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'
import { recorder } from '../support/monitored'

type Triggered = { effectId: number; parentEffectId: number; label?: string; effect: unknown }

describe('sagaMonitor hooks', () => {
  test('rootSagaStarted receives the effect id, the saga and its arguments', () => {
    const { monitor, of } = recorder()
    const { run } = makeStore({ sagaMonitor: monitor })
    function* root(a: number, b: string) {
      yield* call(() => `${a}${b}`)
    }
    run(root, 1, 'x')
    expect(of('rootSagaStarted')).toEqual([
      [{ effectId: expect.any(Number), saga: root, args: [1, 'x'] }],
    ])
  })

  test('effectTriggered gives each effect of the root saga the root as parent', () => {
    const { monitor, of } = recorder()
    const { run } = makeStore({ sagaMonitor: monitor })
    run(function* () {
      yield* call(() => 1)
      yield* take('NEVER')
    })
    const [[started]] = of('rootSagaStarted') as [[{ effectId: number }]]
    const triggered = of('effectTriggered').map(([info]) => info as Triggered)
    expect(triggered.map((t) => t.parentEffectId)).toEqual([started.effectId, started.effectId])
    expect(triggered.map((t) => (t.effect as { type: string }).type)).toEqual(['CALL', 'TAKE'])
  })

  test('race children are triggered with the race as parent and their key as label', () => {
    const { monitor, of } = recorder()
    const { store, run } = makeStore({ sagaMonitor: monitor })
    run(function* () {
      yield* race({ go: take('GO'), stop: take('STOP') })
    })
    const triggered = of('effectTriggered').map(([info]) => info as Triggered)
    const raceId = triggered[0]?.effectId
    expect(triggered.slice(1).map((t) => [t.parentEffectId, t.label])).toEqual([
      [raceId, 'go'],
      [raceId, 'stop'],
    ])
    store.dispatch({ type: 'GO' })
    const loser = triggered[2]?.effectId
    expect(of('effectCancelled')).toEqual([[loser]])
  })

  test('all children of an array are labelled with their index', () => {
    const { monitor, of } = recorder()
    makeStore({ sagaMonitor: monitor }).run(function* () {
      yield* all([call(() => 1), call(() => 2)])
    })
    const triggered = of('effectTriggered').map(([info]) => info as Triggered)
    expect(triggered.slice(1).map((t) => [t.parentEffectId, t.label])).toEqual([
      [triggered[0]?.effectId, '0'],
      [triggered[0]?.effectId, '1'],
    ])
  })

  test('effectResolved receives the effect id and the result', () => {
    const { monitor, of } = recorder()
    makeStore({ sagaMonitor: monitor }).run(function* () {
      yield* call(() => 42)
    })
    const [[{ effectId }]] = of('effectTriggered') as [[Triggered]]
    expect(of('effectResolved')).toContainEqual([effectId, 42])
  })

  test('effectRejected receives the effect id and the error', () => {
    const { monitor, of } = recorder()
    const error = new Error('nope')
    makeStore({ sagaMonitor: monitor, onError: () => {} }).run(function* () {
      try {
        yield* call(() => {
          throw error
        })
      } catch {
        // handled
      }
    })
    const [[{ effectId }]] = of('effectTriggered') as [[Triggered]]
    expect(of('effectRejected')).toEqual([[effectId, error]])
  })

  test('effectCancelled is told when a waiting effect is cancelled with its task', () => {
    const { monitor, of } = recorder()
    const task = makeStore({ sagaMonitor: monitor }).run(function* () {
      yield* take('NEVER')
    })
    task.cancel()
    const [[{ effectId }]] = of('effectTriggered') as [[Triggered]]
    expect(of('effectCancelled')).toEqual([[effectId]])
  })

  test('actionDispatched receives every dispatched action', () => {
    const { monitor, of } = recorder()
    const { store, run } = makeStore({ sagaMonitor: monitor })
    run(function* () {
      yield* take('GO')
      yield sl.put({ type: 'DONE' })
    })
    store.dispatch({ type: 'GO' })
    expect(of('actionDispatched').map(([a]) => (a as { type: string }).type)).toEqual([
      'GO',
      'DONE',
    ])
  })

  test('the hooks are called in the same order, with the same ids and labels, as by redux-saga', async () => {
    const trace = async (
      middleware: (options: object) => ReturnType<typeof reduxSagaMiddleware>,
      fx: typeof rs,
    ) => {
      const { monitor, events } = recorder()
      const sagas = middleware({ sagaMonitor: monitor })
      const store = createStore((s: number = 0) => s, applyMiddleware(sagas))
      const task = sagas.run(function* () {
        const { go } = yield fx.race({ go: fx.take('GO'), stop: fx.take('STOP') })
        yield fx.all([fx.call(() => 1), fx.call(() => Promise.resolve(2))])
        yield fx.put({ type: 'DONE', go })
        const child = yield fx.fork(function* () {
          yield fx.take('NEVER')
        })
        yield fx.cancel(child)
      })
      store.dispatch({ type: 'GO' })
      await task.toPromise()
      const ids = new Map<unknown, number>()
      const id = (value: unknown) => {
        if (!ids.has(value)) ids.set(value, ids.size)
        return ids.get(value)
      }
      return events.map(({ hook, args }) => {
        const [first] = args as [unknown]
        if (hook === 'effectTriggered') {
          const t = first as Triggered
          const type = (t.effect as { type?: string } | undefined)?.type
          return [hook, id(t.effectId), id(t.parentEffectId), t.label || '', type]
        }
        if (hook === 'rootSagaStarted') return [hook, id((first as Triggered).effectId)]
        if (hook === 'actionDispatched') return [hook, (first as { type: string }).type]
        return [hook, id(first)]
      })
    }
    const sagaloopTrace = await trace(sagaloopMiddleware as never, sl as unknown as typeof rs)
    const reduxSagaTrace = await trace(reduxSagaMiddleware, rs)
    expect(sagaloopTrace).toEqual(reduxSagaTrace)
  })
})

describe('effectMiddlewares', () => {
  test('can resolve an effect in place of running it', () => {
    const real = vi.fn(() => 'real')
    const task = makeStore({
      effectMiddlewares: [
        (next) => (effect) => {
          if ((effect as { type?: string }).type === 'CALL') next('mocked')
          else next(effect)
        },
      ],
    }).run(function* () {
      return yield* call(real)
    })
    expect(task.result()).toBe('mocked')
    expect(real).not.toHaveBeenCalled()
  })

  test('run in order, the first one outermost', () => {
    const order: string[] = []
    const named = (name: string) => (next: (e: unknown) => void) => (effect: unknown) => {
      order.push(name)
      next(effect)
    }
    makeStore({ effectMiddlewares: [named('a'), named('b')] }).run(function* () {
      yield* call(() => 1)
    })
    expect(order).toEqual(['a', 'b'])
  })
})

describe('context', () => {
  test('the middleware context is what root sagas read with getContext', () => {
    const task = makeStore({ context: { api: 'prod' } }).run(function* () {
      return yield* sl.getContext('api')
    })
    expect(task.result()).toBe('prod')
  })

  test('setContext in a saga is seen by the sagas it forks afterwards', () => {
    const task = makeStore().run(function* () {
      yield sl.setContext({ user: 'ada' })
      const child = yield* sl.fork(function* () {
        return yield* sl.getContext('user')
      })
      return yield* sl.join(child)
    })
    expect(task.result()).toBe('ada')
  })

  test('sagaMiddleware.setContext adds to the context of sagas started later', () => {
    const { run, sagaMiddleware } = makeStore()
    sagaMiddleware.setContext({ locale: 'fr' })
    const task = run(function* () {
      return yield* sl.getContext('locale')
    })
    expect(task.result()).toBe('fr')
  })
})
