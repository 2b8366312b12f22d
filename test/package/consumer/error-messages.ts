/**
 * Mistakes a user makes, each with the first error they should see. The package test turns the
 * `@ts-expect-error first error: <text>` directives into comments, compiles this file against the
 * installed package, and checks that the first error on the next line contains the text.
 */
import { call, put, takeEvery, takeLatest, throttle } from 'sagaloop/effects'
import { expectSaga } from 'sagaloop/testing'
import { call as callMatcher } from 'sagaloop/testing/matchers'

function* needsANumber(_n: number) {}

// A worker that does not accept the action: the error names the action it must accept.
// @ts-expect-error first error: Type '{ type: "ping"; } & UnknownAction' is not assignable to type 'number'.
takeEvery('ping', needsANumber)
// @ts-expect-error first error: Type '{ type: "ping"; } & UnknownAction' is not assignable to type 'number'.
takeLatest('ping', needsANumber)
// @ts-expect-error first error: Type '{ type: "ping"; } & UnknownAction' is not assignable to type 'number'.
throttle(10, 'ping', needsANumber)

// A bare type string is not an action.
// @ts-expect-error first error: Argument of type 'string' is not assignable to parameter of type 'PutAction'.
put('auth/logout')

// A static provider whose value does not fit the effect: the error is about the value.
const fetchUser = (id: number) => Promise.resolve({ id, name: 'Ada' })
function* loadUser() {
  return yield* call(fetchUser, 1)
}
// @ts-expect-error first error: Overload 1 of 2, '(providers: readonly [DynamicProviders | StaticProvider<{ id: number; name: string; }>]): ExpectApi<{ id: number; name: string; }>', gave the following error. Type 'string' is not assignable to type
void expectSaga(loadUser).provide([[callMatcher.fn(fetchUser), 'Ada']])

export {}
