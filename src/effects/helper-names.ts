/**
 * The names of the sagas behind the helpers (`takeEvery`...): tasks and descriptions name a
 * helper as the user wrote it, `takeEvery("A", worker)`. Each helper's creator files its saga
 * here when it is created (helper-effects.ts), so an app's bundle holds only the helpers it uses.
 */
const names = new Map<unknown, string>()

/**
 * Files `saga` as the saga behind the helper `name`, names the function `functionName`, and
 * returns it. redux-saga's build names the saga behind each of its helpers (`takeEvery$1`,
 * `debounceHelper`), which a printed effect (`fork(takeEvery$1, "A", worker)`), a snapshot and a
 * saga stack show: its helpers pass that name, sagaloop's own keep their helper's (`takeLatestBy`).
 */
export const nameHelper = <F>(saga: F, name: string, functionName = name): F => {
  names.set(saga, name)
  Object.defineProperty(saga, 'name', { value: functionName })
  return saga
}

/** `'takeEvery'` for the saga behind `takeEvery(...)`, and so on: tasks are named as users wrote them. */
export const helperName = (fn: unknown): string | undefined => names.get(fn)
