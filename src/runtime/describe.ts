/**
 * A one-line rendering of a yielded value, for saga stacks, error messages and monitors:
 * `call(fetchUser, 42)`, `take("LOGIN")`, `put({"type":"SAVED"})`, `race({timeout, response})`.
 * Each effect's own rendering is its record's `describe`; this file gives them the shared parts.
 */
import { IO, SAGA_LOCATION } from '../symbols.js'
import type { SourceLocation, TaskMeta } from '../types.js'
import type { Describer } from '../kernel/record.js'
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

/** `values`, each rendered by `brief`, comma-separated. */
const list = (values: readonly unknown[], mask: boolean): string =>
  values.map((value) => brief(value, mask)).join(', ')

/**
 * Any value in a line: strings and action types quoted, functions by name, effects by their
 * record's rendering (with the location a plugin recorded, unless `withLocation` is false),
 * other objects as JSON cut at 60 characters.
 */
function brief(value: unknown, mask: boolean, withLocation = true): string {
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
  if (Array.isArray(value)) return `[${list(value, mask)}]`
  const effect = value as Record<string, unknown>
  if (effect[IO] === true) {
    const type = String(effect.type)
    const record = recordOf(type)
    // A foreign or hand-made descriptor may lack its payload: describe it as an empty one.
    const text = record
      ? record.describe((effect.payload ?? {}) as never, mask ? masked : unmasked)
      : `${type}(${brief(effect.payload, mask)})`
    return withLocation ? text + at(effect[SAGA_LOCATION] as SourceLocation | undefined) : text
  }
  try {
    const json = JSON.stringify(value, mask ? secretMasker : undefined)
    return json.length > 60 ? `${json.slice(0, 57)}...` : json
  } catch {
    return Object.prototype.toString.call(value)
  }
}

function describer(mask: boolean): Describer {
  const value = (value: unknown) => brief(value, mask)
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
// bundle that only needs `SECRET` (sagaloop/devtools) drops them and the describing with them.
const masked = /* @__PURE__ */ describer(true)
const unmasked = /* @__PURE__ */ describer(false)

export interface DescribeOptions {
  /** Mask values under secret-looking keys (default). Test failure messages show them. */
  maskSecrets?: boolean
  /** Append the source location a plugin recorded on the effect (default). */
  withLocation?: boolean
}

/** Describes an effect, a promise, an iterator or any other yielded value. */
export function describeEffect(
  effect: unknown,
  { maskSecrets = true, withLocation = true }: DescribeOptions = {},
): string {
  type Yielded = { [IO]?: unknown; then?: unknown; next?: unknown }
  if (typeof effect === 'object' && effect !== null && (effect as Yielded)[IO] !== true) {
    if (typeof (effect as Yielded).then === 'function') return 'a promise'
    if (typeof (effect as Yielded).next === 'function') return 'an iterator'
  }
  return brief(effect, maskSecrets, withLocation)
}

/** The task name of `fn(...args)`, `helper` being `helperName(fn)`. */
const nameOf = (fn: unknown, args: readonly unknown[], helper: string | undefined): string =>
  helper === undefined
    ? (fn as { name?: string } | undefined)?.name || 'anonymous'
    : `${helper}(${list(args, true)})`

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
 * called one, the function's name in redux-saga's build (`retry$1`, `debounceHelper`); for a
 * forked function that is not a generator, `iterator`. sagaloop's own names read better and stay
 * in `task.meta` and `sagaFrames`.
 */
const reduxSagaNames = new WeakMap<TaskMeta, string>()

const calledHelperName = (helper: string): string =>
  /^(take(Every|Latest|Leading)|throttle|retry)$/.test(helper)
    ? `${helper}$1`
    : helper === 'debounce'
      ? 'debounceHelper'
      : helper

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
      how === 'fork' ? forkedHelperName(helper, args) : calledHelperName(helper),
    )
  return meta
}
