/**
 * A worker for keyed-helper tests: each run waits on a promise the test settles by name
 * (`key:text`), and records when it started, was cancelled or ended.
 */
import { call, cancelled } from 'sagaloop/effects'

interface Row {
  payload: { id: string; text: string }
}

export function deferredWorker() {
  const started: string[] = []
  const cancelledRuns: string[] = []
  const ended: string[] = []
  const pending = new Map<string, { resolve(value: unknown): void; reject(e: unknown): void }>()
  function* saga(action: Row) {
    const name = `${action.payload.id}:${action.payload.text}`
    started.push(name)
    try {
      const result: unknown = yield call(
        () => new Promise((resolve, reject) => pending.set(name, { resolve, reject })),
      )
      ended.push(name)
      return result
    } finally {
      pending.delete(name)
      if ((yield cancelled()) as boolean) cancelledRuns.push(name)
    }
  }
  return {
    saga,
    started,
    cancelled: cancelledRuns,
    ended,
    running: () => [...pending.keys()],
    finish(name: string, value?: unknown) {
      const run = pending.get(name)
      if (run === undefined) throw new Error(`${name} is not running`)
      run.resolve(value)
    },
    fail(name: string, error: unknown) {
      pending.get(name)?.reject(error)
    },
  }
}
