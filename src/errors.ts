/**
 * Every error sagaloop raises for a user's mistake is a `SagaError` with a stable `code` and a
 * message that says what was received and what to do instead (each written where the mistake is
 * detected; docs/errors.md lists them by code). This file depends only on symbols.ts, so every
 * layer, effect creators included, can use it.
 */
import { IO } from './symbols.js'

/** The codes of the errors sagaloop throws for misuse. */
export type SagaErrorCode =
  | 'NOT_A_FUNCTION'
  | 'NOT_A_GENERATOR'
  | 'INVALID_PATTERN'
  | 'INVALID_ACTION'
  | 'INVALID_CHANNEL'
  | 'INVALID_BUFFER'
  | 'INVALID_EFFECT'
  | 'INVALID_TASK'
  | 'INVALID_CONTEXT'
  | 'INVALID_OPTION'
  | 'MIDDLEWARE_NOT_MOUNTED'
  | 'BUFFER_OVERFLOW'
  | 'FROZEN_ACTION'
  | 'ASYNC_GENERATOR'
  | 'SETTLE_TIMEOUT'
  | 'KEY_OF_FAILED'
  | 'INVALID_KEY'
  | 'CANCELLED'
  | 'TIMEOUT'
  | 'UNHANDLED_ACTION'
  | 'ALREADY_AWAITED'

/**
 * What a production build says when a message was dropped. The build (tsdown.dev-messages.ts)
 * makes sagaloop's hints (and messages without a redux-saga text) development-only, as Redux
 * does, so an app's bundle carries none of them. The reader is sent to docs/errors.md, where
 * every code has a section.
 */
const productionMessage = (code: SagaErrorCode): string =>
  `sagaloop error ${code}; see https://github.com/sagaloop/sagaloop/blob/main/docs/errors.md#${code.toLowerCase()} for the full message, or run a development build.`

/**
 * An error about how sagaloop was used. `code` is stable. The message begins with redux-saga's
 * own message for the same mistake, verbatim, so searches, logs and tests made with redux-saga
 * still match; sagaloop's explanation follows on the next line(s) and is also in `hint`.
 */
export class SagaError extends Error {
  // Declared, not class fields: the constructor sets them, in this order, with no field
  // initialisers emitted before it.
  /** What went wrong, as a stable code to test for; each is described in `docs/errors.md`. */
  declare readonly code: SagaErrorCode
  /** sagaloop's explanation and what to do instead (also in the message, unless `exact`). */
  declare readonly hint: string | undefined
  /** The message is redux-saga's, to the letter: additions (such as the saga's name) go to `hint`. */
  declare readonly exact: boolean
  /**
   * @param message redux-saga's message for the mistake (or sagaloop's, where it has none).
   * @param hint what was received and what to do; appended to the message on a new line.
   * @param exact keep the message exactly `message` (redux-saga's own tests compare it whole);
   *   the hint is then only in `hint`.
   */
  constructor(code: SagaErrorCode, message: string, hint?: string, exact = false) {
    super(!hint || exact ? message || productionMessage(code) : `${message}\n${hint}`)
    // Not enumerable, and the name stays `Error`: redux-saga throws plain `Error`s, and a test
    // that compares one with `toEqual(new Error(message))`, or a snapshot of it, must see no
    // difference. `instanceof SagaError` and `code` tell them apart.
    Object.defineProperties(this, {
      code: { value: code, writable: true },
      hint: { value: hint, writable: true },
      exact: { value: exact, writable: true },
    })
  }
}

/** Throws a `SagaError`: redux-saga's words first, sagaloop's hint on the next line. */
export function fail(code: SagaErrorCode, message: string, hint?: string): never {
  throw new SagaError(code, message, hint)
}

/** Throws a `SagaError` whose message is exactly redux-saga's; the hint goes to `hint` only. */
export function failExact(code: SagaErrorCode, message: string, hint: string): never {
  throw new SagaError(code, message, hint, true)
}

/** A short, safe rendering of any value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'symbol') return value.toString()
  // Objects are handled below: what is left here is a number, a boolean or a bigint.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  if (typeof value !== 'object') return String(value)
  if (Array.isArray(value)) return `an array of ${value.length}`
  const effect = value as { [IO]?: unknown; type?: unknown }
  if (effect[IO] === true) return `a ${String(effect.type)} effect`
  try {
    const json = JSON.stringify(value)
    return json.length > 80 ? `${json.slice(0, 77)}...` : json
  } catch {
    return Object.prototype.toString.call(value)
  }
}

/** A value as redux-saga's messages show it (`"..." + value`), without throwing for any value. */
export function asString(value: unknown): string {
  try {
    return String(value)
  } catch {
    return Object.prototype.toString.call(value)
  }
}
