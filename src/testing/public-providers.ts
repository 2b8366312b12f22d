/** `sagaloop/testing/providers`: what `redux-saga-test-plan/providers` exports. */
export { throwError, dynamic, composeProviders, mockTask } from './run/providers.js'
export type {
  DynamicProviders,
  DynamicValue,
  NextProvider,
  StaticProvider,
  ThrownError,
  MockOutcome,
} from './run/providers.js'
