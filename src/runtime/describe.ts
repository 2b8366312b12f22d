/**
 * A one-line rendering of a yielded value, for saga stacks, error messages and monitors:
 * `call(fetchUser, 42)`, `take("LOGIN")`, `put({"type":"SAVED"})`, `race({timeout, response})`.
 * Each effect's own rendering is its record's `describe`; this file gives them the shared parts.
 */
import { IO, SAGA_LOCATION } from '../symbols.js'
import type { TaskMeta } from '../types.js'
import type { Describer } from '../kernel/record.js'
import { helperName } from '../effects/helpers.js'
import { recordOf } from '../effects/records.js'

const MAX = 60

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
}

/** Describes an effect, a promise, an iterator or any other yielded value. */
export function describeEffect(
  effect: unknown,
  { maskSecrets = true }: DescribeOptions = {},
): string {
  const mask = maskSecrets
  if (typeof effect === 'object' && effect !== null) {
    const record = effect as Record<string, unknown>
    if (record[IO] === true) {
      const text = describePayload(String(record.type), record.payload, mask)
      const location = record[SAGA_LOCATION] as
        { fileName?: string; lineNumber?: number } | undefined
      return location ? `${text}  ${location.fileName}?${location.lineNumber}` : text
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

/** What a task knows of the saga it runs: its name (see `taskName`) and source location. */
export function metaOf(fn: unknown, args?: unknown[]): TaskMeta {
  const f = fn as { [SAGA_LOCATION]?: TaskMeta['location'] } | undefined
  return { name: taskName({ fn, args }), location: f?.[SAGA_LOCATION] }
}
