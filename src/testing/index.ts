/**
 * `sagaloop/testing`: test sagas step by step (`testSaga`, `cloneableGenerator`,
 * `createMockTask`) or by running them with mocked effects on virtual time (`expectSaga`).
 * No test runner is needed: failed assertions throw `SagaAssertionError`s.
 *
 * @module sagaloop/testing
 */
export { testSaga } from './step/test-saga.js'
export type { TestApi, TestApiWithAssertions } from './step/test-saga.js'
export { cloneableGenerator } from './step/cloneable.js'
export type { CloneableGenerator } from './step/cloneable.js'
export { createMockTask } from './step/mock-task.js'
export type { MockTask } from './step/mock-task.js'
export { SagaAssertionError } from './diff.js'
export { expectSaga } from './run/expect-saga.js'
export type { ExpectApi } from './run/expect-api.js'
export type { RunOptions } from './run/setup.js'
export type { RunResult } from './run/result.js'
export type { LogEntry, LogTask, BlockedTask } from './run/log.js'
export type { RecordedEffects } from './run/recorder.js'
export * as matchers from './matchers.js'
/** What `sagaloop/testing/providers` exports, as redux-saga-test-plan's `providers` export has it. */
export * as providers from './public-providers.js'
export type { EffectMatcher } from './effect-matcher.js'
export * from './public-providers.js'
