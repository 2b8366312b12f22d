/**
 * A one-line rendering of a yielded value, for saga stacks, error messages and monitors:
 * `call(fetchUser, 42)`, `take("LOGIN")`, `put({"type":"SAVED"})`, `race({timeout, response})`.
 */
import { SAGA_LOCATION } from '../symbols.js'
import type { TaskMeta } from '../types.js'
import { delayP } from '../effects/descriptors.js'
import { helperName } from '../effects/helpers.js'

const MAX = 60

/**
 * Descriptions end up in consoles, logs and the inspector: values under keys that usually hold
 * secrets are masked, so `call(login, {"user":"alice","password":"•••"})` never shows a password.
 */
const SECRET =
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
  if ((value as Record<string, unknown>)['@@redux-saga/IO'] === true)
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

function describePayload(type: string, payload: unknown, mask: boolean): string {
  const p = (payload ?? {}) as Payload
  const args = (p.args ?? []).map((value) => brief(value, mask))
  switch (type) {
    case 'TAKE': {
      const name = p.maybe ? 'takeMaybe' : 'take'
      const what = [
        p.channel === undefined ? undefined : 'channel',
        p.pattern === undefined ? undefined : brief(p.pattern, mask),
      ]
      return `${name}(${what.filter((part) => part !== undefined).join(', ')})`
    }
    case 'PUT':
      return `${p.resolve ? 'putResolve' : 'put'}(${p.channel ? 'channel, ' : ''}${brief(p.action, mask)})`
    case 'CALL':
      if (p.fn === delayP) return `delay(${args.join(', ')})`
      if (helperName(p.fn)) return taskName(p)
      return `call(${[fnName(p, mask), ...args].join(', ')})`
    case 'CPS':
      return `cps(${[fnName(p, mask), ...args].join(', ')})`
    case 'FORK':
      if (helperName(p.fn) && !p.detached) return taskName(p)
      return `${p.detached ? 'spawn' : 'fork'}(${[fnName(p, mask), ...args].join(', ')})`
    case 'SELECT':
      return `select(${[brief(p.selector, mask), ...args].join(', ')})`
    case 'ALL':
    case 'RACE': {
      const keys = Array.isArray(payload) ? `[${payload.length}]` : `{${Object.keys(p).join(', ')}}`
      return `${type.toLowerCase()}(${keys})`
    }
    case 'ACTION_CHANNEL':
      return `actionChannel(${brief(p.pattern, mask)})`
    case 'JOIN':
      return `join(${describeTasks(payload)})`
    case 'CANCEL':
      return typeof payload === 'string' ? 'cancel()' : `cancel(${describeTasks(payload)})`
    case 'CANCELLED':
      return 'cancelled()'
    case 'FLUSH':
      return 'flush(channel)'
    case 'GET_CONTEXT':
      return `getContext(${brief(payload, mask)})`
    case 'SET_CONTEXT':
      return `setContext(${brief(payload, mask)})`
    case 'ABORT_SIGNAL':
      return 'abortSignal()'
    default:
      return `${type}(${brief(payload, mask)})`
  }
}

function describeTasks(tasks: unknown): string {
  const list = Array.isArray(tasks) ? tasks : [tasks]
  const names = list.map(
    (task) => (task as { meta?: { name?: string } } | null)?.meta?.name ?? 'task',
  )
  return Array.isArray(tasks) ? `[${names.join(', ')}]` : (names[0] ?? 'task')
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
    if (record['@@redux-saga/IO'] === true) {
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
