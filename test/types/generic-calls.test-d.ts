import { describe, expectTypeOf, test } from 'vitest'
import { apply, call, fork, spawn, type AnyFunction, type SagaReturnType } from 'sagaloop/effects'
import type { Task } from 'sagaloop'

interface User {
  id: number
  name: string
}

const fetchUser = (id: number): Promise<User> => Promise.resolve({ id, name: 'Ada' })
const countUsers = (): Promise<number> => Promise.resolve(2)
function* loadName(id: number): Generator<unknown, string, unknown> {
  return (yield* call(fetchUser, id)).name
}
const identity = <T>(value: T): T => value
const pair = <A, B>(a: A, b: B): [A, B] => [a, b]
const api = {
  prefix: 'user:',
  getUser(id: number): Promise<User> {
    return Promise.resolve({ id, name: `${this.prefix}${id}` })
  },
}

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

// The usual shape of an app's wrapper: error handling or a spinner around any call.
function* safeCall<F extends (...args: any[]) => any>(fn: F, ...args: Parameters<F>) {
  return yield* call(fn, ...args)
}

describe('a generic wrapper saga', () => {
  test('gives what its function resolves to', () => {
    function* saga() {
      expectTypeOf(yield* safeCall(fetchUser, 1)).toEqualTypeOf<User>()
      expectTypeOf(yield* safeCall(loadName, 1)).toEqualTypeOf<string>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('sees SagaReturnType<F> for the call it makes', () => {
    function* wrapper<F extends (...args: any[]) => any>(fn: F, ...args: Parameters<F>) {
      const result = yield* call(fn, ...args)
      // expectTypeOf cannot compare two unresolved types; Equal is false for `any` and `unknown`.
      const exact: Equal<typeof result, SagaReturnType<F>> = true
      expectTypeOf(exact).toEqualTypeOf<true>()
      return result
    }
    expectTypeOf(wrapper).toBeFunction()
  })

  test('works with other constraints and with an argument tuple type parameter', () => {
    function* strict<F extends AnyFunction>(fn: F, ...args: Parameters<F>) {
      return yield* call(fn, ...args)
    }
    function* byParts<A extends unknown[], R>(fn: (...args: A) => R, ...args: A) {
      return yield* call(fn, ...args)
    }
    function* requests<F extends (...args: any[]) => Promise<any>>(fn: F, ...args: Parameters<F>) {
      return yield* call(fn, ...args)
    }
    function* unknowns<F extends (...args: any[]) => Promise<unknown>>(
      fn: F,
      ...args: Parameters<F>
    ) {
      return yield* call(fn, ...args)
    }
    function* anything<F extends (...args: any[]) => unknown>(fn: F, ...args: Parameters<F>) {
      return yield* call(fn, ...args)
    }
    function* saga() {
      expectTypeOf(yield* strict(fetchUser, 1)).toEqualTypeOf<User>()
      expectTypeOf(yield* byParts(fetchUser, 1)).toEqualTypeOf<User>()
      expectTypeOf(yield* requests(fetchUser, 1)).toEqualTypeOf<User>()
      expectTypeOf(yield* unknowns(fetchUser, 1)).toEqualTypeOf<User>()
      expectTypeOf(yield* anything(loadName, 1)).toEqualTypeOf<string>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('compiles with untyped arguments (`...args: any[]`), typed `any` as before', () => {
    function* loose<F extends (...args: any[]) => any>(fn: F, ...args: any[]) {
      return yield* call(fn, ...args)
    }
    function* saga() {
      expectTypeOf(yield* loose(fetchUser, 1)).toBeAny()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('works for a function called without arguments', () => {
    function* withSpinner<F extends () => any>(fn: F) {
      return yield* call(fn)
    }
    function* saga() {
      expectTypeOf(yield* withSpinner(countUsers)).toEqualTypeOf<number>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('types fork, spawn and apply the same way', () => {
    function* forked<F extends (...args: any[]) => any>(fn: F, ...args: Parameters<F>) {
      return yield* fork(fn, ...args)
    }
    function* spawned<F extends (...args: any[]) => any>(fn: F, ...args: Parameters<F>) {
      return yield* spawn(fn, ...args)
    }
    function* applied<F extends (...args: any[]) => any>(
      context: unknown,
      fn: F,
      args: Parameters<F>,
    ) {
      return yield* apply(context, fn, args)
    }
    function* saga() {
      expectTypeOf(yield* forked(fetchUser, 1)).toEqualTypeOf<Task<User>>()
      expectTypeOf(yield* spawned(loadName, 1)).toEqualTypeOf<Task<string>>()
      expectTypeOf(yield* applied(api, api.getUser, [1])).toEqualTypeOf<User>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('still checks the arguments it is given', () => {
    function* saga() {
      // @ts-expect-error fetchUser takes a number
      yield* safeCall(fetchUser, '1')
      // @ts-expect-error fetchUser needs its id
      yield* safeCall(fetchUser)
    }
    function* needsId<F extends (id: number) => unknown>(fn: F) {
      // @ts-expect-error F takes an id
      yield* call(fn)
    }
    expectTypeOf(saga).toBeFunction()
    expectTypeOf(needsId).toBeFunction()
  })
})

describe('a generic function called with known arguments', () => {
  test('is instantiated with them', () => {
    function* saga() {
      expectTypeOf(yield* call(identity, 5)).toEqualTypeOf<number>()
      expectTypeOf(yield* call(pair, 5, 'a')).toEqualTypeOf<[number, string]>()
      expectTypeOf(yield* apply(null, identity, [5])).toEqualTypeOf<number>()
      expectTypeOf(yield* fork(identity, 5)).toEqualTypeOf<Task<number>>()
      expectTypeOf(yield* spawn(pair, 'a', true)).toEqualTypeOf<Task<[string, boolean]>>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('is instantiated with a type parameter of the enclosing saga', () => {
    function* echo<T>(value: T) {
      return yield* call(identity, value)
    }
    function* saga() {
      expectTypeOf(yield* echo('hi')).toEqualTypeOf<string>()
    }
    expectTypeOf(saga).toBeFunction()
  })

  test('still needs its arguments', () => {
    function* saga() {
      // @ts-expect-error identity takes a value
      yield* call(identity)
      // @ts-expect-error pair takes two values
      yield* fork(pair, 1)
    }
    expectTypeOf(saga).toBeFunction()
  })
})

describe('a known function called from a generic saga', () => {
  test('gives its own result for arguments typed by the saga', () => {
    const add = (a: number, b: number): Promise<number> => Promise.resolve(a + b)
    function* sum<A extends [number, number]>(...args: A) {
      expectTypeOf(yield* call(add, ...args)).toEqualTypeOf<number>()
    }
    function* byId<T extends number>(id: T) {
      expectTypeOf(yield* call(fetchUser, id)).toEqualTypeOf<User>()
    }
    expectTypeOf(sum).toBeFunction()
    expectTypeOf(byId).toBeFunction()
  })
})

describe('method targets', () => {
  test('fork and spawn accept { context, fn: "method" } as call does', () => {
    function* saga() {
      expectTypeOf(yield* fork({ context: api, fn: 'getUser' }, 1)).toEqualTypeOf<Task<User>>()
      expectTypeOf(yield* spawn([api, 'getUser'], 1)).toEqualTypeOf<Task<User>>()
      // @ts-expect-error getUser takes a number
      yield* fork({ context: api, fn: 'getUser' }, '1')
      // @ts-expect-error no such method
      yield* spawn([api, 'missing'])
    }
    expectTypeOf(saga).toBeFunction()
  })
})
