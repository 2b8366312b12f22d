/**
 * The effect runners: one small function per effect type, in `runners/` by family. This table
 * is what the main loop dispatches on: adding an effect adds one entry here.
 */
import type { EffectType } from '../effects/descriptors.js'
import { put, take } from './runners/take-put.js'
import { call, cps, fork } from './runners/call-fork.js'
import { cancel, combinator, join } from './runners/task-effects.js'
import {
  abortSignal,
  actionChannel,
  cancelled,
  flush,
  getContext,
  select,
  setContext,
} from './runners/state.js'
import type { Runner } from './runners/runner.js'

export type { Runner }

/** The table the main loop dispatches on: adding an effect adds one entry here. */
export const runners = {
  TAKE: take,
  PUT: put,
  ALL: combinator('all'),
  RACE: combinator('race'),
  CALL: call,
  CPS: cps,
  FORK: fork,
  JOIN: join,
  CANCEL: cancel,
  SELECT: select,
  ACTION_CHANNEL: actionChannel,
  CANCELLED: cancelled,
  FLUSH: flush,
  GET_CONTEXT: getContext,
  SET_CONTEXT: setContext,
  ABORT_SIGNAL: abortSignal,
} satisfies Record<EffectType, Runner<never>>
