/**
 * A task started by `retry` is named as the user wrote it in `task.meta` and `sagaFrames`, and
 * as redux-saga names it (`retry$1`) in the `sagaStack` string.
 */
import { expect, test } from 'vitest'
import { runSaga, type ErrorInfo } from 'sagaloop'
import { retry } from 'sagaloop/effects'

test('a failing retry is retry(tries, delay, fn) in sagaFrames and retry$1 in sagaStack', async () => {
  function* fetchUser(): Generator<unknown, never, unknown> {
    throw new Error('offline')
  }
  function* loadUser() {
    yield retry(1, 10, fetchUser)
  }
  let info: ErrorInfo | undefined
  const task = runSaga({ onError: (_error, received) => (info = received) }, loadUser)
  await task.toPromise().catch(() => {})
  expect(info?.sagaFrames.map((frame) => [frame.via, frame.name])).toEqual([
    ['threw', 'fetchUser'],
    ['called', 'retry(1, 10, fetchUser)'],
    ['called', 'loadUser'],
  ])
  expect(info?.sagaStack).toBe(
    'The above error occurred in task fetchUser\n    created by retry$1\n    created by loadUser\n',
  )
})
