import { describe, expectTypeOf, it } from 'vitest'
import { call, fork, put } from 'sagaloop/effects'
import * as effects from 'sagaloop/effects'
import { mockTask } from 'sagaloop/testing/providers'
import {
  createMockTask,
  dynamic,
  expectSaga,
  matchers,
  testSaga,
  throwError,
  type RunResult,
  type StaticProvider,
} from 'sagaloop/testing'

interface User {
  id: number
  name: string
}
declare function fetchUser(id: number): Promise<User>
declare function fetchCount(): Promise<number>
const getName = (state: { name: string }) => state.name
function* worker() {}
function* loadUser(id: number) {
  const user = yield* call(fetchUser, id)
  yield* put({ type: 'LOADED', user })
  return user
}
const ada: User = { id: 1, name: 'Ada' }

describe('expectSaga types', () => {
  it('takes the arguments of the saga', () => {
    expectSaga(loadUser, 1)
    // @ts-expect-error: loadUser takes a number
    expectSaga(loadUser, '1')
  })

  it('checks a static provider against what the effect gives', () => {
    expectSaga(loadUser, 1).provide([[call(fetchUser, 1), ada]])
    expectSaga(loadUser, 1).provide([
      [call(fetchUser, 1), ada],
      [call(fetchCount), 3],
      [matchers.select.selector(getName), 'Ada'],
    ])
    // @ts-expect-error: fetchUser gives a User, not a string
    expectSaga(loadUser, 1).provide([[call(fetchUser, 1), 'Ada']])
    // @ts-expect-error: the second provider gives a string for a number
    expectSaga(loadUser, 1).provide([
      [call(fetchUser, 1), ada],
      [call(fetchCount), 'three'],
    ])
  })

  it('checks a provider given as a matcher', () => {
    expectSaga(loadUser, 1).provide([[matchers.call.fn(fetchUser), ada]])
    // @ts-expect-error: a name is not a User
    expectSaga(loadUser, 1).provide([[matchers.call.fn(fetchUser), { name: 'Ada' }]])
    // @ts-expect-error: getName gives a string
    expectSaga(loadUser, 1).provide([[matchers.select.selector(getName), 42]])
  })

  it('accepts throwError, dynamic values and mock tasks in static providers', () => {
    expectSaga(loadUser, 1).provide([
      [call(fetchUser, 1), throwError(new Error('offline'))],
      [matchers.call.fn(fetchCount), dynamic(() => 3)],
      [fork(worker), createMockTask()],
    ])
  })

  it('accepts a list of providers built elsewhere, mixing static and dynamic ones', () => {
    const providers: StaticProvider[] = [[call(fetchUser, 1), ada]]
    expectSaga(loadUser, 1).provide(providers)
    expectSaga(loadUser, 1).provide([{ call: () => ada }, [call(fetchCount), 1]])
  })

  it('gives a dynamic provider the payload of the effect', () => {
    expectSaga(loadUser, 1).provide({
      call(effect, next) {
        expectTypeOf(effect.fn).toBeFunction()
        expectTypeOf(effect.args).toEqualTypeOf<unknown[]>()
        return effect.fn === fetchUser ? ada : next()
      },
      select({ selector }) {
        expectTypeOf(selector).toBeFunction()
        return 'Ada'
      },
    })
    // @ts-expect-error: there is no such effect type
    expectSaga(loadUser, 1).provide({ fetch: () => 1 })
  })

  it('types the assertions like the effect creators', () => {
    expectSaga(loadUser, 1).call(fetchUser, 1).put({ type: 'LOADED' }).select(getName)
    // @ts-expect-error: fetchUser takes a number
    expectSaga(loadUser, 1).call(fetchUser, '1')
    expectSaga(loadUser, 1)
      .call.fn(fetchUser)
      .put.like({ action: { type: 'LOADED' } })
    expectSaga(loadUser, 1).not.put.actionType('FAILED')
  })

  it('types returns and the run result with what the saga returns', () => {
    expectSaga(loadUser, 1).returns(ada)
    // @ts-expect-error: loadUser returns a User
    expectSaga(loadUser, 1).returns('Ada')
    expectTypeOf(expectSaga(loadUser, 1).run()).resolves.toEqualTypeOf<RunResult<User>>()
  })
})

describe('testSaga types', () => {
  it('takes the arguments of the saga and types call assertions', () => {
    testSaga(loadUser, 1).next().call(fetchUser, 1).next(ada).put({ type: 'LOADED', user: ada })
    // @ts-expect-error: loadUser takes a number
    testSaga(loadUser, 'x')
    // @ts-expect-error: fetchUser takes a number
    testSaga(loadUser, 1).next().call(fetchUser, 'x')
  })

  it('offers assertions only after a step', () => {
    // @ts-expect-error: call .next() before asserting
    testSaga(loadUser, 1).call(fetchUser, 1)
  })

  it('accepts a mock task wherever a task goes', () => {
    const task = createMockTask<User>()
    task.setResult(ada)
    expectTypeOf(task.result()).toEqualTypeOf<User | undefined>()
    testSaga(loadUser, 1).next().join(task).next().cancel(task)
  })
})

describe('run-until-idle and counted assertion types', () => {
  it('chains the counted and strict assertions and types the log', async () => {
    const result = await expectSaga(loadUser, 1)
      .put({ type: 'LOADED', user: ada })
      .times(1)
      .call(fetchUser, 1)
      .once()
      .strict()
      .forTask('loadUser')
      .exactly([put({ type: 'LOADED', user: ada })])
      .withVirtualNow(0)
      .run({ horizon: 1000 })
    expectTypeOf(result.log[0]?.task.name).toEqualTypeOf<string | undefined>()
    expectTypeOf(result.ended).toEqualTypeOf<'finished' | 'idle' | 'horizon' | 'stuck'>()
  })

  it('types the matchers as the effect creators they are', () => {
    expectTypeOf(matchers.put).toExtend<typeof effects.put>()
    expectTypeOf(matchers.call).toExtend<typeof effects.call>()
  })

  it('lets a fork provider give a mockTask', () => {
    expectSaga(loadUser, 1).provide([[matchers.fork.fn(fetchUser), mockTask({ result: ada })]])
  })
})
