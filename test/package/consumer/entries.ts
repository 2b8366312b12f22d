/**
 * The entries that re-export others: `sagaloop` re-exports `sagaloop/effects`, and
 * `sagaloop/testing` has `sagaloop/testing/matchers` and `sagaloop/testing/providers` as
 * namespaces. Each name is imported from its own entry and must be the same value in both places.
 */
import assert from 'node:assert/strict'
import * as root from 'sagaloop'
import {
  abortSignal,
  actionChannel,
  backoffDelay,
  all,
  apply,
  call,
  callWithSignal,
  cancel,
  cancelled,
  cps,
  debounce,
  delay,
  delayP,
  detach,
  effectTypes,
  flush,
  fork,
  getContext,
  isEffect,
  join,
  put,
  putResolve,
  race,
  retry,
  select,
  setContext,
  spawn,
  supervise,
  take,
  takeEvery,
  takeLatest,
  takeLeading,
  takeMaybe,
  throttle,
  use,
} from 'sagaloop/effects'
import * as testing from 'sagaloop/testing'
import {
  abortSignal as matchAbortSignal,
  actionChannel as matchActionChannel,
  all as matchAll,
  apply as matchApply,
  call as matchCall,
  cancel as matchCancel,
  cancelled as matchCancelled,
  cps as matchCps,
  flush as matchFlush,
  fork as matchFork,
  getContext as matchGetContext,
  join as matchJoin,
  put as matchPut,
  putResolve as matchPutResolve,
  race as matchRace,
  select as matchSelect,
  setContext as matchSetContext,
  spawn as matchSpawn,
  take as matchTake,
  takeMaybe as matchTakeMaybe,
} from 'sagaloop/testing/matchers'
import { composeProviders, dynamic, mockTask, throwError } from 'sagaloop/testing/providers'

const effects = {
  abortSignal,
  actionChannel,
  backoffDelay,
  all,
  apply,
  call,
  callWithSignal,
  cancel,
  cancelled,
  cps,
  debounce,
  delay,
  delayP,
  detach,
  effectTypes,
  flush,
  fork,
  getContext,
  isEffect,
  join,
  put,
  putResolve,
  race,
  retry,
  select,
  setContext,
  spawn,
  supervise,
  take,
  takeEvery,
  takeLatest,
  takeLeading,
  takeMaybe,
  throttle,
  use,
}
const matchers = {
  abortSignal: matchAbortSignal,
  actionChannel: matchActionChannel,
  all: matchAll,
  apply: matchApply,
  call: matchCall,
  cancel: matchCancel,
  cancelled: matchCancelled,
  cps: matchCps,
  flush: matchFlush,
  fork: matchFork,
  getContext: matchGetContext,
  join: matchJoin,
  put: matchPut,
  putResolve: matchPutResolve,
  race: matchRace,
  select: matchSelect,
  setContext: matchSetContext,
  spawn: matchSpawn,
  take: matchTake,
  takeMaybe: matchTakeMaybe,
}
const fromProviders = { composeProviders, dynamic, mockTask, throwError }

export function checkEntryIdentities(): void {
  for (const name of Object.keys(effects) as (keyof typeof effects)[])
    assert.equal(root[name], effects[name], `sagaloop and sagaloop/effects differ on ${name}`)
  for (const name of Object.keys(matchers) as (keyof typeof matchers)[])
    assert.equal(testing.matchers[name], matchers[name], `matchers.${name}`)
  for (const name of Object.keys(fromProviders) as (keyof typeof fromProviders)[]) {
    assert.equal(testing.providers[name], fromProviders[name], `providers.${name}`)
    assert.equal(testing[name], fromProviders[name], `testing.${name}`)
  }
}
