// Search as you type: wait until typing pauses, then ask the server; a newer keystroke cancels
// both the wait and the request still in flight (takeLatest), and the request's AbortSignal
// closes the HTTP connection, so the server stops working on an answer nobody will read.
import { abortSignal, call, delay, put, takeLatest } from 'sagaloop/effects'
import type { SearchClient } from './api'
import { queryChanged, searchCleared, searchFailed, searchStarted, searchSucceeded } from './slice'

export interface SearchSagaOptions {
  /** How long typing must pause before a request is sent. */
  debounceMs?: number
}

export function* searchWorker(
  client: SearchClient,
  debounceMs: number,
  action: ReturnType<typeof queryChanged>,
) {
  const query = action.payload.trim()
  if (query === '') {
    yield put(searchCleared())
    return
  }
  // The debounce: takeLatest cancels this worker if another keystroke comes during the delay.
  yield delay(debounceMs)
  yield put(searchStarted())
  // Aborted when takeLatest cancels this worker for a newer query.
  const signal = yield* abortSignal()
  try {
    const response = yield* call(client.search, query, signal)
    yield put(searchSucceeded({ query, hits: response.hits }))
  } catch (error) {
    yield put(
      searchFailed({ query, error: error instanceof Error ? error.message : String(error) }),
    )
  }
}

export function* searchSaga(client: SearchClient, { debounceMs = 250 }: SearchSagaOptions = {}) {
  yield takeLatest(queryChanged, searchWorker, client, debounceMs)
}
