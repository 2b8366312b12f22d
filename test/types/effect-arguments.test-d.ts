import { describe, expectTypeOf, test } from 'vitest'
import { END, channel } from 'sagaloop'
import { apply, call, cps, put, putResolve } from 'sagaloop/effects'

interface User {
  id: number
  name: string
}

const api = {
  prefix: 'user:',
  getUser(id: number): Promise<User> {
    return Promise.resolve({ id, name: `${this.prefix}${id}` })
  },
  ping(): string {
    return 'pong'
  },
  read(path: string, done: (error: Error | null, text?: string) => void): void {
    done(null, path)
  },
}

describe('put accepts what dispatch accepts', () => {
  test('an action with a type, END, or a thunk is accepted', () => {
    function* saga() {
      yield* put({ type: 'auth/logout' })
      yield* put(END)
      yield* put(channel<number>(), END)
      yield* put((dispatch: (action: { type: string }) => void) => dispatch({ type: 'x' }))
      yield* putResolve({ type: 'auth/logout' })
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('a number, a string, an object without type, or undefined is rejected', () => {
    function* saga() {
      // @ts-expect-error not an action
      yield* put(42)
      // @ts-expect-error a type string is not an action: call the action creator
      yield* put('auth/logout')
      // @ts-expect-error an action needs a type
      yield* put({ payload: 1 })
      // @ts-expect-error undefined is not an action
      yield* put(undefined)
      // @ts-expect-error not an action
      yield* putResolve(42)
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('apply and the method forms of call and cps', () => {
  test('apply needs its argument array, as in redux-saga', () => {
    function* saga() {
      // @ts-expect-error the argument array is required
      yield* apply(api, 'getUser')
      // @ts-expect-error the argument array is required, even for a method without parameters
      yield* apply(api, 'ping')
      expectTypeOf(yield* apply(api, 'ping', [])).toEqualTypeOf<string>()
      expectTypeOf(yield* apply(api, 'getUser', [1])).toEqualTypeOf<User>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('call({ context, fn: "method" }) infers the method result and checks its arguments', () => {
    function* saga() {
      expectTypeOf(yield* call({ context: api, fn: 'getUser' }, 1)).toEqualTypeOf<User>()
      // @ts-expect-error getUser takes a number
      yield* call({ context: api, fn: 'getUser' }, 'one')
      // @ts-expect-error not a method of api
      yield* call({ context: api, fn: 'missing' })
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('cps([obj, "method"]) and cps({ context, fn: "method" }) infer the callback result', () => {
    function* saga() {
      expectTypeOf(yield* cps([api, 'read'], 'a.txt')).toEqualTypeOf<string>()
      expectTypeOf(yield* cps({ context: api, fn: 'read' }, 'a.txt')).toEqualTypeOf<string>()
      // @ts-expect-error read takes a path
      yield* cps([api, 'read'], 1)
    }
    expectTypeOf(saga).toBeFunction()
  })
})
