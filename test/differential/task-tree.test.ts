/**
 * The fork tree under both libraries: errors, cancellation, joins, races and `all`, with the
 * order in which `finally` blocks run and what `cancelled()` says there.
 */
import { expect, test } from 'vitest'
import { expectSame, type Gen, type Lib, type Log } from '../support/differential'

/** A saga that waits forever and logs its `finally`. */
function waiter(E: Lib['effects'], log: Log, name: string) {
  return function* (): Gen {
    try {
      yield E.take('NEVER')
    } finally {
      log(`${name} finally cancelled=${yield E.cancelled()}`)
    }
  }
}

test('a synchronous throw in a forked saga fails the parent', async () => {
  const trace = await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      try {
        yield E.fork(function* (): Gen {
          throw new Error('at once')
        })
        log('after fork')
      } catch (error) {
        log(error)
      } finally {
        log('root finally')
      }
    },
  }))
  expect(trace.outcome.status).toBe('failed')
})

test('an error deep in the tree cancels every other branch, finally blocks in order', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      yield E.fork(waiter(E, log, 'first'))
      yield E.fork(function* (): Gen {
        yield E.fork(waiter(E, log, 'nested'))
        yield E.delay(0)
        throw new Error('deep')
      })
      yield E.fork(waiter(E, log, 'last'))
      try {
        yield E.take('NEVER')
      } finally {
        log(`root finally cancelled=${yield E.cancelled()}`)
      }
    },
  }))
})

test('cancelling a task runs the finally blocks of its whole subtree', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const task = yield E.fork(function* (): Gen {
        yield E.fork(waiter(E, log, 'child'))
        yield E.fork(function* (): Gen {
          yield E.fork(waiter(E, log, 'grandchild'))
          yield E.call(waiter(E, log, 'called'))
        })
        try {
          yield E.take('NEVER')
        } finally {
          log(`task finally cancelled=${yield E.cancelled()}`)
        }
      })
      yield E.delay(0)
      yield E.cancel(task)
      log(`isCancelled=${task.isCancelled()} isRunning=${task.isRunning()}`)
      yield E.cancel(task)
      log('cancelled twice')
    },
  }))
})

test('joining a task gives its result, its error, or cancels the joiner', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const ok = yield E.fork(function* (): Gen {
        yield E.delay(0)
        return 'value'
      })
      log(yield E.join(ok))
      log(yield E.join(ok))
      const failing = yield E.spawn(function* (): Gen {
        yield E.delay(0)
        throw new Error('joined error')
      })
      try {
        yield E.join(failing)
      } catch (error) {
        log(error)
      }
      const cancelled = yield E.fork(waiter(E, log, 'to cancel'))
      yield E.fork(function* (): Gen {
        yield E.delay(0)
        yield E.cancel(cancelled)
      })
      try {
        yield E.join(cancelled)
        log('not reached')
      } finally {
        log(`joiner finally cancelled=${yield E.cancelled()}`)
      }
    },
  }))
})

test('race cancels its losers, whose finally blocks run before the winner is seen', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      log(
        yield E.race({
          slow: E.call(waiter(E, log, 'slow')),
          fast: E.delay(0),
          other: E.call(waiter(E, log, 'other')),
        }),
      )
      log(yield E.race([E.call(waiter(E, log, 'loser')), E.call(() => 'sync winner')]))
    },
  }))
})

test('all fails fast and cancels the rest; an empty all resolves at once', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      log(yield E.all([]))
      log(yield E.all({}))
      try {
        yield E.all([
          E.call(waiter(E, log, 'a')),
          E.call(function* (): Gen {
            yield E.delay(0)
            throw new Error('b failed')
          }),
          E.call(waiter(E, log, 'c')),
        ])
      } catch (error) {
        log(error)
      }
      log(yield E.all({ x: E.call(() => 1), y: E.delay(0, 'y') }))
    },
  }))
})

test('a spawned task fails alone: its error is reported and the parent goes on', async () => {
  const trace = await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      yield E.spawn(function* (): Gen {
        yield E.delay(0)
        throw new Error('spawned failure')
      })
      yield E.delay(0)
      yield E.delay(0)
      log('parent went on')
      return 'parent done'
    },
  }))
  expect(trace.reported).toEqual(['spawned failure'])
  expect(trace.outcome).toEqual({ status: 'done', value: 'parent done' })
})

test('a task cancelling itself runs its finally and ends cancelled', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const task = yield E.fork(function* (): Gen {
        try {
          yield E.cancel()
          log('not reached')
        } finally {
          log(`self finally cancelled=${yield E.cancelled()}`)
        }
      })
      log(`isCancelled=${task.isCancelled()}`)
      return 'root done'
    },
  }))
})

test('a cancelled task has neither a result nor an error', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const task = yield E.fork(function* (): Gen {
        try {
          yield E.take('NEVER')
        } finally {
          log('finally ran')
        }
      })
      yield E.cancel(task)
      log(`result=${String(task.result())} error=${String(task.error())}`)
    },
  }))
})
