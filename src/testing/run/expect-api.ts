/** The types of the fluent `expectSaga` API. */
import type { AnyFunction } from '../../effects/descriptors.js'
import type { Action, Pattern, Reducer } from './redux-types.js'
import type { EffectAssertions, HelperAssertions } from '../effect-api.js'
import type { DynamicProviders, StaticProvider } from './providers.js'
import type { RunOptions } from './setup.js'
import type { RunResult } from './result.js'

type Selector = (state: never, ...args: never[]) => unknown

interface FnCall {
  fn?: AnyFunction
  args?: unknown[]
  context?: unknown
}

/** `.call.fn(fn)`, `.call.like({ fn, args })`. */
interface FnVariants<Api> {
  fn(fn: AnyFunction): Api
  like(partial: FnCall): Api
}

type ExactAssertions<Api> = Omit<
  EffectAssertions<Api>,
  | 'call'
  | 'apply'
  | 'cps'
  | 'fork'
  | 'spawn'
  | 'put'
  | 'putResolve'
  | 'select'
  | 'take'
  | 'takeMaybe'
  | 'actionChannel'
>

/** The assertions and setup steps of `expectSaga`; `R` is what the saga returns. */
export interface ExpectApi<R = unknown>
  extends ExactAssertions<ExpectApi<R>>, Omit<HelperAssertions<ExpectApi<R>>, 'delay'> {
  call: EffectAssertions<ExpectApi<R>>['call'] & FnVariants<ExpectApi<R>>
  apply: EffectAssertions<ExpectApi<R>>['apply'] & FnVariants<ExpectApi<R>>
  cps: EffectAssertions<ExpectApi<R>>['cps'] & FnVariants<ExpectApi<R>>
  fork: EffectAssertions<ExpectApi<R>>['fork'] & FnVariants<ExpectApi<R>>
  spawn: EffectAssertions<ExpectApi<R>>['spawn'] & FnVariants<ExpectApi<R>>
  put: EffectAssertions<ExpectApi<R>>['put'] & {
    like(partial: { action?: unknown; channel?: unknown }): ExpectApi<R>
    actionType(type: string): ExpectApi<R>
    resolve(action: unknown): ExpectApi<R>
  }
  putResolve: EffectAssertions<ExpectApi<R>>['putResolve'] & {
    like(partial: { action?: unknown; channel?: unknown }): ExpectApi<R>
    actionType(type: string): ExpectApi<R>
  }
  select: EffectAssertions<ExpectApi<R>>['select'] & {
    selector(selector: Selector): ExpectApi<R>
    like(partial: { selector?: Selector; args?: unknown[] }): ExpectApi<R>
  }
  take: EffectAssertions<ExpectApi<R>>['take'] & {
    like(partial: { pattern?: Pattern; channel?: unknown }): ExpectApi<R>
    pattern(pattern: Pattern): ExpectApi<R>
    maybe: EffectAssertions<ExpectApi<R>>['takeMaybe']
  }
  takeMaybe: EffectAssertions<ExpectApi<R>>['takeMaybe'] & {
    like(partial: { pattern?: Pattern; channel?: unknown }): ExpectApi<R>
    pattern(pattern: Pattern): ExpectApi<R>
  }
  actionChannel: EffectAssertions<ExpectApi<R>>['actionChannel'] & {
    like(partial: { pattern?: Pattern; buffer?: unknown }): ExpectApi<R>
    pattern(pattern: Pattern): ExpectApi<R>
  }

  /**
   * The effect assertions declared after this must hold in the order they are written: each
   * effect yielded after the one matched by the assertion before it. Not in redux-saga-test-plan.
   */
  inOrder(): ExpectApi<R>
  /** Negates the assertion that follows: `.not.put(action)`. */
  readonly not: ExpectApi<R>
  /**
   * Fails the run if the saga yielded an effect of an asserted kind (put, call, fork...) that no
   * assertion expects, listing the extras. Not in redux-saga-test-plan.
   */
  strict(): ExpectApi<R>
  /** The effect assertion just before it holds for exactly `n` effects: `.put(action).times(2)`. */
  times(n: number): ExpectApi<R>
  /** `.times(1)`. */
  once(): ExpectApi<R>
  /** `.times(0)`: the effect was never yielded. */
  never(): ExpectApi<R>
  /**
   * The effects of the kinds listed (their types: `put`, `call`...) are exactly these, in this
   * order: `.exactly([put(a), put(b)])`. Items may be effects or matchers.
   */
  exactly(effects: readonly unknown[]): ExpectApi<R>
  /**
   * The assertions after this look only at effects yielded by tasks named `name` (the forked
   * saga's function name); `.forTask()` looks at every task again.
   */
  forTask(name?: string): ExpectApi<R>
  /**
   * `Date.now()` and `performance.now()` read the virtual clock during the run (`start` plus the
   * virtual milliseconds; `performance.now()` counts from 0). Off by default.
   */
  withVirtualNow(start?: number): ExpectApi<R>
  /** The state `select` reads (with no reducer, it never changes). */
  withState(state: unknown): ExpectApi<R>
  /** A reducer that every dispatched and put action goes through, from `initialState`. */
  withReducer<S, A extends Action = Action>(reducer: Reducer<S, A>, initialState?: S): ExpectApi<R>
  /**
   * Mocks effects: `[effect or matcher, value]` pairs (and dynamic providers among them), or
   * dynamic providers by effect type. The array form comes first so that a wrong provided value
   * is the first error reported, not the array's `join` against the dynamic form.
   */
  provide<const T extends readonly unknown[]>(providers: {
    [K in keyof T]: StaticProvider<T[K]> | DynamicProviders
  }): ExpectApi<R>
  provide(providers: DynamicProviders): ExpectApi<R>
  /**
   * Puts the virtual clock under the test's control: time moves only as far as the
   * `.advanceTime(ms)` steps say. Without it, the clock jumps to the next timer whenever the
   * saga is blocked. `withClock({ autoAdvance: true })` keeps that default.
   */
  withClock(options?: { autoAdvance?: boolean }): ExpectApi<R>
  /** Lets virtual time move `ms` further (see `withClock`). */
  advanceTime(ms: number): ExpectApi<R>
  /**
   * The next `.dispatch`ed action reaches the saga `ms` milliseconds after the take that wants
   * it: on the virtual clock, after the saga's timers due before then, and no sooner than `ms`
   * real milliseconds, as in test-plan (outside sources and real promises move meanwhile).
   */
  delay(ms: number): ExpectApi<R>
  /** Dispatches `action`: before `run()`, when a `take` waits for it; during a run, at once. */
  dispatch(action: unknown): ExpectApi<R>
  /** The saga returned `value`. */
  returns(value: R): ExpectApi<R>
  /** The saga threw an instance of `ErrorType`, or an error equal to `error`. */
  throws(error: (abstract new (...args: never[]) => unknown) | object): ExpectApi<R>
  /** The state after the run equals `state`. */
  hasFinalState(state: unknown): ExpectApi<R>
  /**
   * Runs the saga until it is done or idle (every task waits on something only the test can
   * give), checks every assertion, resolves with what it did.
   */
  run(options?: RunOptions | number | false): Promise<RunResult<R>>
  /** `run` without the warning when the saga ends idle rather than done (for watchers). */
  silentRun(options?: RunOptions | number | false): Promise<RunResult<R>>
}
