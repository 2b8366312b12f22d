/** runSaga without a store, and createSagaMiddleware's options (effectMiddlewares, channel). */
import { expect, test } from 'vitest'
import { runSaga, stdChannel, type EffectMiddleware } from 'sagaloop'
import { call, put, select, take } from 'sagaloop/effects'
import { makeStore } from '../support/store'

test('runSaga runs a saga with a plain dispatch and getState, and no store', () => {
  const dispatched: unknown[] = []
  const task = runSaga(
    { dispatch: (action) => dispatched.push(action), getState: () => ({ user: 'ada' }) },
    function* () {
      const user = yield* select((state: { user: string }) => state.user)
      yield put({ type: 'GREETED', user })
      return user
    },
  )
  expect(task.result()).toBe('ada')
  expect(dispatched).toEqual([{ type: 'GREETED', user: 'ada' }])
})

test('runSaga passes its extra arguments to the saga', () => {
  function* joinArgs(a: number, b: string) {
    return `${a}${b}`
  }
  const task = runSaga({}, joinArgs, 1, 'x')
  expect(task.result()).toBe('1x')
})

test('runSaga with a channel takes the actions put into that channel', () => {
  const channel = stdChannel()
  const task = runSaga({ channel }, function* () {
    return yield* take('PING')
  })
  channel.put({ type: 'PING' })
  expect(task.result()).toEqual({ type: 'PING' })
})

test('runSaga with a context makes it readable by getContext', async () => {
  const { getContext } = await import('sagaloop/effects')
  const task = runSaga({ context: { api: 'stub' } }, function* () {
    return yield* getContext('api')
  })
  expect(task.result()).toBe('stub')
})

test('an effect middleware can answer an effect instead of running it', () => {
  const fetchUser = () => {
    throw new Error('the real function must not run')
  }
  const mock: EffectMiddleware = (next) => (effect) => {
    const payload = (effect as { payload?: { fn?: unknown } }).payload
    if (payload?.fn === fetchUser) next({ name: 'mocked' })
    else next(effect)
  }
  const { run } = makeStore({ effectMiddlewares: [mock] })
  const task = run(function* () {
    return yield* call(fetchUser)
  })
  expect(task.result()).toEqual({ name: 'mocked' })
})

test('effect middlewares run in order, the first one outermost', () => {
  const seen: string[] = []
  const named =
    (name: string): EffectMiddleware =>
    (next) =>
    (effect) => {
      seen.push(name)
      next(effect)
    }
  const { run } = makeStore({ effectMiddlewares: [named('first'), named('second')] })
  run(function* () {
    yield call(() => 1)
  })
  expect(seen).toEqual(['first', 'second'])
})

test('a store created with a given channel delivers its actions through that channel', () => {
  const channel = stdChannel()
  const heard: unknown[] = []
  channel.take((action) => heard.push(action), undefined)
  const { store } = makeStore({ channel })
  store.dispatch({ type: 'THROUGH_CHANNEL' })
  expect(heard).toEqual([{ type: 'THROUGH_CHANNEL' }])
})
