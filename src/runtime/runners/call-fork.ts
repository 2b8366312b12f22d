/**
 * `call`, `cps` and `fork`: running a function, and starting a child task.
 */
import type { CallPayload, ForkPayload } from '../../effects/descriptors.js'
import { describeValue, SagaError } from '../../errors.js'
import { metaOf } from '../describe.js'
import {
  isIterator,
  isPromise,
  resolvePromise,
  runChild,
  runTask,
  type RunContext,
} from '../interpreter.js'
import type { Teardown } from '../step.js'
import type { Runner } from './runner.js'

function notAFunction(effect: string, fn: unknown, { task }: RunContext): SagaError {
  return new SagaError(
    'NOT_A_FUNCTION',
    `saga "${task.meta.name}" yielded ${effect} of ${describeValue(fn)}, which is not a function.`,
  )
}

export const call: Runner<CallPayload> = ({ context, fn, args }, step, run) => {
  if (typeof fn !== 'function') {
    step.reject(notAFunction('call', fn, run))
    return
  }
  let result: unknown
  try {
    result = (fn as (...args: unknown[]) => unknown).apply(context, args)
  } catch (error) {
    step.reject(error)
    return
  }
  if (isPromise(result)) return resolvePromise(result, step)
  if (isIterator(result)) return runChild(run, result, metaOf(fn, args), step)
  step.resolve(result)
}

export const cps: Runner<CallPayload> = ({ context, fn, args }, step, run) => {
  if (typeof fn !== 'function') {
    step.reject(notAFunction('cps', fn, run))
    return
  }
  const callback = ((error: unknown, result?: unknown) => {
    if (error === undefined || error === null) step.resolve(result)
    else step.reject(error)
  }) as ((error: unknown, result?: unknown) => void) & { cancel?: unknown }
  try {
    ;(fn as (...args: unknown[]) => unknown).apply(context, [...args, callback])
  } catch (error) {
    step.reject(error)
    return
  }
  return typeof callback.cancel === 'function' ? (callback.cancel as Teardown) : undefined
}

/**
 * What a forked function runs as. A generator runs as is; a promise is awaited by a one-step
 * iterator; any other value is the task's result; a synchronous throw fails the task (it does
 * not throw into the parent's `fork`).
 */
function taskIterator(
  { context, fn, args }: CallPayload,
  run: RunContext,
): Iterator<unknown, unknown, unknown> {
  let result: unknown
  try {
    if (typeof fn !== 'function') throw notAFunction('fork', fn, run)
    result = (fn as (...args: unknown[]) => unknown).apply(context, args)
  } catch (error) {
    return {
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

export const fork: Runner<ForkPayload> = (payload, step, run) => {
  const { env, task: parent } = run
  const iterator = taskIterator(payload, run)
  env.scheduler.immediately(() => {
    const child = runTask(env, iterator, {
      parentContext: parent.context,
      id: step.id,
      meta: metaOf(payload.fn, payload.args),
      isRoot: payload.detached === true,
      source: payload.fn as object,
    })
    if (payload.detached) step.resolve(child)
    else if (child.isRunning()) {
      parent.attach(child)
      step.resolve(child)
    } else if (child.isAborted()) parent.abort(child.error())
    else step.resolve(child)
  })
  // A fork cannot be cancelled: the child exists as soon as the effect ran.
}
