/**
 * The names of the sagas behind the helpers (`takeEvery`...): tasks and descriptions name a
 * helper as the user wrote it, `takeEvery("A", worker)`. Each helper's creator files its saga
 * here when it is created (helper-effects.ts), so an app's bundle holds only the helpers it uses.
 */
const names = new Map<unknown, string>()

/**
 * The function name redux-saga's build gives the saga behind one of its helpers (`takeEvery$1`,
 * `debounceHelper`), which a printed effect (`fork(takeEvery$1, "A", worker)`), a snapshot and
 * a saga stack show; sagaloop's own helpers keep their helper's name (`takeLatestBy`).
 */
const functionNameOf = (helper: string): string =>
  /^(take(Every|Latest|Leading)|throttle|retry)$/.test(helper)
    ? `${helper}$1`
    : helper === 'debounce'
      ? 'debounceHelper'
      : helper

/** Files `saga` as the saga behind the helper `name`, and names it as redux-saga's; returns it. */
export const nameHelper = <F>(saga: F, name: string): F => {
  names.set(saga, name)
  Object.defineProperty(saga, 'name', { value: functionNameOf(name) })
  return saga
}

/** `'takeEvery'` for the saga behind `takeEvery(...)`, and so on: tasks are named as users wrote them. */
export const helperName = (fn: unknown): string | undefined => names.get(fn)
