/**
 * `sagaloop/testing/matchers`, as redux-saga-test-plan's `matchers` module: each export IS the
 * effect creator of the same name (a saga may yield `put(action)` from here and yields exactly
 * what `sagaloop/effects` gives), with looser matchers for providers added as properties:
 * `call.fn(fetchUser)` matches a `call` of `fetchUser` with any arguments.
 *
 * As in test-plan, `call.fn(delay)` does not match `delay(ms)`: that effect is a call of `delayP`.
 */
import * as effects from '../effects/descriptors.js'
import type { AnyFunction, SagaReturnType } from '../effects/descriptors.js'
import type { Pattern, Task } from '../types.js'
import { likeMatcher, shorthandMatcher, type EffectMatcher } from './effect-matcher.js'

type Selector = (state: never, ...args: never[]) => unknown
type FnResult<F> = F extends AnyFunction ? SagaReturnType<F> : unknown
type Wrapped<F, W> = W extends 'task' ? Task<FnResult<F>> : FnResult<F>

interface FnMatchers<W> {
  fn<F extends AnyFunction>(fn: F): EffectMatcher<Wrapped<F, W>>
  like<F = unknown>(partial: {
    fn?: F
    args?: unknown[]
    context?: unknown
  }): EffectMatcher<Wrapped<F, W>>
}

interface Like<P> {
  like(partial: P): EffectMatcher
}

/** A new function that calls the creator: the creator itself is shared and must stay unchanged. */
function creator<C extends (...args: never[]) => unknown>(create: C): C {
  return ((...args: Parameters<C>) => create(...args)) as C
}

function fnMatchers<C extends (...args: never[]) => unknown, W>(name: string, create: C) {
  return Object.assign(creator(create), {
    fn: (fn: AnyFunction) => shorthandMatcher(name, 'fn', fn, 'provider'),
    like: (partial: object) => likeMatcher(name, partial, 'provider'),
  }) as C & FnMatchers<W>
}

function loose<C extends (...args: never[]) => unknown, P = object>(name: string, create: C) {
  return Object.assign(creator(create), {
    like: (partial: P) => likeMatcher(name, partial as object, 'provider'),
  }) as C & Like<P>
}

function withShorthand<C, V, R = unknown>(
  base: C,
  name: string,
  method: 'selector' | 'actionType' | 'pattern',
) {
  return Object.assign(base as object, {
    [method]: (value: V) => shorthandMatcher<R>(name, method, value, 'provider'),
  }) as C
}

/**
 * @example
 * expectSaga(saga).provide([[matchers.call.fn(fetchUser), user]])
 */
export const call = fnMatchers<typeof effects.call, 'value'>('call', effects.call)
export const apply = fnMatchers<typeof effects.apply, 'value'>('apply', effects.apply)
export const cps = fnMatchers<typeof effects.cps, 'value'>('cps', effects.cps)
export const fork = fnMatchers<typeof effects.fork, 'task'>('fork', effects.fork)
export const spawn = fnMatchers<typeof effects.spawn, 'task'>('spawn', effects.spawn)

export const select = withShorthand(
  loose<typeof effects.select, { selector?: Selector; args?: unknown[] }>('select', effects.select),
  'select',
  'selector',
) as ReturnType<typeof loose<typeof effects.select, { selector?: Selector; args?: unknown[] }>> & {
  selector<F extends Selector>(selector: F): EffectMatcher<ReturnType<F>>
}

type PutLike = { action?: unknown; channel?: unknown }
type TakeLike = { pattern?: Pattern; channel?: unknown }
interface ActionType {
  actionType(type: string): EffectMatcher
}
interface PatternOf {
  pattern(pattern: Pattern): EffectMatcher
}

export const put = withShorthand(
  loose<typeof effects.put, PutLike>('put', effects.put),
  'put',
  'actionType',
) as typeof effects.put & Like<PutLike> & ActionType
export const putResolve = withShorthand(
  loose<typeof effects.putResolve, PutLike>('putResolve', effects.putResolve),
  'putResolve',
  'actionType',
) as typeof effects.putResolve & Like<PutLike> & ActionType
export const take = withShorthand(
  loose<typeof effects.take, TakeLike>('take', effects.take),
  'take',
  'pattern',
) as typeof effects.take & Like<TakeLike> & PatternOf
export const takeMaybe = withShorthand(
  loose<typeof effects.takeMaybe, TakeLike>('takeMaybe', effects.takeMaybe),
  'takeMaybe',
  'pattern',
) as typeof effects.takeMaybe & Like<TakeLike> & PatternOf
export const actionChannel = withShorthand(
  loose<typeof effects.actionChannel, { pattern?: Pattern; buffer?: unknown }>(
    'actionChannel',
    effects.actionChannel,
  ),
  'actionChannel',
  'pattern',
) as typeof effects.actionChannel & Like<{ pattern?: Pattern; buffer?: unknown }> & PatternOf
export const race = loose('race', effects.race)
export const all = loose('all', effects.all)
export const join = loose('join', effects.join)
export const cancel = loose('cancel', effects.cancel)
export const cancelled = loose('cancelled', effects.cancelled)
export const flush = loose('flush', effects.flush)
export const getContext = loose('getContext', effects.getContext)
export const setContext = loose('setContext', effects.setContext)
export const abortSignal = loose('abortSignal', effects.abortSignal)
