import { describe, expect, test, vi } from 'vitest'
import { logErrorWithFrames, SAGA_LOCATION, type ErrorInfo } from 'sagaloop'
import { call, delay, fork, join, spawn, take, takeEveryBy } from 'sagaloop/effects'
import { flushAsync, makeStore } from '../support/store'

interface User {
  id: string
}

class UserApi {
  lastStack = ''
  fetchUser(id: string): Promise<User> {
    const error = new Error(`GET /users/${id} failed with 404`)
    this.lastStack = error.stack ?? ''
    return Promise.reject(error)
  }
}

function setup() {
  const onError = vi.fn<(error: Error, info: ErrorInfo) => void>()
  const { store, run } = makeStore({ onError })
  return { store, run, onError }
}

describe('the saga stack given to onError', () => {
  test("sagaStack is redux-saga's text; sagaFrames adds the effect each saga was on", async () => {
    const api = new UserApi()
    function* loadUser(id: string) {
      return yield* call([api, api.fetchUser], id)
    }
    function* watchUsers() {
      const action = yield* take<{ type: 'LOAD'; id: string }>('LOAD')
      yield* call(loadUser, action.id)
    }
    function* rootSaga() {
      yield* fork(watchUsers)
      yield* take('NEVER')
    }
    const { store, run, onError } = setup()
    run(rootSaga)
    store.dispatch({ type: 'LOAD', id: '7' })
    await flushAsync()

    expect(onError).toHaveBeenCalledTimes(1)
    const [error, info] = onError.mock.calls[0] ?? []
    expect(info?.sagaStack).toBe(
      [
        'The above error occurred in task loadUser',
        '    created by watchUsers',
        '    created by rootSaga',
        'Tasks cancelled due to error:',
        'rootSaga',
      ].join('\n'),
    )
    expect(info?.sagaFrames.map(({ via, name, effect }) => ({ via, name, effect }))).toEqual([
      { via: 'threw', name: 'loadUser', effect: 'call(UserApi.fetchUser, "7")' },
      { via: 'called', name: 'watchUsers', effect: 'call(loadUser, "7")' },
      { via: 'created', name: 'rootSaga', effect: undefined },
    ])
    expect(error?.message).toBe('GET /users/7 failed with 404')
  })

  test("keeps the original error's stack intact", async () => {
    const api = new UserApi()
    const { run, onError } = setup()
    run(function* rootSaga() {
      yield* call([api, api.fetchUser], '1')
    })
    await flushAsync()
    const [error] = onError.mock.calls[0] ?? []
    expect(error?.stack).toBe(api.lastStack)
    expect(error?.stack).toContain('UserApi.fetchUser')
  })

  test('an error received through join: sagaFrames names the join', async () => {
    function* failing() {
      yield* delay(0)
      throw new Error('boom')
    }
    const { run, onError } = setup()
    run(function* rootSaga() {
      const task = yield* spawn(failing)
      try {
        yield* join(task)
      } finally {
        // nothing: the error goes on up
      }
    })
    // Both tasks report: the failing child, then the root it failed.
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(2), { timeout: 10_000 })
    const stacks = onError.mock.calls.map(([, info]) => info.sagaStack)
    expect(stacks).toEqual([
      'The above error occurred in task failing\n',
      'The above error occurred in task rootSaga\n',
    ])
    expect(onError.mock.calls[1]?.[1].sagaFrames[0]?.effect).toBe('join(failing)')
  })

  test('shows the source location a build plugin recorded on a saga', async () => {
    function* located() {
      yield* delay(0)
      throw new Error('located failure')
    }
    Object.assign(located, { [SAGA_LOCATION]: { fileName: 'src/sagas.ts', lineNumber: 12 } })
    const { run, onError } = setup()
    run(located)
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1), { timeout: 10_000 })
    const [, info] = onError.mock.calls[0] ?? []
    expect(info?.sagaStack).toBe('The above error occurred in task located  src/sagas.ts?12\n')
    expect(info?.sagaFrames[0]?.location).toEqual({ fileName: 'src/sagas.ts', lineNumber: 12 })
  })
})

describe('errors of a detached spawn', () => {
  test('are reported to onError with their own saga stack, and the parent goes on', async () => {
    function* audit() {
      yield* delay(0)
      yield* call(function sendAudit() {
        throw new Error('audit service down')
      })
    }
    const { store, run, onError } = setup()
    const steps: string[] = []
    const root = run(function* rootSaga() {
      yield* spawn(audit)
      yield* take('NEXT')
      steps.push('parent still running')
    })
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1), { timeout: 10_000 })
    expect(onError).toHaveBeenCalledTimes(1)
    const [error, info] = onError.mock.calls[0] ?? []
    expect(error?.message).toBe('audit service down')
    expect(info?.sagaStack).toBe('The above error occurred in task audit\n')
    expect(info?.sagaFrames).toEqual([
      expect.objectContaining({ name: 'audit', via: 'threw', effect: 'call(sendAudit)' }),
    ])
    store.dispatch({ type: 'NEXT' })
    expect(steps).toEqual(['parent still running'])
    expect(root.isRunning()).toBe(false)
    expect(root.isAborted()).toBe(false)
  })
})

/** The first argument of each `console.error` call while a failing saga runs with `options`. */
async function printedFirstArgs(options: { onError?: typeof logErrorWithFrames } = {}) {
  const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
  try {
    const { run } = makeStore(options)
    function* loadUser() {
      yield* call(() => Promise.reject(new Error('HTTP 500')))
    }
    const task = run(function* rootSaga() {
      yield* call(loadUser)
    })
    await task.toPromise().catch(() => {})
    return printed.mock.calls.map(([first]) => first as unknown)
  } finally {
    printed.mockRestore()
  }
}

describe('the default onError', () => {
  test("prints the error and then redux-saga's stack, in two calls, as redux-saga does", async () => {
    const printed = await printedFirstArgs()
    expect(printed).toHaveLength(2)
    const [error, stack] = printed
    expect((error as Error).message).toBe('HTTP 500')
    expect(stack).toBe('The above error occurred in task loadUser\n    created by rootSaga\n')
  })
})

describe('logErrorWithFrames', () => {
  test("prints what the default prints, then sagaloop's frames in a call of their own", async () => {
    const printed = await printedFirstArgs({ onError: logErrorWithFrames })
    expect(printed).toHaveLength(3)
    const [error, stack, frames] = printed
    expect((error as Error).message).toBe('HTTP 500')
    expect(stack).toBe('The above error occurred in task loadUser\n    created by rootSaga\n')
    expect(frames).toMatch(
      /^Saga frames:\n {2}loadUser #\d+ {2}call\(anonymous\)\n {2}called by rootSaga #\d+ {2}call\(loadUser\)$/,
    )
  })
})

describe('helper names', () => {
  test('a called keyed helper (redux-saga has none) is named by the helper', async () => {
    const { store, run, onError } = setup()
    const { fn, args } = takeEveryBy(
      'GO',
      (action: { type: 'GO'; id: number }) => action.id,
      function* worker() {
        yield* delay(0)
        throw new Error('worker failed')
      },
    ).payload
    run(function* rootSaga() {
      yield call(fn as (...a: unknown[]) => Generator, ...args)
    })
    store.dispatch({ type: 'GO', id: 1 })
    await flushAsync()
    await flushAsync()
    expect(onError).toHaveBeenCalledTimes(1)
    // The helper runs a task per key (takeEveryByKey), under the helper called by its name.
    expect(onError.mock.calls[0]?.[1].sagaStack).toContain(
      '\n    created by takeEveryBy\n    created by rootSaga\n',
    )
  })
})
