/**
 * A production build (`process.env.NODE_ENV === 'production'`) carries no rendering of effects:
 * the runtime's own text (saga frames, the busy list of `settled({ timeout })`) names an effect by
 * its type, as redux-saga spells it, while task names and `sagaStack` stay as in development.
 * `describeEffect`, which the monitor, devtools and the testing kit call, sketches an effect from
 * its payload. The sources read `process.env.NODE_ENV` when they describe, so these tests switch
 * it around each run.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { runSaga, type ErrorInfo, type SettleTimeoutError, type Task } from 'sagaloop'
import {
  all,
  call,
  delay,
  fork,
  join,
  put,
  putResolve,
  race,
  select,
  spawn,
  take,
  takeEvery,
  takeLatest,
  takeMaybe,
} from 'sagaloop/effects'
import { describeEffect } from '../../src/runtime/describe'
import { makeStore } from '../support/store'

let previous: string | undefined
beforeEach(() => {
  previous = process.env.NODE_ENV
})
afterEach(() => {
  process.env.NODE_ENV = previous
})

/** Runs `body` with `process.env.NODE_ENV` set to `mode`. */
function inMode<T>(mode: 'development' | 'production', body: () => T): T {
  process.env.NODE_ENV = mode
  try {
    return body()
  } finally {
    process.env.NODE_ENV = previous
  }
}

async function fetchUser(id: number): Promise<never> {
  throw new Error(`HTTP 500 for user ${id}`)
}
function* loadUser(id: number) {
  yield call(fetchUser, id)
}

/** What `onError` gets when a `takeLatest` worker fails, the sagas run in `mode`. */
async function failureIn(mode: 'development' | 'production'): Promise<ErrorInfo | undefined> {
  process.env.NODE_ENV = mode
  let info: ErrorInfo | undefined
  const { run, store } = makeStore({ onError: (_error, got) => (info = got) })
  const task = run(function* rootSaga() {
    yield takeLatest('users/load', function* worker() {
      yield call(loadUser, 7)
    })
  })
  store.dispatch({ type: 'users/load' })
  await task.toPromise().catch(() => {})
  process.env.NODE_ENV = previous
  return info
}

describe('in production, the saga frames', () => {
  test('name the effect each saga was on by its type', async () => {
    const info = await failureIn('production')
    expect(info?.sagaFrames.map(({ via, name, effect }) => [via, name, effect])).toEqual([
      ['threw', 'loadUser', 'CALL'],
      ['called', 'worker', 'CALL'],
      ['created', 'takeLatest("users/load", worker)', undefined],
      ['created', 'rootSaga', undefined],
    ])
  })

  test('keep sagaStack, byte for byte, and the task names of development', async () => {
    const development = await failureIn('development')
    const production = await failureIn('production')
    expect(production?.sagaStack).toContain('created by takeLatest(users/load, worker)')
    expect(production?.sagaStack).toBe(development?.sagaStack)
    expect(production?.sagaFrames.map((frame) => frame.name)).toEqual(
      development?.sagaFrames.map((frame) => frame.name),
    )
  })
})

describe('in production, settled({ timeout })', () => {
  test('lists each busy saga with the type of the effect it waits on', async () => {
    const { run, sagaMiddleware } = makeStore()
    process.env.NODE_ENV = 'production'
    run(function* waitsForever() {
      yield call(() => new Promise(() => {}))
    })
    const error = (await sagaMiddleware
      .settled({ timeout: 5 })
      .catch((e: unknown) => e)) as SettleTimeoutError
    process.env.NODE_ENV = previous
    expect(error.busy).toEqual([{ task: 'waitsForever', effect: 'CALL' }])
  })
})

describe('in production, task names', () => {
  test('are those of development', () => {
    const named = (mode: 'development' | 'production') =>
      inMode(mode, () => {
        let helper: Task | undefined
        runSaga({}, function* () {
          helper = yield takeLatest('T0', function* worker() {})
        })
        return helper?.meta.name
      })
    expect(named('production')).toBe('takeLatest("T0", worker)')
    expect(named('production')).toBe(named('development'))
  })

  test("an effect among a helper's extra arguments reads as its type", () => {
    const named = (mode: 'development' | 'production') =>
      inMode(mode, () => {
        let helper: Task | undefined
        runSaga({}, function* () {
          helper = yield takeEvery('A', function* worker(_effect: unknown) {}, take('B'))
        })
        return helper?.meta.name
      })
    expect(named('development')).toBe('takeEvery("A", worker, take("B"))')
    expect(named('production')).toBe('takeEvery("A", worker, TAKE)')
  })
})

describe('in production, describeEffect', () => {
  const selectUser = (state: { user?: unknown }, id: number) => [state.user, id]
  const login = (_credentials: { user: string; password: string }) => Promise.resolve()

  test('reads the everyday effects as development does, from their payloads', () => {
    const effects = () => [
      take('LOGIN'),
      take(['auth/logout', 'auth/failed']),
      call(fetchUser, 42),
      call(login, { user: 'alice', password: 'x' }),
      put({ type: 'SAVED' }),
      select(selectUser, 1),
      delay(1000),
      race({ response: call(fetchUser, 1), timeout: delay(5) }),
      all([take('A'), take('B')]),
      fork(loadUser, 3),
      takeLatest('T0', function* worker() {}),
    ]
    const development = inMode('development', () => effects().map((e) => describeEffect(e)))
    const production = inMode('production', () => effects().map((e) => describeEffect(e)))
    expect(production).toEqual(development)
    expect(production).toEqual([
      'take("LOGIN")',
      'take(["auth/logout", "auth/failed"])',
      'call(fetchUser, 42)',
      'call(login, {"user":"alice","password":"•••"})',
      'put({"type":"SAVED"})',
      'select(selectUser, 1)',
      'delay(1000)',
      'race({response, timeout})',
      'all([2])',
      'fork(loadUser, 3)',
      'takeLatest("T0", worker)',
    ])
  })

  test('reads a variant as its effect, and an effect of another payload by its name', () => {
    process.env.NODE_ENV = 'production'
    const task = runSaga({}, function* () {
      yield take('NEVER')
    })
    expect(describeEffect(putResolve({ type: 'A' }))).toBe('put({"type":"A"})')
    expect(describeEffect(takeMaybe('A'))).toBe('take("A")')
    expect(describeEffect(spawn(loadUser, 1))).toBe('fork(loadUser, 1)')
    expect(describeEffect(join(task))).toBe('join()')
    task.cancel()
  })

  test('reads a promise, an iterator and any other value as development does', () => {
    const values = () => [Promise.resolve(1), loadUser(1), { password: 'x' }, 'text', 3]
    const development = inMode('development', () => values().map((v) => describeEffect(v)))
    const production = inMode('production', () => values().map((v) => describeEffect(v)))
    expect(production).toEqual(development)
  })
})
