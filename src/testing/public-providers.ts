/** `sagaloop/testing/providers`: what `redux-saga-test-plan/providers` exports. */
export { throwError, dynamic, composeProviders } from './run/providers.js'
export type {
  DynamicProviders,
  DynamicValue,
  NextProvider,
  StaticProvider,
  ThrownError,
} from './run/providers.js'
