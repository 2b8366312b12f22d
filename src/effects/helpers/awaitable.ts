/**
 * Awaitable actions: an action whose `dispatch` returns a promise of the result of the saga
 * worker that handles it. `awaitable<R>()(creator)` wraps an action creator (Redux Toolkit's
 * `createAction`, a slice's action, anything with a `type`); `awaiting<R>(action)` marks one
 * action. The mark is kept beside the action (a WeakMap), never in it: the action stays the
 * plain object the reducers, Redux DevTools, the serializable check and `toEqual` expect.
 * `R` is carried in the type only, so `await dispatch(save(doc))` is typed.
 */
import type { Action, UnknownAction } from '../../types.js'
import { describeValue, fail } from '../../errors.js'

/** Options of an awaited dispatch. */
export interface AwaitOptions {
  /** Reject with a `SagaError` coded `TIMEOUT` after this many ms (the worker keeps running). */
  readonly timeout?: number
}

/** The type-level brand of an awaitable action; it has no runtime presence. */
export declare const AWAITS: unique symbol

/** What the brand says: the result the handling worker returns. */
export interface AwaitMark<R> {
  readonly result: R
}

/**
 * An action `dispatch` returns a `Promise<R>` for (with the saga middleware mounted).
 *
 * @example
 * const action: AwaitableAction<PayloadAction<Doc>, SavedDoc> = saveDoc(doc)
 * const saved = await store.dispatch(action) // SavedDoc
 */
export type AwaitableAction<A = Action, R = unknown> = A & { readonly [AWAITS]: AwaitMark<R> }

/** The result an awaitable action (or its creator) promises; `unknown` for any other. */
export type AwaitedResult<T> = T extends (...args: never[]) => infer A
  ? AwaitedResult<A>
  : T extends { readonly [AWAITS]: AwaitMark<infer R> }
    ? R
    : unknown

/** An action creator whose actions are awaitable; it keeps the creator's `type` and `match`. */
export type AwaitableCreator<C extends (...args: never[]) => object, R> = ((
  ...args: Parameters<C>
) => AwaitableAction<ReturnType<C>, R>) &
  Omit<C, never>

const marks = new WeakMap<object, AwaitOptions>()

/** Whether `options.timeout` is not a number of ms (0 or more): the callers fail with their name. */
const badTimeout = ({ timeout }: AwaitOptions): boolean =>
  timeout !== undefined && !(typeof timeout === 'number' && timeout >= 0)

const invalidTimeout = (name: string, { timeout }: AwaitOptions) =>
  `${name}: options.timeout must be a number of ms (0 or more); got ${describeValue(timeout)}.`

/**
 * Marks `action` as awaited: dispatched through a store with the saga middleware, `dispatch`
 * returns a promise of the handling worker's result. The action object is not changed.
 *
 * @example
 * const saved = await store.dispatch(awaiting<SavedDoc>({ type: 'docs/save', payload: doc }))
 */
export function awaiting<R = unknown, A extends Action = UnknownAction>(
  action: A,
  options: AwaitOptions = {},
): AwaitableAction<A, R> {
  if (typeof action !== 'object' || action === null) {
    fail(
      'INVALID_ACTION',
      `awaiting(action): action must be an object; got ${describeValue(action)}.`,
    )
  }
  if (badTimeout(options))
    fail('INVALID_OPTION', invalidTimeout('awaiting(action, options)', options))
  marks.set(action, options)
  return action as AwaitableAction<A, R>
}

/**
 * Wraps an action creator so that each action it creates is awaitable. `R` is the result of the
 * saga worker that handles the action (`SagaReturnType<typeof worker>`).
 *
 * @example
 * export const saveDoc = awaitable<SavedDoc>()(createAction<Doc>('docs/save'))
 * const saved = await store.dispatch(saveDoc(doc)) // SavedDoc
 */
export function awaitable<R>(
  options: AwaitOptions = {},
): <C extends ((...args: never[]) => object) & { type: string }>(
  creator: C,
) => AwaitableCreator<C, R> {
  if (badTimeout(options)) fail('INVALID_OPTION', invalidTimeout('awaitable(options)', options))
  return <C extends ((...args: never[]) => object) & { type: string }>(creator: C) => {
    if (typeof creator !== 'function' || typeof creator.type !== 'string') {
      fail(
        'NOT_A_FUNCTION',
        `awaitable()(creator): creator must be an action creator with a string \`type\` (Redux Toolkit's createAction, a slice's action); got ${describeValue(creator)}. Hint: for a single action, use awaiting(action).`,
      )
    }
    const create = creator as unknown as (...args: unknown[]) => object
    function awaitableCreator(this: unknown, ...args: unknown[]): object {
      const action = create.apply(this, args)
      marks.set(action, options)
      return action
    }
    // `type`, `match` and `toString` stay, so the wrapped creator works as a pattern.
    Object.assign(awaitableCreator, creator)
    Object.defineProperty(awaitableCreator, 'name', { value: creator.name || creator.type })
    const type = creator.type
    awaitableCreator.toString = () => type
    return awaitableCreator as unknown as AwaitableCreator<C, R>
  }
}

/** The options `action` was marked with, removing the mark (a mark answers one dispatch). */
export const takeAwaitMark = (action: unknown): AwaitOptions | undefined => {
  // A WeakMap has no entry for a value that is not an object: no need to test for one.
  const options = marks.get(action as object)
  if (options) marks.delete(action as object)
  return options
}
