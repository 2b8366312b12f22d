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
  ResultOf,
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
export { takeEvery, takeLatest, takeLeading, throttle, debounce, retry } from './helper-effects.js'
export type { HelperWorker, TakeHelper, TimedHelper } from './helper-signatures.js'
export { takeLatestBy, takeLeadingBy, takeEveryBy } from './helpers/keyed-effects.js'
export type { Key, KeyedHelper, KeyedWorker, Returning } from './helpers/keyed-effects.js'
export { callWithSignal } from './call-with-signal.js'
export { supervise } from './supervise.js'
export { backoffDelay } from './supervise-policy.js'
export { use } from './use.js'
export type { UseEffect, UsePayload, Acquired, Closeable } from './use.js'
export type {
  SuperviseOptions,
  RestartPolicy,
  Backoff,
  SupervisedFailure,
} from './supervise-policy.js'
export * as effectTypes from './effect-types.js'
export type {
  SagaIterator,
  StrictEffect,
  SimpleEffect,
  CombinatorEffect,
  CombinatorEffectDescriptor,
  TakeEffectDescriptor,
  ChannelTakeEffect,
  ChannelTakeEffectDescriptor,
  PutEffectDescriptor,
  ChannelPutEffect,
  ChannelPutEffectDescriptor,
  CallEffectDescriptor,
  ForkEffectDescriptor,
  JoinEffectDescriptor,
  CancelEffectDescriptor,
  SelectEffectDescriptor,
  ActionChannelEffectDescriptor,
  FlushEffectDescriptor,
  CancelledEffectDescriptor,
  SetContextEffectDescriptor,
  GetContextEffectDescriptor,
  AllEffectDescriptor,
  RaceEffectDescriptor,
  CpsCallback,
  HelperWorkerParameters,
  Tail,
  AllButLast,
  CpsFunctionParameters,
  ThunkAction,
} from '../redux-saga-types.js'
export type { Pattern, ActionPattern } from '../types.js'
