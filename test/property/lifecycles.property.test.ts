/**
 * Random trees of supervised and resource-owning sagas, failing and cancelled at random points:
 * no subscription, timer or taker outlives the tree, and every error thrown reaches `onError`
 * or the monitor.
 */
import fc from 'fast-check'
import { applyMiddleware, createStore } from 'redux'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import createSagaMiddleware, { eventChannel, stdChannel, type SagaMonitor } from 'sagaloop'
import { actionChannel, fork, race, supervise, take, use } from 'sagaloop/effects'
import { heldTakers, takerCount } from '../support/channels'

interface Node {
  supervised: boolean
  restarts: number
  backoff: number
  channels: number
  actionChannel: boolean
  children: Node[]
}

const node: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    supervised: fc.boolean(),
    restarts: fc.integer({ min: 0, max: 2 }),
    backoff: fc.integer({ min: 0, max: 20 }),
    channels: fc.integer({ min: 0, max: 2 }),
    actionChannel: fc.boolean(),
    children: depth <= 1 ? fc.constant([]) : fc.array(node(depth - 1), { maxLength: 3 }),
  }),
)

const steps = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('fail' as const), node: fc.integer({ min: 0, max: 12 }) }),
    fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 30 }) }),
  ),
  { maxLength: 12 },
)

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

test('no leak and no lost error in random supervised, resource-owning trees', async () => {
  // The generator must reach the interesting cases, not only trees that never fail.
  let failures = 0
  let restarts = 0
  await fc.assert(
    fc.asyncProperty(node(3), steps, async (tree, plan) => {
      let subscribed = 0
      let nextId = 0
      const thrown = new Set<unknown>()
      const seen = new Set<unknown>()
      const monitor: SagaMonitor = { effectRejected: (_id, error) => seen.add(error) }
      const channel = stdChannel()
      const middleware = createSagaMiddleware({
        channel,
        sagaMonitor: monitor,
        onError: (error) => seen.add(error),
      })
      const store = createStore((state: number = 0) => state + 1, applyMiddleware(middleware))

      function sagaOf(spec: Node, id: number): () => Generator {
        return function* member() {
          for (let i = 0; i < spec.channels; i++) {
            yield* use(
              eventChannel<number>(() => {
                subscribed++
                return () => subscribed--
              }),
            )
          }
          if (spec.actionChannel) yield* use(actionChannel(`FAIL_${id}`))
          for (const child of spec.children) {
            const childId = nextId++
            const saga = sagaOf(child, childId)
            if (child.supervised)
              yield* supervise(
                {
                  maxRestarts: child.restarts,
                  backoff: { initial: child.backoff },
                  onFailure: (_error, { willRestart }) => void (willRestart && restarts++),
                },
                saga,
              )
            else yield* fork(saga)
          }
          const { fail } = yield* race({ fail: take(`FAIL_${id}`), idle: take('NEVER') })
          if (fail !== undefined) {
            const error = new Error(`node ${id} failed`)
            thrown.add(error)
            failures++
            throw error
          }
        }
      }

      const root = middleware.run(sagaOf(tree, nextId++))
      for (const step of plan) {
        if (step.kind === 'fail') store.dispatch({ type: `FAIL_${step.node}` })
        else await vi.advanceTimersByTimeAsync(step.ms)
      }
      root.cancel()
      await vi.advanceTimersByTimeAsync(0)

      expect(root.isRunning()).toBe(false)
      expect(subscribed).toBe(0)
      expect(vi.getTimerCount()).toBe(0)
      expect(takerCount(channel)).toBe(0)
      expect(heldTakers(channel)).toBe(0)
      expect([...thrown].filter((error) => !seen.has(error))).toEqual([])
    }),
    { numRuns: 200 },
  )
  expect(failures).toBeGreaterThan(20)
  expect(restarts).toBeGreaterThan(5)
})
