/** The few Redux shapes `expectSaga` needs, without a dependency on `redux`. */
export type { Action, Pattern } from '../../types.js'

/** A reducer, as Redux defines it (the state is `undefined` on the first call). */
export type Reducer<S, A> = (state: S | undefined, action: A) => S
