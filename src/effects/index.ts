/**
 * `sagaloop/effects`: the effect creators and helpers, as `redux-saga/effects` exports them.
 *
 * @module sagaloop/effects
 */
export {
  take,
  takeMaybe,
  put,
  putResolve,
  call,
  apply,
  cps,
  fork,
  spawn,
  join,
  cancel,
  cancelled,
  select,
  race,
  all,
  delay,
  actionChannel,
  flush,
  getContext,
  setContext,
  detach,
  isEffect,
  delayP,
  abortSignal,
} from './descriptors.js'
export type {
  Effect,
  EffectType,
  EffectResult,
  SagaGenerator,
  SagaReturnType,
  Dispatched,
  AnyFunction,
  FnDescriptor,
  TakeEffect,
  TakePayload,
  PutEffect,
  PutPayload,
  CallEffect,
  CpsEffect,
  CallPayload,
  ForkEffect,
  ForkPayload,
  JoinEffect,
  CancelEffect,
  CancelledEffect,
  SelectEffect,
  SelectPayload,
  AllEffect,
  RaceEffect,
  ActionChannelEffect,
  ActionChannelPayload,
  FlushEffect,
  GetContextEffect,
  SetContextEffect,
  AbortSignalEffect,
} from './descriptors.js'
export type { ActionOf } from './action-of.js'
export { takeEvery, takeLatest, takeLeading, throttle, debounce, retry } from './helpers.js'
export type { HelperWorker } from './helpers.js'
export { callWithSignal } from './call-with-signal.js'
export * as effectTypes from './effect-types.js'
