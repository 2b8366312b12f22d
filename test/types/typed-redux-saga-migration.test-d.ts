/**
 * A small codebase written for typed-redux-saga, migrated by changing one import:
 * `from 'typed-redux-saga'` became `from 'sagaloop/effects'`. Nothing else was edited. Each
 * `expectTypeOf` states the type typed-redux-saga infers at that point; `tsc` accepts the code
 * and infers the same types.
 */
import { describe, expectTypeOf, test } from 'vitest'
import type { Action } from 'redux'
import {
  actionChannel,
  all,
  call,
  cancel,
  cancelled,
  delay,
  fork,
  getContext,
  join,
  put,
  race,
  retry,
  select,
  take,
  takeEvery,
  takeLatest,
  type CallEffect,
  type SagaGenerator,
} from 'sagaloop/effects' // was: from 'typed-redux-saga'
import type { Task } from 'sagaloop'

// --- the app's own code, untouched ---------------------------------------------------------------

interface Profile {
  id: string
  name: string
  friends: string[]
}
interface Settings {
  theme: 'light' | 'dark'
}
interface AppState {
  session: { userId: string | null }
  profiles: Record<string, Profile>
}

const PROFILE_REQUESTED = 'profile/requested'
const PROFILE_LOADED = 'profile/loaded'
const PROFILE_FAILED = 'profile/failed'
const LOGOUT = 'session/logout'

interface ProfileRequested extends Action<typeof PROFILE_REQUESTED> {
  id: string
}
interface ProfileLoaded extends Action<typeof PROFILE_LOADED> {
  profile: Profile
}
type ProfileFailed = Action<typeof PROFILE_FAILED> & { error: string }

const profileLoaded = (profile: Profile): ProfileLoaded => ({ type: PROFILE_LOADED, profile })
const profileFailed = (error: string): ProfileFailed => ({ type: PROFILE_FAILED, error })

const selectUserId = (state: AppState) => state.session.userId
const selectProfile = (state: AppState, id: string): Profile | undefined => state.profiles[id]

class ProfileApi {
  constructor(private readonly base: string) {}
  get(id: string): Promise<Profile> {
    return fetch(`${this.base}/profiles/${id}`).then((r) => r.json() as Promise<Profile>)
  }
  settings(): Promise<Settings> {
    return Promise.resolve({ theme: 'dark' })
  }
}

// --- the sagas, as written for typed-redux-saga --------------------------------------------------

function* fetchProfile(api: ProfileApi, id: string): SagaGenerator<Profile, CallEffect<Profile>> {
  return yield* call([api, api.get], id)
}

function* loadProfile(action: ProfileRequested) {
  const api = yield* getContext<ProfileApi>('api')
  const cached = yield* select(selectProfile, action.id)
  if (cached) return cached
  try {
    const { profile, timeout } = yield* race({
      profile: call(fetchProfile, api, action.id),
      timeout: delay(5000),
    })
    if (timeout || !profile) {
      yield* put(profileFailed('timeout'))
      return undefined
    }
    yield* put(profileLoaded(profile))
    return profile
  } finally {
    if (yield* cancelled()) yield* put(profileFailed('cancelled'))
  }
}

function* loadFriends(api: ProfileApi, profile: Profile) {
  const friends = yield* all(profile.friends.map((id) => call([api, 'get'], id)))
  return friends
}

function* startup(api: ProfileApi) {
  const userId = yield* select(selectUserId)
  if (userId === null) return
  const [me, settings] = yield* all([call(fetchProfile, api, userId), call([api, 'settings'])])
  const friendsTask = yield* fork(loadFriends, api, me)
  const logout = yield* take<Action<typeof LOGOUT>>(LOGOUT)
  yield* cancel(friendsTask)
  return { me, settings, friendsTask, logout }
}

function* watchProfileRequests() {
  const requests = yield* actionChannel<ProfileRequested>(PROFILE_REQUESTED)
  yield* takeEvery(requests, loadProfile)
}

