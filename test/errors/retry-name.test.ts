/** A task started by `retry` is named as the user wrote it, in saga stacks and task meta. */
import { expect, test } from 'vitest'
import { runSaga } from 'sagaloop'
import { retry } from 'sagaloop/effects'

test('a failing retry shows up in the saga stack as retry(tries, delay, fn)', async () => {
  function* fetchUser(): Generator<unknown, never, unknown> {
    throw new Error('offline')
  }
  function* loadUser() {
    yield retry(1, 10, fetchUser)
  }
  let stack = ''
  const task = runSaga({ onError: (_error, info) => (stack = info.sagaStack) }, loadUser)
  await task.toPromise().catch(() => {})
  expect(stack).toContain('called by retry(1, 10, fetchUser)')
})
