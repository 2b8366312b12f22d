/** The types of the fluent `testSaga` API. */
import type { EffectAssertions, HelperAssertions } from '../effect-api.js'

/** Moves the saga on; available at every point. */
export interface TestApi {
  /** Resumes the saga with `value` (the result of the effect it yielded last). */
  next(value?: unknown): TestApiWithAssertions
  /** Throws `error` into the saga, where it yielded last. */
  throw(error: unknown): TestApiWithAssertions
  /** Returns from the saga (its `finally` blocks run), as a cancellation would. */
  return(value?: unknown): TestApiWithAssertions
  /** The same as `return(value)`. */
  finish(value?: unknown): TestApiWithAssertions
  /** Goes back `n` steps (default 1), to test another branch from there. */
  back(n?: number): TestApi
  /** Remembers this point under `label`. */
  save(label: string): TestApi
  /** Goes back to the point saved under `label`. */
  restore(label: string): TestApi
  /** Starts the saga over, with new arguments if given (else the same ones). */
  restart(...args: unknown[]): TestApi
}

/** After a step: the assertions on what the saga did at that step. */
export interface TestApiWithAssertions
  extends TestApi, Omit<EffectAssertions<TestApi>, 'put' | 'take'>, HelperAssertions<TestApi> {
  /** `put(action)`; `put.resolve(action)` is `putResolve(action)`. */
  put: EffectAssertions<TestApi>['put'] & { resolve: EffectAssertions<TestApi>['putResolve'] }
  /** `take(pattern)`; `take.maybe(pattern)` is `takeMaybe(pattern)`. */
  take: EffectAssertions<TestApi>['take'] & { maybe: EffectAssertions<TestApi>['takeMaybe'] }
  /** The saga yielded exactly `value` (any value, not only an effect). */
  is(value: unknown): TestApi
  /** Calls `fn` with the yielded value, for checks of your own. */
  inspect<V = unknown>(fn: (yielded: V) => void): TestApi
  /** The saga is done (it returned). */
  isDone(): TestApi
  /** The saga returned `value`. */
  returns(value: unknown): TestApi
  takeEveryEffect: HelperAssertions<TestApi>['takeEvery']
  takeLatestEffect: HelperAssertions<TestApi>['takeLatest']
  takeLeadingEffect: HelperAssertions<TestApi>['takeLeading']
  throttleEffect: HelperAssertions<TestApi>['throttle']
  debounceEffect: HelperAssertions<TestApi>['debounce']
}
