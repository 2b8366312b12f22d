/** `sagaloop/testing/providers`: what `redux-saga-test-plan/providers` exports. */
export { throwError, dynamic, composeProviders } from './providers.js'
export type {
  DynamicProviders,
  DynamicValue,
  NextProvider,
  StaticProvider,
  ThrownError,
} from './providers.js'
