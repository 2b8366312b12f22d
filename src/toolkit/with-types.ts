/**
 * `withTypes<RootState, AppDispatch>()`: the effects that touch the store, typed for one app, as
 * Redux Toolkit's `withTypes` helpers are. The functions returned are the ordinary effect
 * creators (no wrapper, no cost); only their types are narrowed.
 */
import type { Action, ActionPattern, End, TakeableChannel } from '../types.js'
import type { ActionOf } from '../effects/action-of.js'
import {
  put as untypedPut,
  putResolve as untypedPutResolve,
  select as untypedSelect,
  take as untypedTake,
  takeMaybe as untypedTakeMaybe,
  type Dispatched,
  type PutEffect,
  type SelectEffect,
  type TakeEffect,
} from '../effects/descriptors.js'

/** A dispatch function, as a store's (`typeof store.dispatch`, with its thunk overloads). */
export type AnyDispatch = (action: never) => unknown

/**
 * A thunk `dispatch` can run in this app: it receives the app's `dispatch` and `getState`. The
 * third argument (RTK's `extra`) is left open.
 */
export type AppThunk<RootState, AppDispatch> = (
  dispatch: AppDispatch,
  getState: () => RootState,
  extra: never,
) => unknown

/** What `put` accepts in an app: an action, or a thunk written for the app's state. */
export type Puttable<RootState, AppDispatch> = Action | AppThunk<RootState, AppDispatch>

/**
 * The typed effects `withTypes` returns.
 *
 * @example
 * const { select, put, putResolve, take } = withTypes<RootState, AppDispatch>()
 */
export interface TypedEffects<RootState, AppDispatch> {
  /**
   * Reads the state through `selector(state, ...args)`; the selector receives `RootState`, so an
   * inline arrow needs no annotation. With no selector, the whole state.
   *
   * @example
   * const todos = yield* select((state) => state.todos.items) // Todo[]
   */
  select(): SelectEffect<RootState>
  select<R, Args extends unknown[]>(
    selector: (state: RootState, ...args: Args) => R,
    ...args: Args
  ): SelectEffect<R>
  /**
   * Dispatches an action, or a thunk written for this app's state and dispatch.
   *
   * @example
   * yield* put(todoAdded(todo))
   */
  put<A extends Puttable<RootState, AppDispatch>>(action: A): PutEffect<A>
  /**
   * Dispatches and waits for what `dispatch` returned: for a `createAsyncThunk` thunk, its
   * fulfilled or rejected action.
   *
   * @example
   * const result = yield* putResolve(fetchTodos('all'))
   * if (fetchTodos.fulfilled.match(result)) console.log(result.payload.length)
   */
  putResolve<A extends Puttable<RootState, AppDispatch>>(action: A): PutEffect<A, Dispatched<A>>
  /**
   * Waits for an action matching `pattern`, typed from it (see `take` in `sagaloop/effects`).
   *
   * @example
   * const { payload } = yield* take(fetchTodos.fulfilled)
   */
  take<const P extends ActionPattern = '*'>(pattern?: P): TakeEffect<ActionOf<P>>
  take<T>(channel: TakeableChannel<T>): TakeEffect<T>
  /**
   * Like `take`, but `END` is delivered instead of ending the saga.
   *
   * @example
   * const action = yield* takeMaybe(todoAdded) // PayloadAction<Todo> | End
   */
  takeMaybe<const P extends ActionPattern = '*'>(pattern?: P): TakeEffect<ActionOf<P> | End>
  takeMaybe<T>(channel: TakeableChannel<T>): TakeEffect<T | End>
}

const typedEffects = {
  select: untypedSelect,
  put: untypedPut,
  putResolve: untypedPutResolve,
  take: untypedTake,
  takeMaybe: untypedTakeMaybe,
} as TypedEffects<unknown, unknown>

/**
 * The store effects typed for an app's `RootState` (and `AppDispatch`, for thunks), following
 * Redux Toolkit's `withTypes` convention. Call it once, next to the store, and import the result
 * in sagas.
 *
 * @example
 * // store.ts
 * export type RootState = ReturnType<typeof store.getState>
 * export type AppDispatch = typeof store.dispatch
 * export const { select, put, putResolve, take } = withTypes<RootState, AppDispatch>()
 *
 * // todos.saga.ts
 * const items = yield* select((state) => state.todos.items) // Todo[], no annotation
 */
export function withTypes<
  RootState,
  AppDispatch extends AnyDispatch = (action: Action) => unknown,
>(): TypedEffects<RootState, AppDispatch> {
  return typedEffects as TypedEffects<RootState, AppDispatch>
}
