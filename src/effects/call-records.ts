/**
 * The records of `call`, `cps` and `fork` (creators in call.ts, which holds their many typed
 * overloads): running a function, and starting a child task.
 */
import { describeValue, SagaError } from '../errors.js'
import type { RunContext, Teardown } from '../kernel/types.js'
import { defineEffect, runnerOf } from '../kernel/record.js'
import type { Step } from '../kernel/step.js'
import { isIterator, isPromise, resolvePromise } from '../kernel/values.js'
import type { CallPayload, ForkPayload } from './call-signatures.js'
import { delayP } from './delay-p.js'

function notAFunction(effect: string, fn: unknown, { task }: RunContext): SagaError {
  return new SagaError(
    'NOT_A_FUNCTION',
    `saga "${task.meta.name}" yielded ${effect} of ${describeValue(fn)}, which is not a function.`,
  )
}

/** `call`: the function's value, or the promise or saga it returned, waited on with a step. */
const callNow = ({ context, fn, args }: CallPayload, run: RunContext): unknown => {
  if (typeof fn !== 'function') throw notAFunction('call', fn, run)
  return (fn as (...args: unknown[]) => unknown).apply(context, args)
}

const isPending = (result: unknown): boolean => isPromise(result) || isIterator(result)

const waitOn = (
  result: unknown,
  step: Step,
  run: RunContext,
  { fn, args }: CallPayload,
): Teardown | undefined =>
  isPromise(result)
    ? resolvePromise(result, step)
    : run.runChild(result as Iterator<unknown, unknown, unknown>, step, fn, args)

// Named functions, not an object spread into the record: a spread may run getters, so a
// bundler would keep the record (and everything it reaches) in an app that never runs a call.
export const callRecord = defineEffect({
  type: 'CALL',
  key: 'call',
  run: runnerOf({ runNow: callNow, isPending, waitOn }),
  runNow: callNow,
  isPending,
  waitOn,
  describe: (payload, d) => {
    const args = d.args(payload)
    if (payload.fn === delayP) return `delay(${args.join(', ')})`
    if (d.isHelper(payload.fn)) return d.taskName(payload)
    return `call(${[d.fn(payload), ...args].join(', ')})`
  },
})

export const cpsRecord = defineEffect({
  type: 'CPS',
  key: 'cps',
  run: ({ context, fn, args }: CallPayload, step, run) => {
    if (typeof fn !== 'function') {
      step.reject(notAFunction('cps', fn, run))
      return
    }
    const callback = ((error: unknown, result?: unknown) => {
      if (error === undefined || error === null) step.resolve(result)
      else step.reject(error)
    }) as ((error: unknown, result?: unknown) => void) & { cancel?: unknown }
    step.markBusy() // a callback is outside work: settled() waits for it
    try {
      ;(fn as (...args: unknown[]) => unknown).apply(context, [...args, callback])
    } catch (error) {
      step.reject(error)
      return
    }
    return typeof callback.cancel === 'function' ? (callback.cancel as Teardown) : undefined
  },
  describe: (payload, d) => `cps(${[d.fn(payload), ...d.args(payload)].join(', ')})`,
})

/**
 * What a forked function runs as. A generator runs as is; a promise is awaited by a one-step
 * iterator; any other value is the task's result; a synchronous throw fails the task (it does
 * not throw into the parent's `fork`).
 */
function taskIterator(
  { context, fn, args }: CallPayload,
  run: RunContext,
): Iterator<unknown, unknown, unknown> & { synthetic?: true } {
  let result: unknown
  try {
    if (typeof fn !== 'function') throw notAFunction('fork', fn, run)
    result = (fn as (...args: unknown[]) => unknown).apply(context, args)
  } catch (error) {
    return {
      synthetic: true,
      next: () => {
        throw error
      },
      throw: (e: unknown) => {
        throw e
      },
    }
  }
  if (isIterator(result)) return result
  let started = false
  return {
    synthetic: true,
    next: (value: unknown) => {
      if (started) return { value, done: true }
      started = true
      // Only a promise is waited for; any other value is the result at once.
      return isPromise(result) ? { value: result, done: false } : { value: result, done: true }
    },
    throw: (error: unknown) => {
      throw error
    },
  }
}

export const forkRecord = defineEffect({
  type: 'FORK',
  key: 'fork',
  run: (payload: ForkPayload, step, run) => {
    run.fork(taskIterator(payload, run), step, payload.fn, payload.args, payload.detached === true)
    // A fork cannot be cancelled: the child exists as soon as the effect ran.
  },
  describe: (payload, d) => {
    if (d.isHelper(payload.fn) && !payload.detached) return d.taskName(payload)
    const name = payload.detached ? 'spawn' : 'fork'
    return `${name}(${[d.fn(payload), ...d.args(payload)].join(', ')})`
  },
})
