/**
 * A one-line rendering of a yielded value, for saga stacks, error messages and monitors:
 * `call(fetchUser, 42)`, `take("LOGIN")`, `put({"type":"SAVED"})`, `race({timeout, response})`.
 * Each effect's own rendering is its record's `describe`; this file gives them the shared parts.
 */
import { IO, SAGA_LOCATION } from '../symbols.js'
import type { TaskMeta } from '../types.js'
import type { Describer } from '../kernel/record.js'
import { helperName } from '../effects/helper-names.js'
import { recordOf } from '../kernel/record.js'

const MAX = 60

/** A source location as redux-saga writes it: `src/sagas.js?12`. */
export const at = (location: { fileName?: string; lineNumber?: number }) =>
  `${location.fileName}?${location.lineNumber}`

/**
 * Descriptions end up in consoles, logs and the inspector: values under keys that usually hold
 * secrets are masked, so `call(login, {"user":"alice","password":"•••"})` never shows a password.
 */
export const SECRET =
  /pass(word|wd|phrase)?|secret|token|authorization|api[-_]?key|credential|cookie|session[-_]?id/i

function secretMasker(key: string, value: unknown): unknown {
  return key !== '' && SECRET.test(key) && value !== undefined && value !== null ? '•••' : value
}

type Payload = Record<string, unknown> & { args?: unknown[] }

function brief(value: unknown, mask: boolean): string {
  if (typeof value === 'function') {
    // An action creator (Redux Toolkit's `createAction`, redux-act...) reads best as its type:
    // its name is the same `actionCreator` for every one of them.
    const type = (value as { type?: unknown }).type
    return typeof type === 'string' ? JSON.stringify(type) : value.name || 'anonymous'
  }
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'symbol') return value.toString()
  if (typeof value !== 'object' || value === null) return String(value)
  if (Array.isArray(value)) return `[${value.map((value) => brief(value, mask)).join(', ')}]`
  if ((value as { [IO]?: unknown })[IO] === true)
    return describeEffect(value, { maskSecrets: mask })
  try {
    const json = JSON.stringify(value, mask ? secretMasker : undefined)
    return json.length > MAX ? `${json.slice(0, MAX - 3)}...` : json
  } catch {
    return Object.prototype.toString.call(value)
  }
}

function fnName(payload: Payload, mask: boolean): string {
  const name = brief(payload.fn, mask)
  const context = payload.context as { constructor?: { name?: string } } | null | undefined
  const owner = context && typeof context === 'object' ? context.constructor?.name : undefined
  return owner && owner !== 'Object' ? `${owner}.${name}` : name
}

function describer(mask: boolean): Describer {
  const value = (value: unknown) => brief(value, mask)
  return {
    value,
    args: (payload) => (payload.args ?? []).map(value),
    fn: (payload) => fnName(payload, mask),
    taskName,
    isHelper: (fn) => helperName(fn) !== undefined,
  }
}

// Two, made once: describing is on the path of every monitored effect.
const masked = describer(true)
const unmasked = describer(false)

function describePayload(type: string, payload: unknown, mask: boolean): string {
  const record = recordOf(type)
  if (record === undefined) return `${type}(${brief(payload, mask)})`
  // A foreign or hand-made descriptor may lack its payload: describe it as an empty one.
  return record.describe((payload ?? {}) as never, mask ? masked : unmasked)
}

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
  const mask = maskSecrets
  if (typeof effect === 'object' && effect !== null) {
    const record = effect as Record<string, unknown>
    if (record[IO] === true) {
      const text = describePayload(String(record.type), record.payload, mask)
      const location = record[SAGA_LOCATION] as
        { fileName?: string; lineNumber?: number } | undefined
      return location && withLocation ? `${text}  ${at(location)}` : text
    }
    if (typeof (record as { then?: unknown }).then === 'function') return 'a promise'
    if (typeof (record as { next?: unknown }).next === 'function') return 'an iterator'
  }
  return brief(effect, mask)
}

/**
 * The name of the task a `fork`/`call` payload starts: the function's name, or for the helpers
 * what the user wrote, `takeLatest("search/changed", searchWorker)`, as redux-saga names them.
 */
export function taskName(payload: { fn?: unknown; args?: unknown[] }): string {
  const helper = helperName(payload.fn)
  if (helper === undefined)
    return (payload.fn as { name?: string } | undefined)?.name || 'anonymous'
  return `${helper}(${(payload.args ?? []).map((value) => brief(value, true)).join(', ')})`
}

/**
 * The names redux-saga gives its tasks, which its saga stack shows: for a forked helper, the name
 * its iterator carries (`takeEvery(GO, worker)`: pattern as `String`, worker by name); for a
 * called one, the function's name in redux-saga's build (`retry$1`); for a forked function that
 * is not a generator, `iterator`. sagaloop's own names read better and stay in `task.meta` and
 * `sagaFrames`.
 */
const CALLED_HELPERS: Readonly<Record<string, string>> = {
  takeEvery: 'takeEvery$1',
  takeLatest: 'takeLatest$1',
  takeLeading: 'takeLeading$1',
  throttle: 'throttle$1',
  retry: 'retry$1',
  debounce: 'debounceHelper',
}
const reduxSagaNames = new WeakMap<TaskMeta, string>()

function safeName(pattern: unknown): string {
  if (
    typeof pattern === 'object' &&
    pattern !== null &&
    typeof (pattern as { take?: unknown }).take === 'function'
  )
    return 'channel'
  if (typeof pattern === 'function')
    return Object.prototype.hasOwnProperty.call(pattern, 'toString')
      ? String(pattern)
      : pattern.name
  return String(pattern)
}

function forkedHelperName(helper: string, args: unknown[]): string {
  const nameOf = (fn: unknown) => String((fn as { name?: unknown } | undefined)?.name)
  if (helper === 'retry') return `retry(${nameOf(args[2])})`
  const timed = helper === 'throttle' || helper === 'debounce'
  const [pattern, worker] = timed ? [args[1], args[2]] : [args[0], args[1]]
  return `${helper}(${safeName(pattern)}, ${nameOf(worker)})`
}

/** The name redux-saga would give the task with `meta`, as its saga stack shows it. */
export function reduxSagaName(meta: TaskMeta): string {
  return reduxSagaNames.get(meta) ?? meta.name
}

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
  const f = fn as { [SAGA_LOCATION]?: TaskMeta['location'] } | undefined
  const meta = { name: taskName({ fn, args }), location: f?.[SAGA_LOCATION] }
  const helper = helperName(fn)
  if (how === 'iterator') reduxSagaNames.set(meta, 'iterator')
  else if (helper !== undefined)
    reduxSagaNames.set(
      meta,
      how === 'fork' ? forkedHelperName(helper, args) : (CALLED_HELPERS[helper] ?? helper),
    )
  return meta
}
