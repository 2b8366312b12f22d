import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { END, multicastChannel } from 'sagaloop'
import { toMatcher } from '../../src/channels/pattern'
import { heldTakers, takerCount } from '../support/channels'

const TYPES = ['A', 'B', 'C'] as const
type Msg = { type: string; id: number }

/** What a taker waits for: one type (indexed), a predicate, an array, or '*' (generic). */
type Spec =
  | { kind: 'type'; type: string }
  | { kind: 'predicate'; types: string[] }
  | { kind: 'array'; types: string[] }
  | { kind: 'wildcard' }

/** What a taker does, synchronously, when it receives a message. */
type Reaction =
  | { kind: 'none' }
  | { kind: 'add'; spec: Spec }
  | { kind: 'cancel'; which: number }
  | { kind: 'put'; type: string }

type Command =
  | { op: 'add'; spec: Spec; reaction: Reaction }
  | { op: 'cancel'; which: number }
  | { op: 'put'; type: string }
  | { op: 'close' }

const type = fc.constantFrom(...TYPES, 'OTHER')
const types = fc.subarray([...TYPES], { minLength: 1 })
const spec: fc.Arbitrary<Spec> = fc.oneof(
  { arbitrary: type.map((t) => ({ kind: 'type' as const, type: t })), weight: 4 },
  { arbitrary: types.map((ts) => ({ kind: 'predicate' as const, types: ts })), weight: 2 },
  { arbitrary: types.map((ts) => ({ kind: 'array' as const, types: ts })), weight: 1 },
  { arbitrary: fc.constant({ kind: 'wildcard' as const }), weight: 1 },
)
const reaction: fc.Arbitrary<Reaction> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 4 },
  { arbitrary: spec.map((s) => ({ kind: 'add' as const, spec: s })), weight: 2 },
  { arbitrary: fc.nat(8).map((which) => ({ kind: 'cancel' as const, which })), weight: 2 },
  { arbitrary: type.map((t) => ({ kind: 'put' as const, type: t })), weight: 1 },
)
const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('add' as const), spec, reaction }), weight: 5 },
  { arbitrary: fc.nat(8).map((which) => ({ op: 'cancel' as const, which })), weight: 2 },
  { arbitrary: type.map((t) => ({ op: 'put' as const, type: t })), weight: 4 },
  { arbitrary: fc.constant({ op: 'close' as const }), weight: 1 },
)

const matches = (s: Spec, message: Msg) =>
  s.kind === 'wildcard' ||
  (s.kind === 'type' ? message.type === s.type : s.types.includes(message.type))

const patternOf = (s: Spec) => {
  if (s.kind === 'type') return s.type
  if (s.kind === 'array') return s.types
  if (s.kind === 'wildcard') return '*'
  const wanted = s.types
  return (m: unknown) => wanted.includes((m as Msg).type)
}

/** Both implementations are driven through this interface by the same script. */
interface System {
  add(id: number, s: Spec): void
  cancel(id: number): void
  put(message: Msg): void
  close(): void
  waiting(): number[]
  /** How many takers the implementation says wait (and, for sagaloop, holds: they must agree). */
  count(): number
}

/** The naive multicast channel: one array in arrival order, scanned on every put. */
function reference(onReceive: (id: number, message: Msg | typeof END) => void): System {
  let closed = false
  let takers: { id: number; spec: Spec }[] = []
  const system: System = {
    add(id, s) {
      if (closed) onReceive(id, END)
      else takers.push({ id, spec: s })
    },
    cancel(id) {
      takers = takers.filter((t) => t.id !== id)
    },
    put(message) {
      if (closed) return
      for (const taker of [...takers]) {
        if (!takers.includes(taker) || !matches(taker.spec, message)) continue
        takers = takers.filter((t) => t !== taker)
        onReceive(taker.id, message)
      }
    },
    close() {
      if (closed) return
      closed = true
      const all = takers
      takers = []
      for (const taker of all) onReceive(taker.id, END)
    },
    waiting: () => takers.map((t) => t.id),
    count: () => takers.length,
  }
  return system
}

