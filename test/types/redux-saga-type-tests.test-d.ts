/**
 * Code that type-checks against redux-saga's declarations type-checks against sagaloop's after the
 * import paths change, and the mistakes redux-saga's declarations catch are caught here too.
 */
import { describe, expectTypeOf, test } from 'vitest'
import type { ActionCreator } from 'redux'
import createSagaMiddleware, { buffers, runSaga } from 'sagaloop'
import type {
  Action,
  ActionMatchingPattern,
  ActionMatchingSubPattern,
  ActionPattern,
  ActionSubPattern,
  ActionType,
  GuardPredicate,
  ArrayCombinatorEffectDescriptor,
  Buffer,
  End,
  ObjectCombinatorEffectDescriptor,
  StrictCombinatorEffect,
  StrictEffect,
  SagaIterator,
  StringableActionCreator,
  Task,
} from 'sagaloop'
import {
  actionChannel,
  all,
  call,
  cancel,
  cps,
  debounce,
  delay,
  put,
  race,
  retry,
  take,
  takeEvery,
  takeLatest,
  takeLeading,
  takeMaybe,
  throttle,
} from 'sagaloop/effects'

interface Login extends Action<'login'> {
  user: string
}
/** A redux `ActionCreator` whose `toString()` gives its type, as redux-actions makes them. */
declare const login: ActionCreator<Login>
declare const opened: StringableActionCreator<{ type: 'opened' }>
declare const closed: StringableActionCreator<{ type: 'closed' }>
const isLogin = (action: Action): action is Login => action.type === 'login'
const isAny = (action: Action) => action.type !== ''

