/**
 * The texts of the errors and warnings raised by the lifecycle features (supervision, resources,
 * `settled()`, hot swap) and by the checks that keep errors from being lost. Kept in one place so
 * that their wording can be reviewed, and aligned with redux-saga's where it has one, at once.
 * redux-saga has no message for any of these (it accepts the inputs silently), so each starts
 * with the call that was wrong, as the other sagaloop messages do.
 */
import { describeValue, SagaError } from './errors.js'

export const invalidDelay = (ms: unknown) =>
  `delay(ms): ms must be a finite number of milliseconds, 0 or more; got ${describeValue(ms)}.`

export const invalidBufferLimit = (name: string, limit: unknown) =>
  `buffers.${name}(limit): the limit must be a positive integer; got ${describeValue(limit)}.`

/**
 * Printed in production too (once per monitor: a broken monitor must not go unnoticed), there in
 * short, as production messages are.
 */
export const monitorHookThrew = (hook: string) =>
  process.env.NODE_ENV !== 'production'
    ? `sagaloop: the saga monitor's ${hook} hook threw; the sagas run on, and later errors of this monitor are not reported again.`
    : `sagaloop: sagaMonitor.${hook} threw`

export const finallyFailedAfterCancel = (name: string) =>
  `sagaloop: saga "${name}" failed in a finally block after it was cancelled.`

export const invalidSupervisorOption = (name: string, value: unknown, expected: string) =>
  `supervise(options, saga): options.${name} must be ${expected}; got ${describeValue(value)}.`

export const superviseNotAFunction = (value: unknown) =>
  `supervise(saga, ...args): saga must be a generator function; got ${describeValue(value)}.`

export const invalidRelease = (value: unknown) =>
  `use(resource, release): release must be a function; got ${describeValue(value)}.`

export const notAResource = (value: unknown) =>
  `use(resource): ${describeValue(value)} has no close() method. Pass a channel, or use(acquired, release) with the function that releases it.`

export const settleTimeout = (ms: number, busy: readonly string[]) =>
  `settled(): still busy after ${ms} ms:\n${busy.map((line) => `  ${line}`).join('\n')}`

export const invalidKey = (key: unknown) =>
  `sagaMiddleware.runKeyed(key, saga): the key must be a string or a symbol; got ${describeValue(key)}.`

const named = new WeakSet<SagaError>()

/**
 * Adds the saga's name to a misuse error raised inside it (an effect creator's check, a runner's),
 * once: the message keeps redux-saga's words first and says where it happened last (in the hint
 * only, where the message is redux-saga's to the letter). Only
 * sagaloop's own `SagaError`s are touched; a user's errors pass through unchanged.
 */
export function nameSaga(error: unknown, name: string): void {
  if (!(error instanceof SagaError) || named.has(error)) return
  named.add(error)
  if (error.message.includes(`saga "${name}"`)) return
  const where = ` (in saga "${name}")`
  // The hint says where; an exact message (redux-saga's tests compare it whole) stays as it is.
  if (error.hint !== undefined) (error as { hint: string }).hint += where
  if (!error.exact) error.message += where
}

/**
 * The hint for an effect type with no runner. The runtime carries take, put, call, fork,
 * select, cancel and cancelled; every other effect's runner comes with its creator, whose name
 * is its type in camelCase (`ACTION_CHANNEL`: `actionChannel`). So no list here to keep up.
 */
export const unknownEffectHint = (type: unknown): string => {
  const name = String(type)
  if (!/^[A-Z]+(_[A-Z]+)*$/.test(name))
    return 'Yield effects made by the creators of sagaloop/effects (or redux-saga-compatible descriptors of a type it knows).'
  const creator = name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  return `If ${name} is a sagaloop effect, its runner comes with its creator \`${creator}\`, which this bundle does not include: the effect was made by another library's creator. Build it with \`${creator}\` from 'sagaloop/effects'.`
}
