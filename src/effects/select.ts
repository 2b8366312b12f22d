/**
 * `select`: read the store's state; its record.
 */
import { asString, describeValue, fail } from '../errors.js'
import { defineEffect, runnerOf } from '../kernel/record.js'
import type { RunContext } from '../kernel/types.js'
import { type Effect, makeEffect } from './effect.js'

/** The payload of a `select` descriptor: the selector and its extra arguments. */
export interface SelectPayload {
  selector: (state: never, ...args: never[]) => unknown
  args: unknown[]
}
/** What `select` returns; `R` is the selector's result. */
export type SelectEffect<R = unknown> = Effect<'SELECT', SelectPayload, R>

type Tail<A extends unknown[]> = A extends [unknown, ...infer Rest] ? Rest : []

const identity = <T>(value: T): T => value

/**
 * Reads the store's state through `selector(state, ...args)`; with no selector, the whole state.
 * The extra arguments are checked against the selector's. For a selector that receives the app's
 * `RootState` without annotations, use `withTypes` from `sagaloop/toolkit`.
 *
 * @example
 * const user = yield* select(selectUserById, id) // User | undefined
 */
export function select(): SelectEffect<unknown>
export function select<F extends (state: never, ...args: never[]) => unknown>(
  selector: F,
  ...args: Tail<Parameters<F>>
): SelectEffect<ReturnType<F>>
export function select(...args: unknown[]): SelectEffect {
  const [selector = identity, ...rest] = args
  // Checked in development only, as redux-saga does: in production a selector that is not a
  // function fails when the effect runs. `process.env` is read only when something is wrong.
  // `selector === identity`: the selector given is undefined, or none is. A production bundle
  // drops the test but for the count of arguments, which it reads (a bundler keeps what comes
  // before a property read, hence the order).
  if (
    ((selector === identity && args.length > 0) || typeof selector !== 'function') &&
    process.env.NODE_ENV !== 'production'
  )
    checkSelector(args, selector)
  return makeEffect<SelectEffect>('SELECT', {
    selector: selector as SelectPayload['selector'],
    args: rest,
  })
}

function checkSelector(args: unknown[], selector: unknown): void {
  if (args.length > 0 && (args[0] === undefined || args[0] === null)) {
    fail(
      'NOT_A_FUNCTION',
      'select(selector, [...]): argument selector is undefined',
      `select(selector, ...args): the selector is ${String(args[0])}; pass a function of the state, or call select() for the whole state.`,
    )
  }
  if (typeof selector !== 'function') {
    fail(
      'NOT_A_FUNCTION',
      `select(selector, [...]): argument ${asString(selector)} is not a function`,
      `select(selector, ...args): the selector must be a function; got ${describeValue(selector)}.`,
    )
  }
}

/** `select` always completes at once: the selector's value, or its error. */
const selectNow = ({ selector, args }: SelectPayload, { env }: RunContext): unknown =>
  // No spread for the common no-argument selector: it is the hot path of `select`.
  args.length === 0
    ? (selector as Selector)(env.getState())
    : (selector as Selector)(env.getState(), ...args)

type Selector = (state: unknown, ...rest: unknown[]) => unknown

export const selectRecord = defineEffect({
  type: 'SELECT',
  key: 'select',
  run: runnerOf({ runNow: selectNow }),
  runNow: selectNow,
  describe:
    process.env.NODE_ENV !== 'production'
      ? (payload, d) => `select(${[d.value(payload.selector), ...d.args(payload)].join(', ')})`
      : undefined,
})
