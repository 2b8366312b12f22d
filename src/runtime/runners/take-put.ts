/**
 * `take` and `put`: waiting on a channel, and dispatching through the scheduler.
 */
import { TERMINATE } from '../../symbols.js'
import type { PutPayload, TakePayload } from '../../effects/descriptors.js'
import { isEnd, Multicast, queueOf, type QueueChannel, type Taker } from '../../channels/channel.js'
import { actionTypeOf, toMatcher, type Matcher } from '../../channels/pattern.js'
import { isPromise, resolvePromise } from '../interpreter.js'
import type { Step } from '../step.js'
import type { Runner } from './runner.js'

/** Delivers what a taker received: an `Error` is thrown into the saga, `END` ends it. */
function received(step: Step, maybe: boolean, input: unknown): void {
  if (input instanceof Error) step.reject(input)
  else if (isEnd(input) && !maybe) step.resolve(TERMINATE)
  else step.resolve(input)
}

/** A saga waiting on a multicast channel, filed under its action type when it has one. */
class StepTaker implements Taker<unknown> {
  seq = 0
  active = true
  readonly actionType: string | undefined
  readonly match: Matcher | undefined

  constructor(
    private readonly step: Step,
    private readonly maybe: boolean,
    pattern: TakePayload['pattern'],
    private readonly channel: Multicast<unknown>,
  ) {
    this.actionType = actionTypeOf(pattern)
    this.match =
      this.actionType !== undefined || pattern === undefined || pattern === '*'
        ? undefined
        : toMatcher(pattern)
  }

  deliver(input: unknown): void {
    received(this.step, this.maybe, input)
  }

  /** The step's teardown: the taker is its own, so a waiting saga holds no closure for it. */
  cancel(): void {
    this.channel.cancel(this)
  }
}

/** A saga waiting on a point-to-point channel: its own teardown, like `StepTaker`. */
class QueueStepTaker {
  constructor(
    private readonly step: Step,
    private readonly maybe: boolean,
    private readonly queue: QueueChannel<unknown>,
  ) {}

  deliver(input: unknown): void {
    received(this.step, this.maybe, input)
  }

  cancel(): void {
    this.queue.removeTaker(this)
  }
}

export const take: Runner<TakePayload> = ({ channel, pattern, maybe = false }, step, { env }) => {
  const source = channel ?? env.channel
  if (source instanceof Multicast) {
    const taker = new StepTaker(step, maybe === true, pattern, source)
    source.add(taker)
    return taker.active ? taker : undefined
  }
  const queue = queueOf(source)
  // Only while the channel's `take` is its own (not wrapped or spied on), and with no pattern
  // (the generic path validates one): then this is what `take(callback)` would do, minus closures.
  if (
    queue !== undefined &&
    pattern === undefined &&
    (source as QueueChannel<unknown>).take === queue.take
  ) {
    const taker = new QueueStepTaker(step, maybe === true, queue)
    return queue.addTaker(taker) ? taker : undefined
  }
  const callback = ((input: unknown) => received(step, maybe === true, input)) as ((
    input: unknown,
  ) => void) & {
    cancel?: () => void
  }
  ;(source as { take(cb: (input: unknown) => void, matcher?: Matcher): void }).take(
    callback,
    pattern === undefined ? undefined : toMatcher(pattern),
  )
  return () => callback.cancel?.()
}

/** The scheduled half of `put`: a module-level job, so that scheduling a put allocates nothing. */
function dispatchPut(step: Step, { channel, action, resolve }: PutPayload): void {
  let result: unknown
  try {
    result = channel ? channel.put(action as never) : step.env.dispatch(action)
  } catch (error) {
    step.reject(error)
    return
  }
  if (resolve && isPromise(result)) resolvePromise(result, step)
  else step.resolve(result)
}

export const put: Runner<PutPayload> = (payload, step, { env }) => {
  // Scheduled: a put made while another saga runs is delivered after that saga's step.
  env.scheduler.asap(dispatchPut, step, payload)
  // A put cannot be cancelled: once scheduled, the action is dispatched.
}
