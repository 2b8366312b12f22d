/**
 * A line diff of two renderings: lines only in the expected value start with `-`, lines only in
 * the actual value with `+`, shared lines with two spaces. Good enough for effects, which are
 * tens of lines; no dependency on a test runner's diff.
 */
import { format } from './format.js'

const MAX_LINES = 120

/** The longest common subsequence table of two line lists, filled from the end. */
function lcsTable(a: string[], b: string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    const row = table[i] as number[]
    const below = table[i + 1] as number[]
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number)
    }
  }
  return table
}

/** The diff of two texts, line by line. */
export function diffLines(expected: string, actual: string): string {
  const a = expected.split('\n')
  const b = actual.split('\n')
  const table = lcsTable(a, b)
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`)
      i++
      j++
    } else if (
      j >= b.length ||
      (i < a.length && (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0))
    ) {
      out.push(`- ${a[i]}`)
      i++
    } else {
      out.push(`+ ${b[j]}`)
      j++
    }
  }
  if (out.length > MAX_LINES) {
    return [...out.slice(0, MAX_LINES), `  ... ${out.length - MAX_LINES} more lines`].join('\n')
  }
  return out.join('\n')
}

/** `- Expected` / `+ Actual` and the diff of the two values' renderings. */
export function diffValues(expected: unknown, actual: unknown): string {
  return `- Expected\n+ Actual\n\n${diffLines(format(expected), format(actual))}`
}

/** The error every failed assertion throws: a plain `Error`, whatever the test runner. */
export class SagaAssertionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SagaAssertionError'
  }
}
