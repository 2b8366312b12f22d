import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { END } from 'sagaloop'
import { release, type QueuedAction } from '../../src/testing/run/dispatch-queue.js'

const types = ['A', 'B', 'C'] as const
const queued = fc.array(
  fc.record({
    action: fc.oneof(
      fc.constantFrom(...types).map((type) => ({ type })),
      fc.constant(END),
    ),
    delay: fc.option(fc.nat(1000), { nil: undefined }),
  }),
  { maxLength: 12 },
)
const pattern = fc.oneof(
  fc.constantFrom<unknown>('A', 'B', 'C', '*'),
  fc.constantFrom('A', 'B').map((type) => [type, 'C']),
)

describe('the queue of actions dispatched before the run', () => {
  it('never loses, duplicates or reorders an action, whatever the takes ask for', () => {
    fc.assert(
      fc.property(queued, fc.array(pattern, { maxLength: 12 }), (actions, takes) => {
        const queue: QueuedAction[] = [...actions]
        const released = takes.flatMap((p) => release(queue, p))
        expect([...released, ...queue]).toEqual(actions)
      }),
    )
  })

  it('releases up to the first action a take wants, END included, or nothing', () => {
    fc.assert(
      fc.property(queued, fc.constantFrom<unknown>('A', 'B', 'C', '*'), (actions, p) => {
        const queue: QueuedAction[] = [...actions]
        const out = release(queue, p)
        const wants = (a: unknown) => {
          const type = (a as { type: string }).type
          if (p === '*' || type === END.type) return true
          return type === p
        }
        if (out.length === 0) expect(actions.some(({ action }) => wants(action))).toBe(false)
        else {
          expect(wants(out[out.length - 1]?.action)).toBe(true)
          expect(out.slice(0, -1).some(({ action }) => wants(action))).toBe(false)
        }
      }),
    )
  })

  it('for an array pattern, looks for each item in turn, as test-plan does', () => {
    const queue: QueuedAction[] = [
      { action: { type: 'C' }, delay: undefined },
      { action: { type: 'B' }, delay: undefined },
    ]
    // 'B' is looked for first and found second: both actions go, C first.
    expect(release(queue, ['B', 'C']).map(({ action }) => action)).toEqual([
      { type: 'C' },
      { type: 'B' },
    ])
  })

  it('a take with no pattern (a channel test-plan knows no pattern for) releases nothing', () => {
    const queue: QueuedAction[] = [{ action: { type: 'A' }, delay: undefined }]
    expect(release(queue, undefined)).toEqual([])
    expect(queue).toHaveLength(1)
  })
})
