/**
 * `sagaloop/toolkit`: sagas with Redux Toolkit. `withTypes<RootState, AppDispatch>()` gives
 * `select`, `put`, `putResolve`, `take` and `takeMaybe` typed for the app. RTK's action creators,
 * slice actions, `isAnyOf` matchers and `createAsyncThunk`'s `pending`/`fulfilled`/`rejected`
 * work as patterns with every `take` and helper, typed from the creator.
 *
 * @module sagaloop/toolkit
 */
export { withTypes } from './with-types.js'
export type { AnyDispatch, AppThunk, Puttable, TypedEffects } from './with-types.js'