function* rootSaga(api: ProfileApi) {
  const startupTask = yield* fork(startup, api)
  yield* takeLatest(PROFILE_REQUESTED, loadProfile)
  yield* fork(watchProfileRequests)
  const settings = yield* retry(3, 1000, () => api.settings())
  const result = yield* join(startupTask)
  return { settings, result }
}

// --- what tsc infers: the types typed-redux-saga gives -------------------------------------------

describe('a typed-redux-saga codebase after changing its imports', () => {
  test('sagas keep their inferred return types', () => {
    expectTypeOf(fetchProfile).returns.toEqualTypeOf<SagaGenerator<Profile, CallEffect<Profile>>>()
    expectTypeOf<ReturnType<typeof loadProfile>>().toExtend<
      Generator<unknown, Profile | undefined, unknown>
    >()
    expectTypeOf<ReturnType<typeof loadFriends>>().toExtend<
      Generator<unknown, Profile[], unknown>
    >()
  })

  test('each yield* gives the type typed-redux-saga gives', () => {
    function* probe(api: ProfileApi) {
      expectTypeOf(yield* call([api, api.get], '1')).toEqualTypeOf<Profile>()
      expectTypeOf(yield* call([api, 'settings'])).toEqualTypeOf<Settings>()
      expectTypeOf(yield* call(fetchProfile, api, '1')).toEqualTypeOf<Profile>()
      expectTypeOf(yield* select(selectUserId)).toEqualTypeOf<string | null>()
      expectTypeOf(yield* select(selectProfile, '1')).toEqualTypeOf<Profile | undefined>()
      expectTypeOf(yield* put(profileFailed('x'))).toEqualTypeOf<ProfileFailed>()
      expectTypeOf(
        yield* take<ProfileRequested>(PROFILE_REQUESTED),
      ).toEqualTypeOf<ProfileRequested>()
      expectTypeOf(yield* getContext<ProfileApi>('api')).toEqualTypeOf<ProfileApi>()
      expectTypeOf(yield* delay(10)).toEqualTypeOf<true>()
      expectTypeOf(yield* cancelled()).toEqualTypeOf<boolean>()
      expectTypeOf(yield* retry(3, 10, fetchProfile, api, '1')).toEqualTypeOf<Profile>()
      const task = yield* fork(loadFriends, api, { id: '1', name: '', friends: [] })
      expectTypeOf(task).toEqualTypeOf<Task<Profile[]>>()
      expectTypeOf(yield* join(task)).toEqualTypeOf<Profile[]>()
      expectTypeOf(yield* all([call(fetchProfile, api, '1'), delay(1, 'x')])).toEqualTypeOf<
        [Profile, string]
      >()
      // Read the same way as typed-redux-saga's result; the keys are optional (only the winner is set).
      const raced = yield* race({ p: call(fetchProfile, api, '1'), t: delay(1) })
      expectTypeOf(raced.p).toEqualTypeOf<Profile | undefined>()
      expectTypeOf(raced.t).toEqualTypeOf<true | undefined>()
    }
    expectTypeOf(probe).toBeFunction()
  })

  test('the root saga type-checks end to end', () => {
    expectTypeOf(rootSaga).parameters.toEqualTypeOf<[ProfileApi]>()
    type Root = ReturnType<typeof rootSaga>
    type RootResult = Root extends Generator<unknown, infer R, unknown> ? R : never
    expectTypeOf<RootResult['settings']>().toEqualTypeOf<Settings>()
    expectTypeOf<NonNullable<RootResult['result']>['me']>().toEqualTypeOf<Profile>()
    expectTypeOf<NonNullable<RootResult['result']>['logout']>().toEqualTypeOf<
      Action<typeof LOGOUT>
    >()
  })

  test('the argument checks typed-redux-saga makes still fail', () => {
    function* wrong(api: ProfileApi) {
      // @ts-expect-error get takes a string id
      yield* call([api, api.get], 1)
      // @ts-expect-error fetchProfile needs the api first
      yield* call(fetchProfile, '1')
      // @ts-expect-error selectProfile needs an id
      yield* select(selectProfile)
      // @ts-expect-error fork checks arguments too
      yield* fork(loadFriends, api)
    }
    expectTypeOf(wrong).toBeFunction()
  })
})
