import { describe, expectTypeOf, test } from 'vitest'
import { createAction, createSlice, isAnyOf, type PayloadAction } from '@reduxjs/toolkit'
import {
  abortSignal,
  actionChannel,
  all,
  apply,
  call,
  callWithSignal,
  cancel,
  cancelled,
  cps,
  delay,
  flush,
  fork,
  getContext,
  join,
  put,
  race,
  select,
  spawn,
  take,
  takeMaybe,
} from 'sagaloop/effects'
import { channel, eventChannel, type End, type Task, type UnknownAction } from 'sagaloop'

interface User {
  id: string
  name: string
}
interface State {
  users: Record<string, User>
  count: number
}

const fetchUser = (id: string): Promise<User> => Promise.resolve({ id, name: 'Ada' })
const double = (n: number) => n * 2
function* loadUser(id: string): Generator<unknown, User, unknown> {
  return yield* call(fetchUser, id)
}
const selectCount = (state: State) => state.count
const selectUser = (state: State, id: string) => state.users[id]

const incremented = createAction<number, 'counter/incremented'>('counter/incremented')
const reset = createAction('counter/reset')
const counter = createSlice({
  name: 'counter',
  initialState: 0,
  reducers: {
    added: (state, action: PayloadAction<number>) => state + action.payload,
    renamed: (state, _action: PayloadAction<string>) => state,
  },
})

class Api {
  base = '/api'
  getUser(id: string): Promise<User> {
    return Promise.resolve({ id, name: this.base })
  }
}
const api = new Api()

