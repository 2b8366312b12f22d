/**
 * The import graph of src/ keeps the layers: no cycle among run-time imports, and no import of
 * a higher layer (symbols/errors → types → channels → kernel → effects → runtime →
 * redux/monitor/toolkit → testing/devtools). The checks are tested on small graphs first, so a
 * green run means the rule holds, not that the checker is blind.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { cycles, importGraph, upwardImports, type Edge } from '../support/import-graph'

const src = fileURLToPath(new URL('../../src', import.meta.url))
const edge = (from: string, to: string, typeOnly = false): Edge => ({ from, to, typeOnly })

describe('the checker', () => {
  test('finds a cycle through run-time imports', () => {
    const graph = [edge('runtime/a.ts', 'runtime/b.ts'), edge('runtime/b.ts', 'runtime/a.ts')]
    expect(cycles(graph)).toEqual([['runtime/a.ts', 'runtime/b.ts', 'runtime/a.ts']])
  })

  test('ignores a cycle closed by a type-only import, which is erased at build time', () => {
    const graph = [edge('effects/a.ts', 'effects/b.ts'), edge('effects/b.ts', 'effects/a.ts', true)]
    expect(cycles(graph)).toEqual([])
  })

  test('reports an import of a higher layer, type-only or not', () => {
    const graph = [
      edge('channels/multicast.ts', 'runtime/scheduler.ts'),
      edge('effects/call.ts', 'runtime/task.ts', true),
      edge('runtime/task.ts', 'kernel/types.ts'),
    ]
    expect(upwardImports(graph)).toEqual([
      'channels/multicast.ts -> runtime/scheduler.ts',
      'effects/call.ts -> runtime/task.ts',
    ])
  })
})

describe('src/', () => {
  const graph = importGraph(src)

  test('has no import cycle', () => {
    expect(graph.length).toBeGreaterThan(100)
    expect(cycles(graph)).toEqual([])
  })

  test('imports only its own layer and the layers below', () => {
    expect(upwardImports(graph)).toEqual([])
  })
})
