import { describe, expect, test } from 'vitest'
import { Scheduler } from '../../src/channels/scheduler'

describe('the scheduler', () => {
  test('work scheduled while other work runs waits for it, then runs in order', () => {
    const scheduler = new Scheduler()
    const log: string[] = []
    const note = (entry: string) => log.push(entry)
    scheduler.asap(() => {
      scheduler.asap(note, 'second')
      scheduler.asap(note, 'third')
      log.push('first')
    }, undefined)
    expect(log).toEqual(['first', 'second', 'third'])
    expect(scheduler.idle).toBe(true)
  })

  test('a job that schedules the next one, many times over, keeps the order', () => {
    const scheduler = new Scheduler()
    const seen: number[] = []
    const step = (n: number) => {
      seen.push(n)
      if (n < 1_000) scheduler.asap(step, n + 1)
    }
    scheduler.asap(step, 1)
    expect(seen).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1))
    expect(scheduler.idle).toBe(true)
  })

  test('more queued work than the queue first holds, while it wraps around, keeps the order', () => {
    const scheduler = new Scheduler()
    const seen: number[] = []
    const note = (n: number) => seen.push(n)
    let next = 0
    // Each job queues three more until 200: the queue grows while its head is mid-way.
    const spawn = (n: number) => {
      note(n)
      for (let i = 0; i < 3 && next < 200; i++) scheduler.asap(spawn, ++next)
    }
    scheduler.asap(spawn, 0)
    expect(seen).toEqual(Array.from({ length: 201 }, (_, i) => i))
  })

  test('work scheduled inside immediately() runs once it returns', () => {
    const scheduler = new Scheduler()
    const log: string[] = []
    const result = scheduler.immediately(() => {
      scheduler.asap((entry: string) => log.push(entry), 'queued')
      log.push('inside')
      return 42
    })
    expect(result).toBe(42)
    expect(log).toEqual(['inside', 'queued'])
  })
})