describe('call', () => {
  test('gives the awaited result of a promise-returning function', () => {
    function* saga() {
      const user = yield* call(fetchUser, '1')
      expectTypeOf(user).toEqualTypeOf<User>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('gives the return value of a plain function and of a generator', () => {
    function* saga() {
      expectTypeOf(yield* call(double, 2)).toEqualTypeOf<number>()
      expectTypeOf(yield* call(loadUser, '1')).toEqualTypeOf<User>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('types methods called as [obj, "method"], [obj, fn], { context, fn } and apply', () => {
    function* saga() {
      expectTypeOf(yield* call([api, 'getUser'], '1')).toEqualTypeOf<User>()
      expectTypeOf(yield* call([api, api.getUser], '1')).toEqualTypeOf<User>()
      expectTypeOf(yield* call({ context: api, fn: api.getUser }, '1')).toEqualTypeOf<User>()
      expectTypeOf(yield* apply(api, api.getUser, ['1'])).toEqualTypeOf<User>()
      expectTypeOf(yield* apply(api, 'getUser', ['1'])).toEqualTypeOf<User>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('rejects wrong arguments', () => {
    function* saga() {
      // @ts-expect-error fetchUser takes a string
      yield* call(fetchUser, 1)
      // @ts-expect-error fetchUser needs its argument
      yield* call(fetchUser)
      // @ts-expect-error too many arguments
      yield* call(double, 1, 2)
      // @ts-expect-error Api has no method 'missing'
      yield* call([api, 'missing'])
      // @ts-expect-error getUser takes a string
      yield* call([api, 'getUser'], 1)
      // @ts-expect-error getUser takes a string
      yield* apply(api, api.getUser, [1])
      // @ts-expect-error not a function
      yield* call(42)
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('plain yield keeps working and gives an untyped result', () => {
    function* saga(): Generator<unknown, void, unknown> {
      const user = yield call(fetchUser, '1')
      expectTypeOf(user).toEqualTypeOf<unknown>()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('cps', () => {
  test('gives the value passed to the callback and checks the arguments', () => {
    const readFile = (path: string, cb: (error: Error | null, data?: string) => void) =>
      cb(null, path)
    function* saga() {
      expectTypeOf(yield* cps(readFile, 'a.txt')).toEqualTypeOf<string>()
      // @ts-expect-error path is a string
      yield* cps(readFile, 1)
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('select', () => {
  test("gives the selector's return value and checks extra arguments", () => {
    function* saga() {
      expectTypeOf(yield* select(selectCount)).toEqualTypeOf<number>()
      expectTypeOf(yield* select(selectUser, '1')).toEqualTypeOf<User | undefined>()
      // @ts-expect-error the id is a string
      yield* select(selectUser, 1)
      // @ts-expect-error the id is missing
      yield* select(selectUser)
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('take', () => {
  test('with a string literal gives an action of that type', () => {
    function* saga() {
      const action = yield* take('user/loaded')
      expectTypeOf(action.type).toEqualTypeOf<'user/loaded'>()
      expectTypeOf(yield* take()).toEqualTypeOf<UnknownAction>()
      expectTypeOf(yield* take('*')).toEqualTypeOf<UnknownAction>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test("with an action creator gives that creator's action", () => {
    function* saga() {
      expectTypeOf(yield* take(incremented)).toEqualTypeOf<
        PayloadAction<number, 'counter/incremented'>
      >()
      expectTypeOf(yield* take(counter.actions.added)).toEqualTypeOf<
        PayloadAction<number, 'counter/added'>
      >()
      expectTypeOf(yield* take(reset)).toEqualTypeOf<PayloadAction<undefined, 'counter/reset'>>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('with a type guard or a matcher gives the guarded action', () => {
    function* saga() {
      expectTypeOf(yield* take(isAnyOf(incremented, counter.actions.renamed))).toEqualTypeOf<
        PayloadAction<number, 'counter/incremented'> | PayloadAction<string, 'counter/renamed'>
      >()
      expectTypeOf(yield* take(incremented.match)).toEqualTypeOf<
        PayloadAction<number, 'counter/incremented'>
      >()
      const isLoaded = (action: UnknownAction): action is { type: 'loaded'; user: User } =>
        action.type === 'loaded'
      expectTypeOf((yield* take(isLoaded)).user).toEqualTypeOf<User>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('with an array gives the union of the actions', () => {
    function* saga() {
      expectTypeOf(yield* take([incremented, counter.actions.renamed])).toEqualTypeOf<
        PayloadAction<number, 'counter/incremented'> | PayloadAction<string, 'counter/renamed'>
      >()
      expectTypeOf((yield* take(['a', 'b'])).type).toEqualTypeOf<'a' | 'b'>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('with a plain predicate gives an unknown action', () => {
    function* saga() {
      expectTypeOf(
        yield* take((action: UnknownAction) => action.type === 'a'),
      ).toEqualTypeOf<UnknownAction>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('rejects what is not a pattern', () => {
    function* saga() {
      // @ts-expect-error a number is not a pattern
      yield* take(42)
      // @ts-expect-error an object is neither a pattern nor a channel
      yield* take({ type: 'a' })
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('takeMaybe adds End', () => {
    function* saga() {
      expectTypeOf(yield* takeMaybe(incremented)).toEqualTypeOf<
        PayloadAction<number, 'counter/incremented'> | End
      >()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('channels', () => {
  test('take from a channel gives its message type', () => {
    function* saga() {
      const chan = channel<User>()
      expectTypeOf(yield* take(chan)).toEqualTypeOf<User>()
      const ticks = eventChannel<number>(() => () => {})
      expectTypeOf(yield* take(ticks)).toEqualTypeOf<number>()
      expectTypeOf(yield* takeMaybe(ticks)).toEqualTypeOf<number | End>()
      expectTypeOf(yield* flush(chan)).toEqualTypeOf<User[] | End>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('actionChannel gives a channel of the matched actions', () => {
    function* saga() {
      const requests = yield* actionChannel(incremented)
      expectTypeOf(yield* take(requests)).toEqualTypeOf<
        PayloadAction<number, 'counter/incremented'>
      >()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('put', () => {
  test('gives back the action', () => {
    function* saga() {
      expectTypeOf(yield* put(incremented(1))).toEqualTypeOf<
        PayloadAction<number, 'counter/incremented'>
      >()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('race and all', () => {
  test('race of an object gives an object whose keys are optional: only the winner is set', () => {
    function* saga() {
      const winner = yield* race({ user: call(fetchUser, '1'), timeout: delay(1000) })
      expectTypeOf(winner).toEqualTypeOf<{ user?: User; timeout?: true }>()
      expectTypeOf(winner.user).toEqualTypeOf<User | undefined>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('race of a tuple gives each result or undefined', () => {
    function* saga() {
      const winner = yield* race([call(fetchUser, '1'), take(reset)])
      expectTypeOf(winner).toEqualTypeOf<
        [User | undefined, PayloadAction<undefined, 'counter/reset'> | undefined]
      >()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('all of a tuple or an object gives every result', () => {
    function* saga() {
      expectTypeOf(yield* all([call(fetchUser, '1'), select(selectCount)])).toEqualTypeOf<
        [User, number]
      >()
      expectTypeOf(yield* all({ user: call(fetchUser, '1'), n: call(double, 1) })).toEqualTypeOf<{
        user: User
        n: number
      }>()
      const users = yield* all(['1', '2'].map((id) => call(fetchUser, id)))
      expectTypeOf(users).toEqualTypeOf<User[]>()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('tasks', () => {
  test('fork and spawn give a Task of the result; join gives the result', () => {
    function* saga() {
      const task = yield* fork(loadUser, '1')
      expectTypeOf(task).toEqualTypeOf<Task<User>>()
      expectTypeOf(yield* spawn(double, 2)).toEqualTypeOf<Task<number>>()
      expectTypeOf(yield* join(task)).toEqualTypeOf<User>()
      const other = yield* fork(double, 1)
      expectTypeOf(yield* join([task, other])).toEqualTypeOf<[User, number]>()
      yield* cancel(task)
      expectTypeOf(yield* cancelled()).toEqualTypeOf<boolean>()
      // @ts-expect-error loadUser takes a string
      yield* fork(loadUser, 1)
      // @ts-expect-error join takes a task
      yield* join('task')
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('context, delay and abortSignal', () => {
  test('give their documented types', () => {
    function* saga() {
      expectTypeOf(yield* getContext<Api>('api')).toEqualTypeOf<Api>()
      expectTypeOf(yield* getContext('api')).toEqualTypeOf<unknown>()
      expectTypeOf(yield* delay(10)).toEqualTypeOf<true>()
      expectTypeOf(yield* delay(10, 'late')).toEqualTypeOf<string>()
      expectTypeOf(yield* abortSignal()).toEqualTypeOf<AbortSignal>()
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('callWithSignal', () => {
  test('passes the signal last, checks the other arguments and types the result', () => {
    const fetchJson = (url: string, signal: AbortSignal): Promise<User> =>
      fetch(url, { signal }).then((response) => response.json() as Promise<User>)
    function* saga() {
      expectTypeOf(yield* callWithSignal(fetchJson, '/users/1')).toEqualTypeOf<User>()
      // @ts-expect-error the url is a string
      yield* callWithSignal(fetchJson, 1)
      // @ts-expect-error the signal is passed by sagaloop, not by the caller
      yield* callWithSignal(fetchJson, '/users/1', new AbortController().signal)
      // @ts-expect-error the function does not take a signal
      yield* callWithSignal(fetchUser, '1')
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('arguments every effect rejects', () => {
  test('wrong arguments to the other effects are compile errors', () => {
    function* saga() {
      // @ts-expect-error delay takes milliseconds
      yield* delay('10')
      // @ts-expect-error cancel takes a task
      yield* cancel('task')
      // @ts-expect-error getContext takes a property name
      yield* getContext(1)
      // @ts-expect-error race takes an object or an array of effects
      yield* race(42)
      // @ts-expect-error all takes an object or an array of effects
      yield* all('effects')
      // @ts-expect-error flush takes a channel
      yield* flush([])
      // @ts-expect-error a number is not a pattern
      yield* actionChannel(42)
      // @ts-expect-error a number is not a pattern
      yield* takeMaybe(42)
      // @ts-expect-error spawn checks arguments
      yield* spawn(double, 'two')
      // @ts-expect-error the buffer must hold the matched actions
      yield* actionChannel(incremented, {
        isEmpty: () => true,
        put: (_n: string) => {},
        take: () => 'x',
      })
      // @ts-expect-error a channel of users takes users
      yield* put(channel<User>(), { id: 1 })
    }
    expectTypeOf(saga).toBeFunction()
  })
})
