/**
 * A one-line rendering of a yielded value, for saga stacks, error messages and monitors:
 * `call(fetchUser, 42)`, `take("LOGIN")`, `put({"type":"SAVED"})`, `race({timeout, response})`.
 * Each effect's own rendering is its record's `describe`, development-only; this file gives them
 * the shared parts, and what a production build shows instead (see `EffectText`).
 */
import { IO, SAGA_LOCATION } from '../symbols.js'
import type { SourceLocation, TaskMeta } from '../types.js'
import type { Describer } from '../kernel/record.js'
import { delayP } from '../effects/delay-p.js'
import { helperName } from '../effects/helper-names.js'
import { recordOf } from '../kernel/record.js'

/**
 * A recorded source location as redux-saga appends it to a name or an effect:
 * `  src/sagas.js?12` (two spaces first); nothing when no location was recorded.
 */
export const at = (location: SourceLocation | undefined): string =>
  location ? `  ${location.fileName}?${location.lineNumber}` : ''

/**
 * Descriptions end up in consoles, logs and the inspector: values under keys that usually hold
 * secrets are masked, so `call(login, {"user":"alice","password":"•••"})` never shows a password.
 * Only ever `test`ed against a key: `pass` covers password, passwd and passphrase.
 */
export const SECRET =
  /pass|secret|token|authorization|api[-_]?key|credential|cookie|session[-_]?id/i

// A JSON.stringify replacer: the root has the key '', and a missing value stays missing.
const secretMasker = (key: string, value: unknown): unknown =>
  key && SECRET.test(key) && value != null ? '•••' : value

/** A descriptor: `effect[IO] === true`. */
type Descriptor = Record<string | symbol, unknown>

/**
 * How an effect reads in a line. In development, as its record renders it (`rendered`). A
 * production build carries no rendering (records' `describe` is development-only, as long
 * messages are): there the runtime's own text (saga frames, busy tasks, an effect among a
 * helper's arguments) reads an effect as its type, `CALL` (`typeOf`), and `describeEffect`,
 * which only the monitor, devtools and the testing kit call, sketches it from its payload
 * (`sketch`): an app pays for that only when it uses one of them.
 */
type EffectText = (effect: Descriptor, mask: boolean) => string

const typeOf: EffectText = (effect) => String(effect.type)

/** `values`, each rendered by `brief`, comma-separated. */
const list = (values: readonly unknown[], mask: boolean, text: EffectText): string =>
  values.map((value) => brief(value, mask, text)).join(', ')

/**
 * Any value in a line: strings and action types quoted, functions by name, effects by their
 * record's rendering in development and by `production` in a production build (with the
 * location a plugin recorded, unless `withLocation` is false), other objects as JSON cut at 60
 * characters.
 */
function brief(value: unknown, mask: boolean, production: EffectText, withLocation = true): string {
  if (typeof value === 'function') {
    // An action creator (Redux Toolkit's `createAction`, redux-act...) reads best as its type:
    // its name is the same `actionCreator` for every one of them.
    const type = (value as { type?: unknown }).type
    if (typeof type !== 'string') return value.name || 'anonymous'
    value = type
  }
  if (typeof value === 'string') return JSON.stringify(value)
  // A symbol too: `String(symbol)` renders it (only implicit conversions of a symbol throw).
  if (typeof value !== 'object' || value === null) return String(value)
  if (Array.isArray(value)) return `[${list(value, mask, production)}]`
  const effect = value as Descriptor
  if (effect[IO] === true) {
    // Read here, when an effect is met, and not per task name: the check costs a lookup in Node.
    const text = (process.env.NODE_ENV !== 'production' ? rendered : production)(effect, mask)
    return withLocation ? text + at(effect[SAGA_LOCATION] as SourceLocation | undefined) : text
  }
  try {
    const json = JSON.stringify(value, mask ? secretMasker : undefined)
    return json.length > 60 ? `${json.slice(0, 57)}...` : json
  } catch {
    return Object.prototype.toString.call(value)
  }
}

/** An effect as its record renders it (development only: see `EffectText`). */
function rendered(effect: Descriptor, mask: boolean): string {
  const type = String(effect.type)
  const describe = recordOf(type)?.describe
  // A foreign or hand-made descriptor may lack its payload: describe it as an empty one.
  return describe
    ? describe((effect.payload ?? {}) as never, mask ? masked : unmasked)
    : `${type}(${brief(effect.payload, mask, typeOf)})`
}

function describer(mask: boolean): Describer {
  const value = (value: unknown) => brief(value, mask, typeOf)
  return {
    value,
    args: (payload) => (payload.args ?? []).map(value),
    fn: ({ fn, context }) => {
      const name = value(fn)
      const owner =
        context && typeof context === 'object'
          ? (context as { constructor?: { name?: string } }).constructor?.name
          : undefined
      return owner && owner !== 'Object' ? `${owner}.${name}` : name
    },
    taskName,
    isHelper: (fn) => helperName(fn) !== undefined,
  }
}

// Two, made once: describing is on the path of every monitored effect. Marked pure, so that a
// bundle that renders no effect (production, sagaloop/devtools) drops them with the renderings.
const masked = /* @__PURE__ */ describer(true)
const unmasked = /* @__PURE__ */ describer(false)

interface Payload {
  fn?: unknown
  args?: unknown[]
  selector?: unknown
  action?: unknown
  pattern?: unknown
}

/**
 * An effect as a production build's `describeEffect` renders it, for the monitor and devtools:
 * its creator (the record's key) and the values its payload holds, read from the payload alone.
 * The text of development for `take`, `put`, `select`, `call` and `fork` of a function, `delay`,
 * the helpers, `all` and `race`; a variant reads as its effect (`putResolve` as `put`,
 * `takeMaybe` as `take`, `spawn` as `fork`), a call's owner and a channel are left out, and the
 * other effects show no argument: `join()`.
 */
