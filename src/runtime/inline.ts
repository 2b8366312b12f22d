/**
 * The fast path of the main loop: `call` and `select` run inline, with no `Step`, no runner
 * lookup and no closure, when nothing can observe the difference: no monitor (it would see the
 * step's hooks) and no effect middleware (it may replace the effect). A `call` whose function
 * returns a promise or an iterator gets a real `Step` after all, as the generic runner would.
 *
 * The result is handed back exactly as a synchronously settled step hands it: through the
 * coroutine's `next`, which queues it while the effect is being handed out. A step that was
 * cancelled while the function ran ignores its result; here the same is detected by the
 * coroutine's epoch (how many times its iterator was resumed) and its queue: if either moved,
 * a cancellation got in first and the result is dropped.
 */
import { IO } from '../symbols.js'
import type { CallPayload, SelectPayload } from '../effects/descriptors.js'
import type { Env, RunContext, StepOwner } from '../kernel/types.js'
import { Step } from '../kernel/step.js'
import { isIterator, resolvePromise } from '../kernel/values.js'

/** What the fast path needs of a coroutine. */
export interface InlineHost extends StepOwner, RunContext {
  readonly env: Env
  /** Incremented each time the iterator is resumed. */
  readonly epoch: number
  /** True once a result for the current effect was queued. */
  readonly queued: boolean
  next(ok: boolean, value: unknown): void
  setCurrent(step: Step): void
}

interface Descriptor {
  readonly [IO]?: unknown
  readonly type?: unknown
  readonly payload?: unknown
}

/** Runs `effect` inline if it is a `call` or a `select`; false means: use the generic path. */
export function runInline(host: InlineHost, effect: unknown): boolean {
  if (typeof effect !== 'object' || effect === null) return false
  const descriptor = effect as Descriptor
  if (descriptor[IO] !== true) return false
  const type = descriptor.type
  if (type === 'CALL') return inlineCall(host, descriptor.payload as CallPayload, effect)
  if (type === 'SELECT') return inlineSelect(host, descriptor.payload as SelectPayload, effect)
  return false
}

function inlineCall(host: InlineHost, payload: CallPayload, effect: unknown): boolean {
  const fn = payload.fn as unknown
  // Not a function: the generic runner reports it, with the same message.
  if (typeof fn !== 'function') return false
  const env = host.env
  const id = env.scheduler.nextId()
  const epoch = host.epoch
  let result: unknown
  try {
    result = (fn as (...args: unknown[]) => unknown).apply(payload.context, payload.args)
  } catch (error) {
    if (!host.queued && host.epoch === epoch) {
      env.errors.setCrashedEffect(effect)
      host.next(false, error)
    }
    return true
  }
  if (typeof result === 'object' && result !== null) {
    const then = (result as { then?: unknown }).then
    if (typeof then === 'function' || isIterator(result)) {
      // Pending work: it needs a step to settle and to cancel, as in the generic runner.
      const step = new Step(env, host, id, effect, undefined)
      host.setCurrent(step)
      // Cancelled while the function ran: the step starts cancelled, so the teardown runs now.
      if (host.queued || host.epoch !== epoch) step.cancel()
      step.onCancel(
        typeof then === 'function'
          ? resolvePromise(result as PromiseLike<unknown>, step)
          : host.runChild(result as Iterator<unknown, unknown, unknown>, step, fn, payload.args),
      )
      return true
    }
  }
  if (!host.queued && host.epoch === epoch) host.next(true, result)
  return true
}

function inlineSelect(host: InlineHost, payload: SelectPayload, effect: unknown): boolean {
  const env = host.env
  env.scheduler.nextId()
  const epoch = host.epoch
  let selected: unknown
  try {
    const selector = payload.selector as (state: unknown, ...rest: unknown[]) => unknown
    const args = payload.args
    selected = args.length === 0 ? selector(env.getState()) : selector(env.getState(), ...args)
  } catch (error) {
    if (!host.queued && host.epoch === epoch) {
      env.errors.setCrashedEffect(effect)
      host.next(false, error)
    }
    return true
  }
  if (!host.queued && host.epoch === epoch) host.next(true, selected)
  return true
}