describe('patterns', () => {
  test('a stringable action creator is a pattern, and take gives its action', () => {
    function* saga() {
      expectTypeOf(yield* take(login)).toEqualTypeOf<Login>()
      expectTypeOf(yield* takeMaybe(opened)).toEqualTypeOf<{ type: 'opened' } | End>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('an array may mix types, predicates, type guards and stringable creators', () => {
    function* saga(): SagaIterator {
      yield take(['login', isAny, login, isLogin])
      yield takeMaybe(['login', isAny, login, isLogin])
      const action = yield* take([opened, closed])
      expectTypeOf(action.type).toEqualTypeOf<'opened' | 'closed'>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('ActionMatchingPattern names the action a pattern matches', () => {
    expectTypeOf<ActionMatchingPattern<typeof opened | typeof closed>>().toEqualTypeOf<
      { type: 'opened' } | { type: 'closed' }
    >()
    expectTypeOf<ActionMatchingPattern<typeof isLogin>>().toEqualTypeOf<Login>()
  })

  test("redux-saga's pattern type names are exported, ActionPattern generic as there", () => {
    function* waitFor(pattern: ActionPattern<Login>): SagaIterator {
      const action = yield* take<Login>(pattern)
      expectTypeOf(action).toEqualTypeOf<Login>()
    }
    expectTypeOf(waitFor).toBeCallableWith(login)
    expectTypeOf(waitFor).toBeCallableWith(['login', isLogin])
    const type: ActionType = 'login'
    const guard: GuardPredicate<Login, Action> = isLogin
    expectTypeOf(waitFor).toBeCallableWith([type, guard])
    expectTypeOf<ActionMatchingSubPattern<typeof isLogin>>().toEqualTypeOf<Login>()
    const sub: ActionSubPattern<Login> = login
    expectTypeOf(sub).toMatchTypeOf<ActionPattern>()
  })

  test('a function that returns nothing is not a pattern', () => {
    function* saga(): SagaIterator {
      // @ts-expect-error a predicate must return a boolean
      yield take(() => {})
      // @ts-expect-error nor inside an array
      yield take([() => {}])
      // @ts-expect-error nor for an action channel
      yield actionChannel(() => {})
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('a predicate may declare a wider or a narrower action, not a value that is no action', () => {
    function* saga(): SagaIterator {
      yield take((action: Login) => action.user !== '')
      yield take((action: unknown) => action !== null)
      // @ts-expect-error the store's channel carries actions, not `{ id: number }`
      yield actionChannel((item: { id: number }) => item.id > 0)
      // @ts-expect-error a string is not an action
      yield take((text: string) => text !== '')
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('helpers with stringable creators and mixed arrays', () => {
  test('each helper gives the worker the action of a stringable creator', () => {
    function* saga(): SagaIterator {
      yield takeEvery(login, (action) => expectTypeOf(action).toEqualTypeOf<Login>())
      yield takeLatest(login, (prefix: string, action: Login) => prefix + action.user, 'user: ')
      yield takeLeading([opened, closed], (action) => {
        expectTypeOf(action.type).toEqualTypeOf<'opened' | 'closed'>()
      })
      yield throttle(100, ['login', isAny, login], (action: Action) => action.type)
      yield debounce(100, login, (action) => action.user)
      yield actionChannel(login, buffers.fixed<Login>())
      yield actionChannel(['login', isAny, login])
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('SagaIterator', () => {
  test('a saga typed SagaIterator can be delegated to with yield*', () => {
    function* child(): SagaIterator<number> {
      yield put({ type: 'child' })
      return 1
    }
    function* parent(): SagaIterator {
      const result = yield* child()
      expectTypeOf(result).toEqualTypeOf<number>()
    }
    expectTypeOf(parent).toBeFunction()
  })

  test('all and race in a SagaIterator must hold effects (a value there is a forgotten call)', () => {
    const promise = Promise.resolve(1)
    function* saga(): SagaIterator {
      yield all([call(() => {}), delay(1)])
      yield race({ done: take('done'), timeout: delay(1000) })
      // @ts-expect-error a number is not an effect
      yield all([1])
      // @ts-expect-error a promise in a race: call the function that returns it
      yield race({ named: promise })
      // @ts-expect-error a function is not an effect
      yield all({ named: () => {} })
    }
    expectTypeOf(saga).toBeFunction()
  })

  test("the combinator type names are redux-saga's", () => {
    const strict: StrictCombinatorEffect<'ALL'> = all([delay(1)])
    expectTypeOf(strict).toMatchTypeOf<StrictEffect>()
    expectTypeOf<ArrayCombinatorEffectDescriptor<number>>().toEqualTypeOf<number[]>()
    expectTypeOf<ObjectCombinatorEffectDescriptor<number>>().toEqualTypeOf<{
      [key: string]: number
    }>()
  })

  test('a saga with no annotation may yield all or race of plain values', () => {
    function* saga() {
      const [one, text] = yield* all([1, Promise.resolve('a')])
      expectTypeOf(one).toEqualTypeOf<1>()
      expectTypeOf(text).toEqualTypeOf<string>()
      const { winner } = yield* race({ winner: Promise.resolve(true) })
      expectTypeOf(winner).toEqualTypeOf<boolean | undefined>()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('cps and retry', () => {
  test('cps types the callback of an inline function', () => {
    function* saga(): SagaIterator {
      yield cps((cb) => {
        cb(null, 1)
      })
      yield cps((cb) => {
        cb.cancel = () => {}
      })
      // @ts-expect-error the callback is missing
      yield cps((a: number) => a)
    }
    expectTypeOf(saga).toBeFunction()
  })

  test("retry infers an inline function's parameters from the arguments", () => {
    function* saga() {
      const next = yield* retry(3, 10, (a) => a + 1, 42)
      expectTypeOf(next).toEqualTypeOf<number>()
      // @ts-expect-error 42 is not a string
      yield* retry(3, 10, (a: string) => a, 42)
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('buffers', () => {
  test('every limit is optional (redux-saga defaults it to 10)', () => {
    expectTypeOf(buffers.dropping<Login>()).toEqualTypeOf<Buffer<Login>>()
    expectTypeOf(buffers.sliding<Login>()).toEqualTypeOf<Buffer<Login>>()
    expectTypeOf(buffers.fixed<Login>()).toEqualTypeOf<Buffer<Login>>()
    expectTypeOf(buffers.expanding<Login>()).toEqualTypeOf<Buffer<Login>>()
  })
})

describe('runSaga, run and setContext', () => {
  test('runSaga takes the action, state and saga types, in that order', () => {
    function* saga(): SagaIterator {}
    const task = runSaga<{ foo: string }, { baz: boolean }, typeof saga>(
      {
        getState: () => ({ baz: true }),
        dispatch(action) {
          expectTypeOf(action).toEqualTypeOf<{ foo: string }>()
        },
      },
      saga,
    )
    expectTypeOf(task).toMatchTypeOf<Task>()
  })

  test('run takes the saga type, and checks the arguments against it', () => {
    function* saga(id: number): SagaIterator<string> {
      yield delay(id)
      return 'done'
    }
    const middleware = createSagaMiddleware()
    expectTypeOf(middleware.run<typeof saga>(saga, 1)).toEqualTypeOf<Task<string>>()
    // @ts-expect-error the saga takes a number
    middleware.run<typeof saga>(saga, 'one')
  })

  test('a task checks the context it is given against a named type', () => {
    interface AppContext {
      api: string
      retries: number
    }
    const task = createSagaMiddleware().run(function* () {})
    task.setContext({ anything: 1 })
    task.setContext<AppContext>({ retries: 3 })
    // @ts-expect-error not a property of the context
    task.setContext<AppContext>({ other: '' })
  })
})

describe('cancel', () => {
  test('takes a task, tasks, or nothing, but not a task that may be undefined', () => {
    const task = createSagaMiddleware().run(function* () {})
    cancel()
    cancel(task)
    cancel([task, task])
    const maybe = undefined as Task | undefined
    // @ts-expect-error cancel(undefined) would cancel the current task
    cancel(maybe)
  })
})
