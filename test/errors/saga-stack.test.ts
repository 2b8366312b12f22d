import { describe, expect, test, vi } from 'vitest'
import { SAGA_LOCATION } from 'sagaloop'
import { call, delay, fork, join, spawn, take } from 'sagaloop/effects'
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
  const onError = vi.fn<(error: Error, info: { sagaStack: string }) => void>()
  const { store, run } = makeStore({ onError })
  return { store, run, onError }
}

describe('the saga stack given to onError', () => {
  test('names every saga from the failing one up to the root, with the effect each was on', async () => {
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
    const sagaStack = info?.sagaStack
    expect(sagaStack).toMatchInlineSnapshot(`
      "The above error occurred in task loadUser 
       when executing effect call(UserApi.fetchUser, "7")
          called by watchUsers  when executing effect call(loadUser, "7")
          created by rootSaga
      Tasks cancelled due to error:
      rootSaga"
    `)
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

  test('an error received through join names the joining saga and the join', async () => {
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
      expect.stringContaining('The above error occurred in task failing'),
      expect.stringContaining('The above error occurred in task rootSaga'),
    ])
    expect(stacks[1]).toContain('when executing effect join(failing)')
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
    expect(onError.mock.calls[0]?.[1].sagaStack).toBe(
      'The above error occurred in task located  src/sagas.ts?12',
    )
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
    expect(info?.sagaStack).toMatchInlineSnapshot(`
      "The above error occurred in task audit 
       when executing effect call(sendAudit)"
    `)
    store.dispatch({ type: 'NEXT' })
    expect(steps).toEqual(['parent still running'])
    expect(root.isRunning()).toBe(false)
    expect(root.isAborted()).toBe(false)
  })
})
