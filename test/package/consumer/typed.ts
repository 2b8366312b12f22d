/**
 * Typed sagas against the installed declarations: exact results (checked with `Equal`) and the
 * mistakes the types must reject (`@ts-expect-error`, which fails if nothing is rejected).
 */
import { END, channel, eventChannel, type SagaIterator } from 'sagaloop'
import { apply, call, cps, fork, put, take, takeEvery, type SagaReturnType } from 'sagaloop/effects'
import type { Task } from 'sagaloop'

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
function expectType<T>(_value: T): <U>(check: Equal<T, U>) => void {
  return () => {}
}

interface User {
  id: number
  name: string
}
const api = {
  prefix: 'user:',
  getUser(id: number): Promise<User> {
    return Promise.resolve({ id, name: `${this.prefix}${id}` })
  },
  read(path: string, done: (error: Error | null, text?: string) => void): void {
    done(null, path)
  },
}
const identity = <T>(value: T): T => value
function* safeCall<F extends (...args: any[]) => any>(fn: F, ...args: Parameters<F>) {
  const result = yield* call(fn, ...args)
  expectType(result)<SagaReturnType<F>>(true)
  return result
}

export function* typedSaga(): SagaIterator<void> {
  expectType(yield* call(identity, 5))<number>(true)
  expectType(yield* call(api.getUser, 1))<User>(true)
  expectType(yield* safeCall(api.getUser, 1))<User>(true)
  expectType(yield* fork(identity, 'a'))<Task<string>>(true)
  expectType(yield* call([api, 'getUser'], 1))<User>(true)
  expectType(yield* call({ context: api, fn: 'getUser' }, 1))<User>(true)
  expectType(yield* apply(api, 'getUser', [1]))<User>(true)
  expectType(yield* cps([api, 'read'], 'a.txt'))<string>(true)
  expectType(yield* cps({ context: api, fn: 'read' }, 'a.txt'))<string>(true)
  const messages = channel<number>()
  yield* put(messages, 1)
  yield* put(messages, END)
  yield* put(END)
  const events = eventChannel<string>((emit) => {
    emit('hello')
    emit(END)
    return () => {}
  })
  expectType(yield* take(events))<string>(true)
  yield* takeEvery('user/loaded', function* (action) {
    expectType(action.type)<'user/loaded'>(true)
  })

  // @ts-expect-error not an action
  yield* put(42)
  // @ts-expect-error a type string is not an action
  yield* put('auth/logout')
  // @ts-expect-error an action needs a type
  yield* put({ payload: 1 })
  // @ts-expect-error undefined is not an action
  yield* put(undefined)
  // @ts-expect-error apply needs the argument array
  yield* apply(api, 'getUser')
  // @ts-expect-error getUser takes a number
  yield* call({ context: api, fn: 'getUser' }, 'one')
  // @ts-expect-error getUser takes a number, through the wrapper too
  yield* safeCall(api.getUser, 'one')
  // @ts-expect-error read takes a path
  yield* cps([api, 'read'], 1)
}
