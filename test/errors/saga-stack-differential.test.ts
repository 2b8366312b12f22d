/**
 * The `sagaStack` string given to `onError`, byte for byte against redux-saga 1.5: the cases of
 * redux-saga's examples/error-demo (sagas declared and effects written where the demo has them,
 * as its Babel plugin records them), and the other ways an error reaches a root.
 */
import { applyMiddleware, createStore } from 'redux'
import { describe, expect, test, vi } from 'vitest'
import { at, locate, reportedByBoth, type StackProgram } from '../support/saga-stack'
import { libs, type Gen, type Lib } from '../support/differential'
import { flushAsync } from '../support/store'

function fail(): never {
  throw new Error('undefinedIsNotAFunction is not defined')
}

/** The demo's `throwAnErrorSaga`, declared at line 16. */
const thrower = (E: any) =>
  locate(function* throwAnErrorSaga(): Gen {
    yield at(E.delay(0), 'delay(100)', 17)
    fail()
  }, 16)

async function expectSameStack(program: StackProgram) {
  const { sagaloop, reduxSaga } = await reportedByBoth(program)
  expect(reduxSaga.length).toBeGreaterThan(0)
  expect(sagaloop).toEqual(reduxSaga)
  // The same with a saga monitor, which takes sagaloop off its fast path.
  const monitored = await reportedByBoth(program, true)
  expect(monitored.sagaloop).toEqual(monitored.reduxSaga)
  expect(monitored.sagaloop).toEqual(sagaloop)
  return sagaloop
}

describe("redux-saga's error-demo", () => {
  test('an error in a called saga names it, created by the caller', async () => {
    const [report] = await expectSameStack(({ effects: E }) => ({
      saga: locate(function* errorInCallAsyncSaga(): Gen {
        yield at(E.delay(0), 'delay(100)', 26)
        yield at(E.call(thrower(E)), 'call(throwAnErrorSaga)', 27)
      }, 25),
    }))
    expect(report?.sagaStack).toBe(
      'The above error occurred in task throwAnErrorSaga  src/sagas/index.js?16\n    created by errorInCallAsyncSaga  src/sagas/index.js?25\n',
    )
  })

  test('an error in an inline anonymous saga', async () => {
    await expectSameStack(({ effects: E }) => ({
      saga: locate(function* errorInCallInlineSaga(): Gen {
        yield at(
          E.call(function* (): Gen {
            fail()
          }),
          'call(function* () {...})',
          31,
        )
      }, 30),
    }))
  })

  test('an error in a forked saga', async () => {
    await expectSameStack(({ effects: E }) => ({
      saga: locate(function* errorInForkSaga(): Gen {
        yield at(E.delay(0), 'delay(100)', 38)
        yield at(E.fork(thrower(E)), 'fork(throwAnErrorSaga)', 39)
      }, 37),
    }))
  })

  test('an error in a saga called inside race', async () => {
    await expectSameStack(({ effects: E }) => ({
      saga: locate(function* errorInRaceSaga(): Gen {
        yield at(E.delay(0), 'delay(100)', 48)
        yield at(
          E.race({ err: E.call(thrower(E)), ok: E.delay(50) }),
          'race({ err: call(throwAnErrorSaga), ok: delay(100) })',
          49,
        )
      }, 47),
    }))
  })

  test('a saga delegated to with yield* does not appear', async () => {
    await expectSameStack(({ effects: E }) => {
      function* delegatedSaga(): Gen {
        yield at(E.delay(0), 'delay(100)', 64)
        yield at(E.call(thrower(E)), 'call(throwAnErrorSaga)', 65)
      }
      return {
        saga: locate(function* errorInDelegateSaga(): Gen {
          yield* delegatedSaga()
        }, 69),
      }
    })
  })

  test('an error in retry names the helper task as redux-saga names it', async () => {
    const [report] = await expectSameStack(({ effects: E }) => ({
      saga: locate(function* errorInRetrySaga(): Gen {
        yield at(E.retry(3, 0, fail), 'retry(3, 10, function () {...})', 74)
      }, 73),
    }))
    expect(report?.sagaStack).toBe(
      'The above error occurred in task retry$1\n    created by errorInRetrySaga  src/sagas/index.js?73\n',
    )
  })

  test('a failing select shows the effect the plugin recorded', async () => {
    const [report] = await expectSameStack(({ effects: E }) => ({
      saga: locate(function* errorInSelectSaga(): Gen {
        yield at(E.delay(0), 'delay(100)', 12)
        yield at(E.select(fail), 'select(errorGeneratorSelector)', 13)
      }, 11),
    }))
    expect(report?.sagaStack).toBe(
      'The above error occurred in task errorInSelectSaga  src/sagas/index.js?11 \n when executing effect select(errorGeneratorSelector)  src/sagas/index.js?13\n',
    )
  })

  test('a failing put (the reducer throws) shows the effect the plugin recorded', async () => {
    await expectSameStack(({ effects: E }) => ({
      reducer: (state: unknown = {}, action: { type: string }) => {
        if (action.type === 'REDUCER_ACTION_ERROR_IN_PUT') throw new Error('error in put')
        return state
      },
      saga: locate(function* errorInPutSaga(): Gen {
        yield at(E.delay(0), 'delay(100)', 7)
        yield at(
          E.put({ type: 'REDUCER_ACTION_ERROR_IN_PUT' }),
          "put({ type: 'REDUCER_ACTION_ERROR_IN_PUT' })",
          8,
        )
      }, 6),
    }))
  })

  test('a saga written as a named function expression', async () => {
    await expectSameStack(({ effects: E }) => ({
      saga: locate(function* functionExpressionSaga(): Gen {
        yield at(E.call(thrower(E)), 'call(throwAnErrorSaga)', 80)
      }, 79),
    }))
  })

  test('a thrown primitive', async () => {
    const [report] = await expectSameStack(({ effects: E }) => ({
      saga: locate(function* primitiveErrorSaga(): Gen {
        yield at(E.delay(0), 'delay(10)', 84)
        throw 'error reason'
      }, 83),
    }))
    expect(report).toEqual({
      error: 'error reason',
      sagaStack: 'The above error occurred in task primitiveErrorSaga  src/sagas/index.js?83\n',
    })
  })
})

