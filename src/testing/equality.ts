/**
 * Structural equality for effects, actions and results, with no test runner behind it. Functions
 * compare by identity, class instances must share their constructor, and non-enumerable fields
 * (such as the `@@redux-saga/SAGA_ACTION` flag `put` adds) are ignored, and so are fields set to
 * `undefined` (a `race` result lists only its winner): the rules of `toEqual`.
 */

type Pairs = [object, object][]

/** Own enumerable keys, symbols included: what `toEqual` compares (and `format` prints). */
export function enumerableKeys(value: object): (string | symbol)[] {
  const symbols = Object.getOwnPropertySymbols(value).filter((symbol) =>
    Object.prototype.propertyIsEnumerable.call(value, symbol),
  )
  return [...Object.keys(value), ...symbols]
}

function constructorOf(value: object): unknown {
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto === null) return Object
  return (proto as { constructor?: unknown }).constructor
}

function equalObjects(a: object, b: object, seen: Pairs): boolean {
  if (seen.some(([x, y]) => x === a && y === b)) return true
  if (constructorOf(a) !== constructorOf(b)) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (a instanceof Date) return a.getTime() === (b as Date).getTime()
  if (a instanceof RegExp)
    return a.source === (b as RegExp).source && a.flags === (b as RegExp).flags
  if (a instanceof Error) {
    const other = b as Error
    if (a.name !== other.name || a.message !== other.message) return false
  }
  seen.push([a, b])
  try {
    if (a instanceof Map) {
      const other = b as Map<unknown, unknown>
      if (a.size !== other.size) return false
      for (const [key, value] of a) {
        if (!other.has(key) || !equal(value, other.get(key), seen)) return false
      }
      return true
    }
    if (a instanceof Set) {
      const other = b as Set<unknown>
      return a.size === other.size && [...a].every((item) => other.has(item))
    }
    const recordA = a as Record<string | symbol, unknown>
    const recordB = b as Record<string | symbol, unknown>
    const keysA = enumerableKeys(a).filter((key) => recordA[key] !== undefined)
    const keysB = enumerableKeys(b).filter((key) => recordB[key] !== undefined)
    if (keysA.length !== keysB.length) return false
    return keysA.every(
      (key) =>
        Object.prototype.hasOwnProperty.call(b, key) && equal(recordA[key], recordB[key], seen),
    )
  } finally {
    seen.pop()
  }
}

function equal(a: unknown, b: unknown, seen: Pairs): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return equalObjects(a, b, seen)
}

/** True when `a` and `b` have the same structure and values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  return equal(a, b, [])
}

function isPlainObject(value: unknown): value is Record<string | symbol, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === null || proto === Object.prototype
}

/**
 * True when `actual` has every field of `expected` (recursively for plain objects; arrays match
 * element by element, and `actual` may be longer). What `.like(...)` assertions and matchers use.
 */
export function partialMatch(actual: unknown, expected: unknown): boolean {
  if (isPlainObject(expected)) {
    if (typeof actual !== 'object' || actual === null) return false
    const record = actual as Record<string | symbol, unknown>
    return enumerableKeys(expected).every((key) => partialMatch(record[key], expected[key]))
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length < expected.length) return false
    return expected.every((item, index) => partialMatch(actual[index], item))
  }
  return deepEqual(actual, expected)
}
