/**
 * `testSaga(saga, ...args)`: steps through a saga's generator and checks each yielded effect in
 * order, as redux-saga-test-plan's `testSaga` does. Nothing runs: the test feeds every result.
 *
 * @example
 * testSaga(loadUser, 1)
 *   .next().call(fetchUser, 1)
 *   .next(user).put(userLoaded(user))
 *   .next().isDone()
 */
import type { AnyFunction } from '../../effects/descriptors.js'
import { brief } from '../describe-value.js'
import { effectCreators, expectedEffect } from '../effect-api.js'
import { assertDone, assertYield, inspect } from './step-assertions.js'
import { SagaStepper, type Method } from './stepper.js'
import type { TestApi, TestApiWithAssertions } from './test-api.js'

export type { TestApi, TestApiWithAssertions } from './test-api.js'

const helperAliases = {
  takeEveryEffect: 'takeEvery',
  takeLatestEffect: 'takeLatest',
  takeLeadingEffect: 'takeLeading',
  throttleEffect: 'throttle',
  debounceEffect: 'debounce',
} as const

function createApi(stepper: SagaStepper): TestApiWithAssertions {
  const api: Record<string, unknown> = {
    next: (value?: unknown) => step('next', value),
    throw: (error: unknown) => step('throw', error),
    return: (value?: unknown) => step('return', value),
    finish: (value?: unknown) => step('return', value),
    back: (n = 1) => chain(() => stepper.back(n)),
    save: (label: string) => chain(() => stepper.save(label)),
    restore: (label: string) => chain(() => stepper.restore(label)),
    restart: (...args: unknown[]) => chain(() => stepper.restart(args)),
    is: (value: unknown) => chain(() => assertYield(stepper, 'is(value)', value)),
    inspect: (fn: (value: unknown) => void) => chain(() => inspect(stepper, fn)),
    isDone: () => chain(() => assertDone(stepper, false, undefined)),
    returns: (value: unknown) => chain(() => assertDone(stepper, true, value)),
  }
  const step = (method: Method, arg: unknown) => {
    stepper.resume({ method, arg })
    return typed
  }
  const chain = (check: () => void) => {
    check()
    return typed
  }
  for (const name of Object.keys(effectCreators)) {
    api[name] = (...args: unknown[]) =>
      chain(() => assertYield(stepper, `${name}(...)`, expectedEffect(name, args), name))
  }
  for (const [alias, name] of Object.entries(helperAliases)) api[alias] = api[name]
  Object.assign(api.put as object, { resolve: api.putResolve })
  Object.assign(api.take as object, { maybe: api.takeMaybe })
  const typed = api as unknown as TestApiWithAssertions
  return typed
}

/** Starts stepping through `saga(...args)`; call `.next()` to run it to its first yield. */
export function testSaga<S extends AnyFunction>(saga: S, ...args: Parameters<S>): TestApi {
  if (typeof saga !== 'function') {
    throw new TypeError(`testSaga(saga): saga must be a generator function; got ${brief(saga)}.`)
  }
  return createApi(new SagaStepper(saga, args))
}
