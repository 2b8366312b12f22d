/**
 * Code written against redux-saga's type names compiles after the import paths change:
 * `redux-saga` → `sagaloop`, `redux-saga/effects` → `sagaloop/effects`.
 */
import { expectTypeOf, test } from 'vitest'
import createSagaMiddleware, { END, eventChannel, runSaga } from 'sagaloop'
import type {
  AnyAction,
  EventChannel,
  SagaIterator,
  SagaMiddleware,
  Task,
  TakeableChannel,
  Unsubscribe,
} from 'sagaloop'
import { call, fork, put, take } from 'sagaloop/effects'
import type {
  CallEffect,
  CpsCallback,
  ForkEffect,
  HelperWorkerParameters,
  PutEffect,
  StrictEffect,
} from 'sagaloop/effects'

interface User {
  name: string
}
declare function fetchUser(id: number): Promise<User>

test('a saga annotated SagaIterator yields untyped results, as in redux-saga', () => {
  function* loadUser(id: number): SagaIterator {
    const user = yield call(fetchUser, id)
    yield put({ type: 'USER_LOADED', name: user.name })
  }
  expectTypeOf(loadUser).returns.toEqualTypeOf<SagaIterator>()
})

test('END is both a value and a type', () => {
  function countdown(from: number): EventChannel<number> {
    return eventChannel<number>((emit: (input: number | END) => void): Unsubscribe => {
      emit(from)
      emit(END)
      return () => {}
    })
  }
  expectTypeOf(countdown(3)).toMatchTypeOf<TakeableChannel<number>>()
})

test('effects are StrictEffects and task handles are Tasks', () => {
  function* root(): Generator<StrictEffect, void, Task> {
    const task = yield fork(function* () {})
    expectTypeOf(task).toEqualTypeOf<Task>()
    yield take('*')
  }
  const effect: CallEffect = call(fetchUser, 1)
  const forked: ForkEffect = fork(root)
  const dispatched: PutEffect = put({ type: 'A' })
  expectTypeOf([effect, forked, dispatched]).toMatchTypeOf<StrictEffect[]>()
})

test('the helper type names keep their meaning', () => {
  type Params = HelperWorkerParameters<AnyAction, (token: string, action: AnyAction) => void>
  expectTypeOf<Params>().toEqualTypeOf<[token: string]>()
  const callback: CpsCallback<number> = (error, result) => void [error, result]
  expectTypeOf(callback).toBeFunction()
})

test('the middleware keeps its type name', () => {
  const sagaMiddleware: SagaMiddleware = createSagaMiddleware()
  expectTypeOf(sagaMiddleware.run).toBeFunction()
})

test('runSaga options are typed by the action and state the caller uses', () => {
  interface Ping {
    type: 'PING'
  }
  const dispatched: Ping[] = []
  const task = runSaga(
    { dispatch: (action: Ping) => dispatched.push(action), getState: () => ({ count: 1 }) },
    function* () {
      yield put({ type: 'PING' })
    },
  )
  expectTypeOf(task).toEqualTypeOf<Task<void>>()
})
