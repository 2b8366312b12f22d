/**
 * Random interleavings of keyed dispatches, worker completions and a final cancel, against
 * `takeLatestBy` and `takeLeadingBy`: at most one worker runs per key; the helper's table holds
 * exactly the keys whose worker runs; every awaited dispatch settles with its own worker's
 * outcome; once the helper is cancelled, no worker, taker or table entry is left.
 */
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { awaiting, SagaError, stdChannel } from 'sagaloop'
import { take } from 'sagaloop/effects'
import { keyedLoop, type KeyedEntry } from '../../src/effects/helpers/keyed'
import { makeStore } from '../support/store'
import { takerCount } from '../support/channels'

type Command = { kind: 'dispatch'; key: number } | { kind: 'complete'; key: number }

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('dispatch' as const), key: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('complete' as const), key: fc.integer({ min: 0, max: 3 }) }),
)

/** Lets eviction (which runs when a worker's promise settles) and settled promises run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

interface Request {
  action: { type: 'save'; key: number; run: number }
  outcome?: string
}

async function check(replace: boolean, commands: Command[]): Promise<void> {
  const channel = stdChannel()
  const { store, run } = makeStore({ channel })
  const dispatch = store.dispatch as unknown as (action: object) => unknown
  const running = new Map<number, number>() // key → run id of its worker, as the saga logs it
  const table = new Map<unknown, KeyedEntry>()
  function* worker(action: Request['action']) {
    if (running.has(action.key)) throw new Error(`two workers for key ${action.key}`)
    running.set(action.key, action.run)
    try {
      yield take(`done/${action.run}`)
      return `result ${action.run}`
    } finally {
      running.delete(action.key)
    }
  }
  const helper = run(
    keyedLoop,
    { helper: 'test', source: 'save', keyOf: (a: Request['action']) => a.key, worker, args: [] },
    replace,
    table,
  )
  const requests: Request[] = []
  const expected = new Map<number, string>() // run id → the outcome its awaiter must get
  let nextRun = 0
  for (const step of commands) {
    if (step.kind === 'dispatch') {
      const request: Request = { action: { type: 'save', key: step.key, run: nextRun++ } }
      requests.push(request)
      const previous = running.get(step.key)
      if (previous !== undefined && !replace) expected.set(request.action.run, 'UNHANDLED_ACTION')
      if (previous !== undefined && replace) expected.set(previous, 'CANCELLED')
      ;(dispatch(awaiting(request.action)) as Promise<unknown>).then(
        (value) => (request.outcome = String(value)),
        (error: unknown) => (request.outcome = (error as SagaError).code),
      )
    } else {
      const current = running.get(step.key)
      if (current === undefined) continue
      expected.set(current, `result ${current}`)
      store.dispatch({ type: `done/${current}` })
    }
    await settle()
    expect(helper.isRunning()).toBe(true)
    expect(new Set(table.keys())).toEqual(new Set(running.keys()))
  }
  for (const current of running.values()) expected.set(current, 'CANCELLED')
  helper.cancel()
  await settle()
  expect(running.size).toBe(0)
  expect(table.size).toBe(0)
  expect(takerCount(channel)).toBe(0)
  for (const { action, outcome } of requests) {
    expect({ run: action.run, outcome }).toEqual({
      run: action.run,
      outcome: expected.get(action.run),
    })
  }
}

test('takeLatestBy: one worker per key, entries evicted, each awaiter gets its own outcome', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { maxLength: 30 }), (commands) => check(true, commands)),
    {
      numRuns: 150,
    },
  )
})

test('takeLeadingBy: one worker per key, entries evicted, each awaiter gets its own outcome', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { maxLength: 30 }), (commands) => check(false, commands)),
    {
      numRuns: 150,
    },
  )
})
