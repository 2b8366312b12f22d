import { expect, test, vi } from 'vitest'
import { runSaga, SAGA_LOCATION, type ErrorInfo } from 'sagaloop'
import { put, select } from 'sagaloop/effects'

// redux-saga's Babel plugin records, on each yielded effect, the source text of the expression
// and where it is. redux-saga's saga stack shows that text, not a description of the effect.
function located<T extends object>(effect: T, code: string, lineNumber: number): T {
  Object.defineProperty(effect, SAGA_LOCATION, {
    value: { fileName: 'src/sagas/index.js', lineNumber, code },
  })
  return effect
}

function stackOf(saga: () => Generator, reducer?: (action: unknown) => void) {
  const onError = vi.fn<(error: unknown, info: ErrorInfo) => void>()
  const task = runSaga(
    {
      onError,
      getState: () => ({}),
      dispatch: (action: unknown) => reducer?.(action),
    },
    saga,
  )
  return { task, onError }
}

test('a failing put is shown by the source text the plugin recorded', async () => {
  function* saveSaga() {
    yield located(put({ type: 'SAVE' }), "put({ type: 'SAVE' })", 8)
  }
  const { task, onError } = stackOf(saveSaga, () => {
    throw new Error('reducer failed')
  })
  await task.toPromise().catch(() => {})
  expect(onError.mock.calls[0]?.[1].sagaStack).toContain(
    " when executing effect put({ type: 'SAVE' })  src/sagas/index.js?8",
  )
})

test('a failing select too; without a recorded location, sagaFrames describes the effect', async () => {
  const brokenSelector = (): never => {
    throw new Error('selector failed')
  }
  function* withText() {
    yield located(select(brokenSelector), 'select(brokenSelector)', 13)
  }
  function* withoutText() {
    yield select(brokenSelector)
  }
  const a = stackOf(withText)
  const b = stackOf(withoutText)
  await a.task.toPromise().catch(() => {})
  await b.task.toPromise().catch(() => {})
  expect(a.onError.mock.calls[0]?.[1].sagaStack).toContain(
    ' when executing effect select(brokenSelector)  src/sagas/index.js?13',
  )
  expect(b.onError.mock.calls[0]?.[1].sagaStack).toBe(
    'The above error occurred in task withoutText\n',
  )
  expect(b.onError.mock.calls[0]?.[1].sagaFrames[0]?.effect).toBe('select(brokenSelector)')
})
