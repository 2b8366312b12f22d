/**
 * The effect assertions `testSaga` and `expectSaga` share: one method per effect creator, with
 * the creator's own arguments. Each builds the expected effect with the real creator, so an
 * assertion and the saga's `yield` always agree on what an effect is.
 */
import { delay, type AnyFunction } from '../effects/descriptors.js'
import {
  debounce,
  retry,
  takeEvery,
  takeLatest,
  takeLeading,
  throttle,
} from '../effects/helper-effects.js'
import type { Buffer, FlushableChannel, Pattern, Task, TakeableChannel } from '../types.js'
import { effectKinds, type KindName } from './effect-kinds.js'

type Creator = (...args: never[]) => unknown

/** Creators an assertion can be named after that are not kinds of their own: each yields a call or a fork. */
const helperCreators = {
  delay,
  takeEvery,
  takeLatest,
  takeLeading,
  throttle,
  debounce,
  retry,
} satisfies Record<string, Creator>

/** An assertion's name: a kind's, or a helper's (`takeEvery`...). Kinds come from the records, so any string. */
export type EffectName = KindName

/** Every effect creator an assertion can be named after: the effect kinds, then the helpers. */
export const effectCreators: Record<EffectName, Creator> = {
  ...(Object.fromEntries(effectKinds.map((kind) => [kind.name, kind.create])) as Record<
    KindName,
    Creator
  >),
  ...helperCreators,
}

type Tail<A extends unknown[]> = A extends [unknown, ...infer Rest] ? Rest : never
type Selector = (state: never, ...args: never[]) => unknown
type MethodTarget =
  readonly [unknown, AnyFunction | string] | { context: unknown; fn: AnyFunction | string }
type Source = Pattern | TakeableChannel<unknown>

interface CallLike<Api> {
  <F extends AnyFunction>(fn: F, ...args: Parameters<F>): Api
  (target: MethodTarget, ...args: unknown[]): Api
}

/** One assertion per effect creator; each returns `Api` to go on chaining. */
export interface EffectAssertions<Api> {
  take(pattern?: Pattern | TakeableChannel<unknown>, multicastPattern?: Pattern): Api
  takeMaybe(pattern?: Pattern | TakeableChannel<unknown>, multicastPattern?: Pattern): Api
  put(action: unknown): Api
  put(channel: { put(message: never): void }, action: unknown): Api
  putResolve(action: unknown): Api
  call: CallLike<Api>
  apply<F extends AnyFunction>(context: unknown, fn: F, args?: Parameters<F>): Api
  apply(context: unknown, method: string, args?: unknown[]): Api
  cps(fn: AnyFunction | MethodTarget, ...args: unknown[]): Api
  fork: CallLike<Api>
  spawn: CallLike<Api>
  join(task: Task<unknown> | readonly Task<unknown>[]): Api
  cancel(task?: Task<unknown> | readonly Task<unknown>[]): Api
  cancelled(): Api
  select(): Api
  select<F extends Selector>(selector: F, ...args: Tail<Parameters<F>>): Api
  race(effects: readonly unknown[] | Record<string, unknown>): Api
  all(effects: readonly unknown[] | Record<string, unknown>): Api
  actionChannel(pattern: Pattern, buffer?: Buffer<unknown>): Api
  flush(channel: FlushableChannel<unknown>): Api
  getContext(prop: string): Api
  setContext(props: Record<string, unknown>): Api
  abortSignal(): Api
}

/** `takeEvery(...)` and the other helpers: each yields a `fork` of the helper saga. */
export interface HelperAssertions<Api> {
  takeEvery(pattern: Source, worker: AnyFunction, ...args: unknown[]): Api
  takeLatest(pattern: Source, worker: AnyFunction, ...args: unknown[]): Api
  takeLeading(pattern: Source, worker: AnyFunction, ...args: unknown[]): Api
  throttle(ms: number, pattern: Source, worker: AnyFunction, ...args: unknown[]): Api
  debounce(ms: number, pattern: Source, worker: AnyFunction, ...args: unknown[]): Api
  retry<F extends AnyFunction>(
    maxTries: number,
    delayMs: number,
    fn: F,
    ...args: Parameters<F>
  ): Api
  delay(ms: number, value?: unknown): Api
}

/** Builds the expected effect of assertion `name` from its arguments. */
export function expectedEffect(name: EffectName, args: unknown[]): unknown {
  const creator = effectCreators[name] as (...args: unknown[]) => unknown
  // As in redux-saga-test-plan, `call(delay, ms)` is a call of `delay`, not what `delay(ms)`
  // yields (a call of `delayP`): assert that with `.call(delayP, ms)`.
  return creator(...args)
}
