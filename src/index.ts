/**
 * `sagaloop`: the saga middleware, `runSaga`, channels and buffers. Effects are in
 * `sagaloop/effects`; they are also re-exported here (redux-saga exports them from
 * `redux-saga/effects` only).
 *
 * @module sagaloop
 */
import { createSagaMiddleware } from './redux/middleware.js'

export default createSagaMiddleware
export { createSagaMiddleware }
export type { AwaitingDispatch, SagaMiddleware, WithAwaiting } from './redux/middleware.js'
export { awaitable, awaiting } from './effects/helpers/awaitable.js'
export type {
  AwaitableAction,
  AwaitableCreator,
  AwaitedResult,
  AwaitMark,
  AwaitOptions,
} from './effects/helpers/awaitable.js'
export { runSaga } from './redux/run-saga.js'
export { END, isEnd } from './channels/end.js'
export { channel } from './channels/channel.js'
export { eventChannel } from './channels/event-channel.js'
export type { Emit, Subscribe, Unsubscribe } from './channels/event-channel.js'
export { multicastChannel } from './channels/multicast.js'
export { stdChannel } from './channels/std-channel.js'
export * as buffers from './channels/buffers.js'
export { CANCEL, SAGA_LOCATION } from './symbols.js'
export { SagaError } from './errors.js'
export { logErrorWithFrames } from './runtime/env.js'
export { SettleTimeoutError } from './runtime/activity.js'
export type { SettledOptions, BusyTask } from './runtime/activity.js'
export type { SagaErrorCode } from './errors.js'
export * from './effects/index.js'
export type * from './types.js'
export type * from './redux-saga-types.js'
/** Redux's middleware type, which redux-saga's entry re-exports too. */
export type { Middleware } from 'redux'
