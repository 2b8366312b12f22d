/**
 * An `all` starts each of its effects even after one failed (as redux-saga does). When two forked
 * sagas in it fail at once, the first fails the parent; the second has no one left to fail.
 * redux-saga 1.5.1 crashes here (its task ends twice); sagaloop reports the first error once.
 */
import { expect, test } from 'vitest'
import { runSaga } from 'sagaloop'
import { all, fork } from 'sagaloop/effects'

test('a forked saga that fails after its parent already failed is ignored', async () => {
  const log: string[] = []
  function* failing(name: string) {
    log.push(`${name} started`)
    throw new Error(name)
  }
  function* root() {
    try {
      yield all([fork(failing, 'first'), all([fork(failing, 'second')])])
    } finally {
      log.push('root finally')
    }
  }
  const errors: unknown[] = []
  const task = runSaga({ onError: (error) => errors.push(error) }, root)
  await expect(task.toPromise()).rejects.toThrow('first')
  expect(errors).toEqual([new Error('first')])
  expect(log).toEqual(['first started', 'second started', 'root finally'])
})
