/**
 * Mistakes a user makes, each with the first error they should see. The package test turns the
 * `@ts-expect-error first error: <text>` directives into comments, compiles this file against the
 * installed package, and checks that the first error on the next line contains the text.
 */
import { put, takeEvery, takeLatest, throttle } from 'sagaloop/effects'

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

export {}
