/**
 * The names of the sagas behind the helpers (`takeEvery`...): tasks and descriptions name a
 * helper as the user wrote it, `takeEvery("A", worker)`. Each helper's creator files its saga
 * here when it is created (helper-effects.ts), so an app's bundle holds only the helpers it uses.
 */
const names = new Map<unknown, string>()

/** Files `saga` as the saga behind the helper `name`; returns it. */
export const nameHelper = <F>(saga: F, name: string): F => {
  names.set(saga, name)
  return saga
}

/** `'takeEvery'` for the saga behind `takeEvery(...)`, and so on: tasks are named as users wrote them. */
export const helperName = (fn: unknown): string | undefined => names.get(fn)
