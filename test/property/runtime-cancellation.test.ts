/**
 * Cancelling a random saga program at any point leaves no taker on the store's channel and runs
 * the `finally` block of every saga that started.
 */
import fc from 'fast-check'
import { applyMiddleware, createStore } from 'redux'
import { expect, test } from 'vitest'
import { stdChannel } from 'sagaloop'
import { libs, type Lib } from '../support/differential'
import { buildProgram, randomProgram } from '../support/random-saga'
import { flushAsync } from '../support/store'

const sagaloop = libs[0] as Lib

/** Sagas that logged a start but no end: their finally has not run. */
function unfinished(log: unknown[]): string[] {
  const open = new Map<string, number>()
  for (const entry of log) {
    const [, index, what] = /^(\d+) (start|end)/.exec(String(entry)) ?? []
    if (index === undefined) continue
    open.set(index, (open.get(index) ?? 0) + (what === 'start' ? 1 : -1))
  }
  return [...open].filter(([, count]) => count !== 0).map(([index]) => index)
}

test('cancelling a random program at any point leaves no takers and runs every finally', async () => {
  await fc.assert(
    fc.asyncProperty(
      randomProgram({ spawn: false, channels: false, cancel: false }),
      fc.integer({ min: 0, max: 6 }),
      async (program, cancelAfterTicks) => {
        const channel = stdChannel()
        const takerCount = () => (channel as unknown as { takerCount(): number }).takerCount()
        const middleware = sagaloop.createSagaMiddleware({ channel, onError: () => {} })
        const store = createStore((state: number = 0) => state + 1, applyMiddleware(middleware))
        const log: unknown[] = []
        const { saga, drive } = buildProgram(program)(sagaloop, (entry) => log.push(entry), store)
        const task = middleware.run(saga)
        const driving = drive?.(store, task)
        for (let i = 0; i < cancelAfterTicks; i++) await flushAsync()
        task.cancel()
        expect(task.isRunning()).toBe(false)
        expect(takerCount()).toBe(0)
        expect(unfinished(log)).toEqual([])
        await driving
        await flushAsync()
        expect(takerCount()).toBe(0)
      },
    ),
    { numRuns: 150 },
  )
})