describe('other paths to a root', () => {
  test('without locations: names only, and no effect line', async () => {
    await expectSameStack(({ effects: E }) => ({
      *saga(): Gen {
        yield E.call(function* loadUser(): Gen {
          yield E.call(() => Promise.reject(new Error('HTTP 500')))
        })
      },
    }))
  })

  test('a worker of takeEvery, with the tasks the error cancelled', async () => {
    await expectSameStack(({ effects: E }) => ({
      actions: [{ type: 'GO' }],
      *saga(): Gen {
        yield E.fork(function* refreshLoop(): Gen {
          yield E.take('NEVER')
        })
        yield E.takeEvery('GO', function* worker(): Gen {
          yield E.delay(0)
          fail()
        })
        yield E.takeLatest('OTHER', function* idle(): Gen {})
      },
    }))
  })

  test('a fork that throws synchronously, and a main flow still running', async () => {
    await expectSameStack(({ effects: E }) => ({
      *saga(): Gen {
        yield E.fork(function* sibling(): Gen {
          yield E.take('NEVER')
        })
        yield E.fork(function* throwsAtOnce(): Gen {
          fail()
        })
        yield E.take('NEVER')
      },
    }))
  })

  test('an error received through join', async () => {
    await expectSameStack(({ effects: E }) => ({
      *saga(): Gen {
        const task = yield E.fork(function* failing(): Gen {
          yield E.delay(0)
          fail()
        })
        yield at(E.join(task), 'join(task)', 5)
      },
    }))
  })

  test('an error in a spawned task is reported by the spawned task alone', async () => {
    await expectSameStack(({ effects: E }) => ({
      *saga(): Gen {
        yield E.spawn(function* detached(): Gen {
          yield E.delay(0)
          fail()
        })
        yield E.take('NEVER')
      },
    }))
  })

  test('an error in all, from a called saga, several levels down', async () => {
    await expectSameStack(({ effects: E }) => ({
      *saga(): Gen {
        yield E.fork(function* watcher(): Gen {
          yield E.all([
            E.take('NEVER'),
            E.call(function* middle(): Gen {
              yield E.call(function* leaf(): Gen {
                yield at(
                  E.call(() => Promise.reject(new Error('deep'))),
                  'call(api.get)',
                  3,
                )
              })
            }),
          ])
        })
      },
    }))
  })

  test('a caught error leaves nothing behind for the next one', async () => {
    await expectSameStack(({ effects: E }) => ({
      *saga(): Gen {
        try {
          yield at(
            E.call(function* first(): Gen {
              fail()
            }),
            'call(first)',
            2,
          )
        } catch {
          // handled
        }
        yield E.call(function* second(): Gen {
          yield E.delay(0)
          throw new Error('second')
        })
      },
    }))
  })

  test('a callback-style cps function that fails', async () => {
    await expectSameStack(({ effects: E }) => ({
      *saga(): Gen {
        yield at(
          E.cps((cb: (error: unknown) => void) => cb(new Error('cps failed'))),
          'cps(readFile)',
          9,
        )
      },
    }))
  })
})

describe('the default onError', () => {
  /** What `console.error` was called with while `program` ran under `lib` with no onError. */
  async function printedUnder(lib: Lib, program: StackProgram) {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const middleware = lib.createSagaMiddleware()
      createStore((state: unknown = {}) => state, applyMiddleware(middleware))
      await middleware
        .run(program(lib).saga)
        .toPromise()
        .catch(() => {})
      for (let i = 0; i < 10; i++) await flushAsync()
      return printed.mock.calls.map((args) =>
        args.map((arg) => (arg instanceof Error ? `Error: ${arg.message}` : arg)),
      )
    } finally {
      printed.mockRestore()
    }
  }

  test("prints to the console exactly what redux-saga's prints, call for call", async () => {
    const program: StackProgram = ({ effects: E }) => ({
      saga: function* main(): Gen {
        yield E.call(function* child(): Gen {
          yield E.delay(0)
          throw new Error('child error')
        })
      },
    })
    // One after the other: both print through the one console.
    const [sl, rs] = libs as [Lib, Lib]
    const sagaloop = await printedUnder(sl, program)
    const reduxSaga = await printedUnder(rs, program)
    expect(reduxSaga).toEqual([
      ['Error: child error'],
      ['The above error occurred in task child\n    created by main\n'],
    ])
    expect(sagaloop).toEqual(reduxSaga)
  })
})
