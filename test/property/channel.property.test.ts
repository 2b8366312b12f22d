import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { END, buffers, channel, type Buffer } from 'sagaloop'
import { takerCount } from '../support/channels'

type Kind = 'none' | 'fixed' | 'dropping' | 'sliding' | 'expanding'
const LIMIT = 3

type Command =
  | { op: 'put' }
  | { op: 'take' }
  | { op: 'cancel'; which: number }
  | { op: 'flush' }
  | { op: 'close' }

const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.constant({ op: 'put' as const }), weight: 5 },
  { arbitrary: fc.constant({ op: 'take' as const }), weight: 4 },
  { arbitrary: fc.nat(5).map((which) => ({ op: 'cancel' as const, which })), weight: 2 },
  { arbitrary: fc.constant({ op: 'flush' as const }), weight: 1 },
  { arbitrary: fc.constant({ op: 'close' as const }), weight: 1 },
)

function makeBuffer(kind: Kind): Buffer<number> {
  if (kind === 'none') return buffers.none()
  if (kind === 'expanding') return buffers.expanding(1)
  return buffers[kind](LIMIT)
}

/** The obvious model of a point-to-point channel: arrays and a flag. */
class Reference {
  closed = false
  takers: number[] = []
  held: number[] = []
  constructor(private readonly kind: Kind) {}

  /** Returns what happened to the message: delivered to a taker, held, dropped or refused. */
  put(message: number, deliver: (taker: number, message: unknown) => void): void {
    if (this.closed) return
    const taker = this.takers.shift()
    if (taker !== undefined) return deliver(taker, message)
    if (this.kind === 'none') return
    if (this.kind === 'expanding' || this.held.length < LIMIT) {
      this.held.push(message)
      return
    }
    if (this.kind === 'fixed') throw new Error('overflow')
    if (this.kind === 'sliding') this.held = [...this.held.slice(1), message]
  }

  take(taker: number, deliver: (taker: number, message: unknown) => void): void {
    const next = this.held.shift()
    if (next !== undefined) deliver(taker, next)
    else if (this.closed) deliver(taker, END)
    else this.takers.push(taker)
  }

  close(deliver: (taker: number, message: unknown) => void): void {
    if (this.closed) return
    this.closed = true
    const takers = this.takers
    this.takers = []
    for (const taker of takers) deliver(taker, END)
  }

  flush(): unknown {
    if (this.closed && this.held.length === 0) return END
    const held = this.held
    this.held = []
    return held
  }
}

const kinds: Kind[] = ['none', 'fixed', 'dropping', 'sliding', 'expanding']

describe('channel() under any interleaving of puts, takes, cancels, flushes and closes', () => {
  for (const kind of kinds) {
    test(`with buffers.${kind}, it delivers what the model delivers, in order, and leaves no taker behind`, () => {
      fc.assert(
        fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
          const chan = channel<number>(makeBuffer(kind))
          const model = new Reference(kind)
          const actual: string[] = []
          const expected: string[] = []
          const record = (log: string[]) => (taker: number, message: unknown) =>
            log.push(`${taker}<-${message === END ? 'END' : String(message)}`)
          const callbacks = new Map<number, { cancel?: () => void }>()
          let nextMessage = 0
          let nextTaker = 0
          for (const c of commands) {
            if (c.op === 'put') {
              const message = nextMessage++
              let modelThrew = false
              try {
                model.put(message, record(expected))
              } catch {
                modelThrew = true
              }
              if (modelThrew) expect(() => chan.put(message)).toThrow()
              else chan.put(message)
            } else if (c.op === 'take') {
              const id = nextTaker++
              const cb: ((message: unknown) => void) & { cancel?: () => void } = (message) =>
                record(actual)(id, message)
              callbacks.set(id, cb)
              chan.take(cb)
              model.take(id, record(expected))
            } else if (c.op === 'cancel') {
              const id = model.takers[c.which % Math.max(1, model.takers.length)]
              if (id !== undefined) {
                model.takers = model.takers.filter((t) => t !== id)
                callbacks.get(id)?.cancel?.()
              }
            } else if (c.op === 'flush') {
              let flushed: unknown
              chan.flush((items) => (flushed = items))
              expect(flushed).toEqual(model.flush())
            } else {
              chan.close()
              model.close(record(expected))
            }
            expect(actual).toEqual(expected)
            expect(takerCount(chan)).toBe(model.takers.length)
          }
          // Nothing the buffer accepted is lost: it is all still there, in order.
          let rest: unknown
          chan.flush((items) => (rest = items))
          expect(rest).toEqual(model.flush())
          chan.close()
          expect(takerCount(chan)).toBe(0)
          // Each taker received at most one message, and messages arrived in put order.
          const received = actual.map((entry) => entry.split('<-'))
          expect(new Set(received.map(([taker]) => taker)).size).toBe(received.length)
          const numbers = received
            .map(([, m]) => m)
            .filter((m) => m !== 'END')
            .map(Number)
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
        }),
        { numRuns: 300 },
      )
    })
  }
})