function sagaloop(onReceive: (id: number, message: Msg | typeof END) => void) {
  const chan = multicastChannel<Msg>()
  const callbacks = new Map<number, { cancel?: () => void }>()
  const waiting = new Set<number>()
  const system: System & { chan: typeof chan } = {
    chan,
    add(id, s) {
      const cb: ((message: Msg | typeof END) => void) & { cancel?: () => void } = (message) => {
        waiting.delete(id)
        onReceive(id, message)
      }
      callbacks.set(id, cb)
      waiting.add(id)
      chan.take(cb, toMatcher(patternOf(s) as never) as never)
    },
    cancel(id) {
      waiting.delete(id)
      callbacks.get(id)?.cancel?.()
    },
    put: (message) => chan.put(message),
    close: () => chan.close(),
    waiting: () => [...waiting].sort((a, b) => a - b),
    count: () => {
      const count = takerCount(chan)
      if (heldTakers(chan) !== count)
        throw new Error(`holds ${heldTakers(chan)} takers, ${count} wait`)
      return count
    },
  }
  return system
}

/** Runs the script on a system and returns the log of deliveries, `taker<-message`. */
function play(
  commands: Command[],
  make: (onReceive: (id: number, m: Msg | typeof END) => void) => System,
) {
  const log: string[] = []
  const reactions = new Map<number, Reaction>()
  let nextTaker = 0
  let nextMessage = 0
  const add = (s: Spec, r: Reaction) => {
    const id = nextTaker++
    reactions.set(id, r)
    system.add(id, s)
  }
  const pick = (which: number) => {
    const waiting = system.waiting()
    return waiting[which % Math.max(1, waiting.length)]
  }
  const system = make((id, message) => {
    if (message === END || !('id' in message)) {
      log.push(`${id}<-END`)
      return
    }
    log.push(`${id}<-${message.type}${message.id}`)
    const r = reactions.get(id)
    if (r === undefined) return
    if (r.kind === 'add') add(r.spec, { kind: 'none' })
    else if (r.kind === 'cancel') {
      const victim = pick(r.which)
      if (victim !== undefined) system.cancel(victim)
    } else if (r.kind === 'put') system.put({ type: r.type, id: nextMessage++ })
  })
  const checks: number[] = []
  for (const c of commands) {
    if (c.op === 'add') add(c.spec, c.reaction)
    else if (c.op === 'cancel') {
      const victim = pick(c.which)
      if (victim !== undefined) system.cancel(victim)
    } else if (c.op === 'put') system.put({ type: c.type, id: nextMessage++ })
    else system.close()
    checks.push(system.count())
  }
  return { log, checks, system }
}

describe('the multicast channel’s index by type', () => {
  test('delivers the same messages, to the same takers, in the same order as a naive channel', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 50 }), (commands) => {
        const expected = play(commands, reference)
        const actual = play(commands, sagaloop)
        expect(actual.log).toEqual(expected.log)
        expect(actual.system.waiting()).toEqual(expected.system.waiting())
        expect(actual.checks).toEqual(expected.checks)
      }),
      { numRuns: 500 },
    )
  })

  test('never delivers twice to a taker and holds exactly the takers still waiting', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 50 }), (commands) => {
        const { log, system } = play(commands, sagaloop)
        const receivers = log.map((entry) => entry.split('<-')[0])
        expect(new Set(receivers).size).toBe(receivers.length)
        const { chan } = system as ReturnType<typeof sagaloop>
        expect(takerCount(chan)).toBe(system.waiting().length)
        expect(heldTakers(chan)).toBe(system.waiting().length)
        chan.close()
        expect(takerCount(chan)).toBe(0)
        expect(heldTakers(chan)).toBe(0)
      }),
      { numRuns: 500 },
    )
  })
})
