/**
 * A JSON-safe copy of an action for display and export, with values under secret-looking keys
 * (the same keys saga stacks and the inspector mask) replaced by `•••`.
 */
import { SECRET } from '../runtime/describe.js'

const MAX_DEPTH = 8

export function maskSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`
  if (typeof value === 'bigint' || typeof value === 'symbol') return String(value)
  if (typeof value !== 'object' || value === null) return value
  if (depth >= MAX_DEPTH) return '…'
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, depth + 1))
  if (value instanceof Error) return { name: value.name, message: value.message }
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    copy[key] =
      SECRET.test(key) && item !== undefined && item !== null ? '•••' : maskSecrets(item, depth + 1)
  }
  return copy
}