function sketch(effect: Descriptor, mask: boolean): string {
  const payload = (effect.payload ?? {}) as Payload
  const { fn, args = [] } = payload
  if (helperName(fn) !== undefined) return taskName(payload)
  const type = String(effect.type)
  // `all` and `race` show their children's shape, as in development: `race({won, timeout})`.
  if (type === 'ALL' || type === 'RACE')
    return `${type.toLowerCase()}(${Array.isArray(payload) ? `[${payload.length}]` : `{${Object.keys(payload).join(', ')}}`})`
  const main = fn ?? payload.selector ?? payload.action ?? payload.pattern
  const name = fn === delayP ? 'delay' : (recordOf(type)?.key ?? type)
  const values = fn === delayP || main === undefined ? args : [main, ...args]
  return `${name}(${values.map((value) => brief(value, mask, sketch)).join(', ')})`
}

export interface DescribeOptions {
  /** Mask values under secret-looking keys (default). Test failure messages show them. */
  maskSecrets?: boolean
  /** Append the source location a plugin recorded on the effect (default). */
  withLocation?: boolean
}

/** A value's line: 'a promise', 'an iterator', or `brief`'s. */
function line(effect: unknown, mask: boolean, production: EffectText, withLocation: boolean) {
  type Yielded = { [IO]?: unknown; then?: unknown; next?: unknown }
  if (typeof effect === 'object' && effect !== null && (effect as Yielded)[IO] !== true) {
    if (typeof (effect as Yielded).then === 'function') return 'a promise'
    if (typeof (effect as Yielded).next === 'function') return 'an iterator'
  }
  return brief(effect, mask, production, withLocation)
}

/**
 * Describes an effect, a promise, an iterator or any other yielded value: `call(fetchUser, 42)`.
 * A production build sketches an effect from its payload (see `sketch`).
 */
export function describeEffect(
  effect: unknown,
  { maskSecrets = true, withLocation = true }: DescribeOptions = {},
): string {
  return line(effect, maskSecrets, sketch, withLocation)
}

/**
 * The effect a saga was on, for its saga frame and for a busy task of `settled({ timeout })`:
 * described, secrets masked, as `describeEffect` does; its type (`CALL`) in a production build,
 * which carries no rendering.
 */
export const effectLine = (effect: unknown, withLocation = true): string =>
  line(effect, true, typeOf, withLocation)

/** The task name of `fn(...args)`, `helper` being `helperName(fn)`. */
const nameOf = (fn: unknown, args: readonly unknown[], helper: string | undefined): string =>
  helper === undefined
    ? (fn as { name?: string } | undefined)?.name || 'anonymous'
    : `${helper}(${list(args, true, typeOf)})`

/**
 * The name of the task a `fork`/`call` payload starts: the function's name, or for the helpers
 * what the user wrote, `takeLatest("search/changed", searchWorker)`, as redux-saga names them.
 */
export function taskName(payload: { fn?: unknown; args?: unknown[] }): string {
  // A declaration (hoisted), not a const: the describers above are made when this module loads.
  return nameOf(payload.fn, payload.args ?? [], helperName(payload.fn))
}

/**
 * The names redux-saga gives its tasks, which its saga stack shows: for a forked helper, the name
 * its iterator carries (`takeEvery(GO, worker)`: pattern as `String`, worker by name); for a
 * called one, the function's name, which is redux-saga's (`retry$1`, `debounceHelper`: see
 * effects/helper-names.ts); for a forked function that is not a generator, `iterator`.
 * sagaloop's own names read better and stay in `task.meta` and `sagaFrames`.
 */
const reduxSagaNames = new WeakMap<TaskMeta, string>()

function forkedHelperName(helper: string, args: unknown[]): string {
  const nameOf = (fn: unknown) => String((fn as { name?: unknown } | undefined)?.name)
  if (helper === 'retry') return `retry(${nameOf(args[2])})`
  // The timed helpers take `ms` first.
  const i = helper === 'throttle' || helper === 'debounce' ? 1 : 0
  const pattern = args[i]
  const shown =
    typeof pattern === 'function'
      ? Object.hasOwn(pattern, 'toString')
        ? String(pattern)
        : pattern.name
      : typeof (pattern as { take?: unknown } | null | undefined)?.take === 'function'
        ? 'channel'
        : String(pattern)
  return `${helper}(${shown}, ${nameOf(args[i + 1])})`
}

/** The name redux-saga would give the task with `meta`, as its saga stack shows it. */
export const reduxSagaName = (meta: TaskMeta): string => reduxSagaNames.get(meta) ?? meta.name

/**
 * What a task knows of the saga it runs: its name (see `taskName`) and source location. `how`
 * says how it was started, for the name redux-saga would give it: `iterator` is a fork of a
 * function that did not return an iterator.
 */
export function metaOf(
  fn: unknown,
  args: unknown[] = [],
  how: 'call' | 'fork' | 'iterator' = 'call',
): TaskMeta {
  const helper = helperName(fn)
  const meta = {
    name: nameOf(fn, args, helper),
    location: (fn as { [SAGA_LOCATION]?: SourceLocation } | undefined)?.[SAGA_LOCATION],
  }
  if (how === 'iterator') reduxSagaNames.set(meta, 'iterator')
  else if (helper !== undefined)
    reduxSagaNames.set(
      meta,
      how === 'fork' ? forkedHelperName(helper, args) : (fn as { name: string }).name,
    )
  return meta
}
