/**
 * Multi-line renderings of effects and values, stable enough to diff and to snapshot: one field
 * per line, functions by name, tasks and channels by what they are rather than their insides.
 */
import { IO, TASK } from '../symbols.js'
import { enumerableKeys } from './equality.js'

const MAX_DEPTH = 8

function isChannelLike(value: object): boolean {
  const record = value as Record<string, unknown>
  return (
    typeof record.take === 'function' &&
    (typeof record.put === 'function' || typeof record.flush === 'function') &&
    typeof record.close === 'function'
  )
}

function formatKey(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)
}

function formatPrimitive(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'symbol') return value.toString()
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`
  if (Object.is(value, -0)) return '-0'
  return String(value)
}

function block(open: string, close: string, lines: string[], indent: string): string {
  if (lines.length === 0) return `${open}${close}`
  const inner = lines.map((line) => `${indent}  ${line},`).join('\n')
  return `${open}\n${inner}\n${indent}${close}`
}

function formatObject(value: object, indent: string, stack: object[]): string {
  const record = value as Record<string | symbol, unknown>
  if (record[TASK] === true) {
    const name = (value as { meta?: { name?: string } }).meta?.name
    return name ? `[Task ${name}]` : '[Task]'
  }
  if (value instanceof Error) return `[${value.name}: ${value.message}]`
  if (value instanceof Date) return `Date(${value.toISOString()})`
  if (value instanceof RegExp) return String(value)
  if (record[IO] !== true && isChannelLike(value)) return '[Channel]'
  if (stack.includes(value)) return '[Circular]'
  if (stack.length >= MAX_DEPTH) return Array.isArray(value) ? '[Array]' : '[Object]'
  const nested = [...stack, value]
  const child = (item: unknown) => formatAt(item, `${indent}  `, nested)
  if (Array.isArray(value)) return block('[', ']', value.map(child), indent)
  if (value instanceof Map) {
    const lines = [...value].map(([key, item]) => `${child(key)} => ${child(item)}`)
    return block('Map {', '}', lines, indent)
  }
  if (value instanceof Set) return block('Set {', '}', [...value].map(child), indent)
  if (record[IO] === true) {
    // An effect reads as its type and payload; the IO marker and `combinator` are noise.
    return `${String(record.type)} ${formatAt(record.payload, indent, nested)}`
  }
  const proto: unknown = Object.getPrototypeOf(value)
  const name =
    proto === null || proto === Object.prototype
      ? ''
      : `${(proto as { constructor?: { name?: string } }).constructor?.name ?? 'Object'} `
  const lines = enumerableKeys(value).map((key) => `${formatKey(key)}: ${child(record[key])}`)
  return block(`${name}{`, '}', lines, indent)
}

function formatAt(value: unknown, indent: string, stack: object[]): string {
  if (typeof value !== 'object' || value === null) return formatPrimitive(value)
  return formatObject(value, indent, stack)
}

/** Renders `value` over several lines, for failure messages and diffs. */
export function format(value: unknown): string {
  return formatAt(value, '', [])
}
