/** Helpers accept a worker that ignores the action and takes only the extra arguments. */
import { createAction } from '@reduxjs/toolkit'
import { expectTypeOf, test } from 'vitest'
import { debounce, delay, takeEvery, takeLatest, takeLeading, throttle } from 'sagaloop/effects'
import type { ForkEffect } from 'sagaloop/effects'

function* tick(ms: number) {
  yield delay(ms)
}
const started = createAction<number>('started')

test('a worker that ignores the action gets the extra arguments only, as in redux-saga', () => {
  expectTypeOf(takeEvery('START', tick, 1000)).toEqualTypeOf<ForkEffect<never>>()
  expectTypeOf(takeLatest(started, tick, 5)).toEqualTypeOf<ForkEffect<never>>()
  expectTypeOf(takeLeading(['A', 'B'], tick, 5)).toEqualTypeOf<ForkEffect<never>>()
  expectTypeOf(throttle(10, 'X', tick, 5)).toEqualTypeOf<ForkEffect<never>>()
  expectTypeOf(debounce(10, 'X', tick, 5)).toEqualTypeOf<ForkEffect<never>>()
})

test('the extra arguments are still checked against the worker', () => {
  // @ts-expect-error tick takes a number
  takeEvery('START', tick, 'soon')
  // @ts-expect-error tick needs its argument
  takeLatest('START', tick)
})
