/** Corner cases of errors and cancellation, compared with redux-saga. */
import { test } from 'vitest'
import { expectSame, type Gen } from '../support/differential'

test('a cancelled saga can still put and call in its finally block', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const task = yield E.fork(function* (): Gen {
        try {
          yield E.take('NEVER')
        } finally {
          yield E.put({ type: 'CLEANUP' })
          log(yield E.call(() => 'called in finally'))
          log(yield E.call(() => Promise.resolve('awaited in finally')))
        }
      })
      yield E.cancel(task)
      log('after cancel')
    },
  }))
})

test('a child that cancels its own parent', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const parent = yield E.fork(function* parentSaga(): Gen {
        yield E.fork(function* (): Gen {
          yield E.delay(0)
          yield E.cancel(parent)
          log('child after cancelling its parent: not reached')
        })
        try {
          yield E.take('NEVER')
        } finally {
          log(`parentSaga finally cancelled=${yield E.cancelled()}`)
        }
      })
      yield E.delay(0)
      yield E.delay(0)
      log(`isCancelled=${parent.isCancelled()}`)
    },
  }))
})

test('throwing a value that is not an Error fails the task with that value', async () => {
  await expectSame(({ effects: E }) => ({
    *saga(): Gen {
      yield E.delay(0)
      throw 'a plain string'
    },
  }))
})

test('an attached child failing after its parent body returned fails the parent', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      try {
        log(
          yield E.call(function* (): Gen {
            yield E.fork(function* (): Gen {
              yield E.delay(0)
              throw new Error('late failure')
            })
            return 'body returned'
          }),
        )
      } catch (error) {
        log(error)
      }
    },
  }))
})

test('nested race inside all inside race settles and cancels the same way', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      log(
        yield E.race({
          outer: E.all([
            E.race({ a: E.take('A'), d: E.delay(0) }),
            E.call(function* (): Gen {
              try {
                yield E.take('B')
                return 'b'
              } finally {
                log(`inner finally ${yield E.cancelled()}`)
              }
            }),
          ]),
          stop: E.take('STOP'),
        }),
      )
    },
    async drive(store) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      await new Promise((resolve) => setTimeout(resolve, 0))
      store.dispatch({ type: 'STOP' })
    },
  }))
})

test('END while puts are queued: the queued puts are still delivered', async () => {
  await expectSame(({ effects: E, END }, log) => ({
    *saga(): Gen {
      yield E.fork(function* (): Gen {
        const action = yield E.takeMaybe('*')
        log(action)
        yield E.put({ type: 'AFTER_FIRST' })
        yield E.put(END)
        yield E.put({ type: 'AFTER_END' })
        log(yield E.takeMaybe('*'))
      })
      yield E.fork(function* (): Gen {
        for (;;) log(`watcher ${(yield E.take('*')).type}`)
      })
      yield E.put({ type: 'FIRST' })
    },
  }))
})

test('a joined attached task that fails fails the parent, not only the joiner', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const child = yield E.fork(function* (): Gen {
        yield E.delay(0)
        throw new Error('attached failure')
      })
      try {
        yield E.join(child)
      } catch (error) {
        log(error)
      } finally {
        log(`root finally ${yield E.cancelled()}`)
      }
    },
  }))
})

test('join of an array: results, the first error, an empty array', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const a = yield E.spawn(function* (): Gen {
        yield E.delay(0)
        return 'a'
      })
      const b = yield E.spawn(function* (): Gen {
        yield E.delay(0)
        throw new Error('b failed')
      })
      try {
        log(yield E.join([a, b]))
      } catch (error) {
        log(error)
      }
      log(yield E.join([]))
      yield E.cancel([])
      log(yield E.join([a]))
    },
  }))
})

test('joining an array that holds a task that gets cancelled cancels the joiner', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      const a = yield E.spawn(function* (): Gen {
        yield E.take('NEVER')
      })
      const b = yield E.spawn(function* (): Gen {
        yield E.delay(0)
        return 'b'
      })
      yield E.fork(function* (): Gen {
        yield E.delay(0)
        yield E.cancel(a)
      })
      try {
        log(yield E.join([a, b]))
      } finally {
        log(`joiner finally cancelled=${yield E.cancelled()}`)
      }
    },
  }))
})

// Surprising but redux-saga's: a put is scheduled, so a take racing it for the same action
// is resolved first and wins.
test('a put racing a take of its own action loses to the take', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      yield E.fork(function* (): Gen {
        for (;;) log(`heard ${(yield E.take('*')).type}`)
      })
      log(yield E.race({ p: E.put({ type: 'P' }), t: E.take('P') }))
      log(yield E.all({ p: E.put({ type: 'Q' }), t: E.take('Q') }))
      log(yield E.race([E.take('R'), E.put({ type: 'R' })]))
    },
  }))
})

test('a saga ended by END can still takeMaybe in its finally block, and take ends it again', async () => {
  await expectSame(({ effects: E, END }, log) => ({
    *saga(): Gen {
      try {
        yield E.take('A')
      } finally {
        log(yield E.takeMaybe('B'))
        yield E.take('C')
        log('not reached')
      }
    },
    drive(store) {
      store.dispatch(END)
    },
  }))
})

test('context set after a fork is seen by the child through its parent', async () => {
  await expectSame(({ effects: E }, log) => ({
    *saga(): Gen {
      yield E.setContext({ a: 1 })
      const child = yield E.fork(function* (): Gen {
        yield E.setContext({ b: 2 })
        log([yield E.getContext('a'), yield E.getContext('b')])
        yield E.delay(0)
        log(yield E.getContext('c'))
      })
      yield E.setContext({ c: 3 })
      log(yield E.getContext('b'))
      yield E.join(child)
    },
  }))
})

test('a race cancelled while it starts its effects cancels them before its saga resumes', async () => {
  await expectSame(
    ({ effects: E }, log) => ({
      *saga(): Gen {
        try {
          yield E.race([
            E.call(function* (): Gen {
              try {
                yield E.take('NEVER')
              } finally {
                log(`first effect finally cancelled=${yield E.cancelled()}`)
              }
            }),
            // Fails synchronously: the root fails, which cancels the race being started.
            E.fork(function* (): Gen {
              throw new Error('forked failure')
            }),
          ])
        } finally {
          log(`root finally cancelled=${yield E.cancelled()}`)
        }
      },
    }),
    { monitor: true },
  ) // the monitor hears the race's effects cancelled before the race
})
