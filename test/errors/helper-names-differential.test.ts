/**
 * The names redux-saga gives helper tasks in its `sagaStack`, byte for byte: a forked helper is
 * named after its pattern (or channel) and worker, a called one after the function in
 * redux-saga's build, a forked function that is not a generator `iterator`.
 */
import { describe, expect, test } from 'vitest'
import { reportedByBoth, type StackProgram } from '../support/saga-stack'
import type { Gen } from '../support/differential'

function fail(): never {
  throw new Error('worker failed')
}

function* worker(): Gen {
  yield 'tick'
  fail()
}

async function expectSameStack(program: StackProgram): Promise<string | undefined> {
  const { sagaloop, reduxSaga } = await reportedByBoth(program)
  expect(reduxSaga.length).toBeGreaterThan(0)
  expect(sagaloop).toEqual(reduxSaga)
  return sagaloop[0]?.sagaStack
}

describe('forked helpers', () => {
  test('throttle of an action creator with its own toString', async () => {
    const stack = await expectSameStack(({ effects: E }) => {
      const go = Object.assign(() => ({ type: 'GO' }), { toString: () => 'GO' })
      return {
        actions: [{ type: 'GO' }],
        *saga(): Gen {
          yield E.throttle(0, go, worker)
        },
      }
    })
    expect(stack).toContain('created by throttle(GO, worker)')
  })

  test('debounce of a predicate, named by its function name', async () => {
    const stack = await expectSameStack(({ effects: E }) => ({
      actions: [{ type: 'GO' }],
      *saga(): Gen {
        yield E.debounce(
          0,
          function isGo(a: { type: string }) {
            return a.type === 'GO'
          },
          worker,
        )
      },
    }))
    expect(stack).toContain('created by debounce(isGo, worker)')
  })

  test('takeLeading of an array of types, and takeLatest of a channel', async () => {
    await expectSameStack(({ effects: E, channel }) => ({
      actions: [{ type: 'B' }],
      *saga(): Gen {
        const chan = channel()
        yield E.takeLatest(chan, function* idle(): Gen {})
        yield E.takeLeading(['A', 'B'], worker)
      },
    }))
  })

  test('a forked function that returns a rejected promise is the task "iterator"', async () => {
    const stack = await expectSameStack(({ effects: E }) => ({
      *saga(): Gen {
        yield E.fork(() => Promise.reject(new Error('rejected')))
        yield E.take('NEVER')
      },
    }))
    expect(stack).toMatch(/^The above error occurred in task iterator\n/)
  })
})

describe('called helpers', () => {
  test.each(['takeEvery', 'takeLatest', 'takeLeading'])('%s', async (name) => {
    const stack = await expectSameStack(({ effects: E }) => ({
      actions: [{ type: 'GO' }],
      *saga(): Gen {
        const { fn, args } = E[name]('GO', worker).payload
        yield E.call(fn, ...args)
      },
    }))
    expect(stack).toContain(`created by ${name}$1\n`)
  })

  test.each([
    ['throttle', 'throttle$1'],
    ['debounce', 'debounceHelper'],
  ])('%s', async (name, task) => {
    const stack = await expectSameStack(({ effects: E }) => ({
      actions: [{ type: 'GO' }],
      *saga(): Gen {
        const { fn, args } = E[name](0, 'GO', worker).payload
        yield E.call(fn, ...args)
      },
    }))
    expect(stack).toContain(`created by ${task}\n`)
  })
})

describe('the saga behind a helper', () => {
  test('has the function name redux-saga gives it, so a printed or snapshotted fork reads the same', async () => {
    const ours = await import('../../src/effects/index')
    const theirs = await import('redux-saga/effects')
    const worker = function* worker() {}
    const pairs = [
      [ours.takeEvery('A', worker), theirs.takeEvery('A', worker)],
      [ours.takeLatest('A', worker), theirs.takeLatest('A', worker)],
      [ours.takeLeading('A', worker), theirs.takeLeading('A', worker)],
      [ours.throttle(5, 'A', worker), theirs.throttle(5, 'A', worker)],
      [ours.debounce(5, 'A', worker), theirs.debounce(5, 'A', worker)],
      [ours.retry(2, 5, worker), theirs.retry(2, 5, worker)],
    ] as const
    for (const [sagaloopFork, reduxSagaFork] of pairs)
      expect(sagaloopFork.payload.fn.name).toBe(reduxSagaFork.payload.fn.name)
  })
})
