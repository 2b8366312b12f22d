/**
 * The effect runners: one small function per effect type. A runner starts the work, settles the
 * step when the result is there (now or later), and returns how to undo the work if the saga
 * stops waiting (a teardown), when the effect can be cancelled.
 */
import { SAGA_LOCATION, SELF_CANCELLATION, TERMINATE } from '../symbols.js'
import type { End, Task, TaskMeta } from '../types.js'
import type {
  ActionChannelPayload,
  CallPayload,
  EffectType,
  ForkPayload,
  PutPayload,
  SelectPayload,
  TakePayload,
} from '../effects/descriptors.js'
import {
  channel as createChannel,
  isEnd,
  Multicast,
  queueOf,
  type QueueChannel,
  type Taker,
} from '../channels/channel.js'
import { actionTypeOf, toMatcher, type Matcher } from '../channels/pattern.js'
import { AllOf, RaceOf, type Cancellable } from './combinators.js'
import { describeValue, SagaError } from '../errors.js'
import { taskName } from './describe.js'
import {
  isIterator,
  isPromise,
  resolvePromise,
  runChild,
  runTask,
  type RunContext,
} from './interpreter.js'
import type { Step, Teardown } from './step.js'
import { assignContext, SagaTask } from './task.js'

type Runner<P> = (payload: P, step: Step, context: RunContext) => Teardown | void

export function metaOf(fn: unknown, args?: unknown[]): TaskMeta {
  const f = fn as { [SAGA_LOCATION]?: TaskMeta['location'] } | undefined
  return { name: taskName({ fn, args }), location: f?.[SAGA_LOCATION] }
}

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

const take: Runner<TakePayload> = ({ channel, pattern, maybe = false }, step, { env }) => {
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

const put: Runner<PutPayload> = (payload, step, { env }) => {
  // Scheduled: a put made while another saga runs is delivered after that saga's step.
  env.scheduler.asap(dispatchPut, step, payload)
  // A put cannot be cancelled: once scheduled, the action is dispatched.
}

function notAFunction(effect: string, fn: unknown, { task }: RunContext): SagaError {
  return new SagaError(
    'NOT_A_FUNCTION',
    `saga "${task.meta.name}" yielded ${effect} of ${describeValue(fn)}, which is not a function.`,
  )
}

const call: Runner<CallPayload> = ({ context, fn, args }, step, run) => {
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

const cps: Runner<CallPayload> = ({ context, fn, args }, step, run) => {
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

const fork: Runner<ForkPayload> = (payload, step, run) => {
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

interface Settles {
  readonly key: string | undefined
  settle(ok: boolean, value: unknown): void
}

function joinOne(task: Task, target: Settles): (() => void) | undefined {
  if (!(task instanceof SagaTask)) {
    target.settle(
      false,
      new SagaError(
        'INVALID_TASK',
        `join: ${describeValue(task)} is not a task started by this runtime.`,
      ),
    )
    return
  }
  if (task.isRunning()) {
    const joiner = { settle: (ok: boolean, value: unknown) => target.settle(ok, value) }
    task.addJoiner(joiner)
    return () => task.removeJoiner(joiner)
  }
  if (task.isAborted()) target.settle(false, task.error())
  else target.settle(true, task.result())
}

const join: Runner<Task | readonly Task[]> = (tasks, step) => {
  if (!Array.isArray(tasks)) return joinOne(tasks as Task, step)
  if (tasks.length === 0) {
    step.resolve([])
    return
  }
  const keys = tasks.map((_, index) => String(index))
  const all = new AllOf(step, keys, true)
  tasks.forEach((task: Task, index) => {
    const slot = {
      key: String(index),
      settle: (ok: boolean, value: unknown) => all.settle(slot, ok, value),
      cancel: () => {},
    }
    all.children.push(slot)
    const teardown = joinOne(task, slot)
    if (teardown) slot.cancel = teardown
  })
  return all
}

function cancelTask(task: Task): void {
  if (task.isRunning()) task.cancel()
}

const cancel: Runner<Task | readonly Task[] | typeof SELF_CANCELLATION> = (
  target,
  step,
  { task },
) => {
  if (target === SELF_CANCELLATION) cancelTask(task)
  else if (Array.isArray(target)) target.forEach(cancelTask)
  else cancelTask(target as Task)
  step.resolve(undefined)
}

function combinator(kind: 'all' | 'race'): Runner<readonly unknown[] | Record<string, unknown>> {
  return (effects, step, run) => {
    const isArray = Array.isArray(effects)
    const keys = Object.keys(effects)
    if (keys.length === 0) {
      if (kind === 'all') step.resolve(isArray ? [] : {})
      // An empty race never settles, as in redux-saga.
      return
    }
    const group = kind === 'all' ? new AllOf(step, keys, isArray) : new RaceOf(step, keys, isArray)
    // Registered before any child starts: if starting one cancels this step (a fork that fails
    // at once fails the saga), the children are cancelled first, as redux-saga does.
    step.onCancel(group)
    for (const key of keys) {
      // A race stops starting children once one has won; `all` starts each child (redux-saga
      // does), but one started after the group settled is cancelled at once.
      if (kind === 'race' && group.done) break
      // The child is among the group's children (adopt) before its effect runs.
      const child: Cancellable = run.digest(
        (effects as Record<string, unknown>)[key],
        group,
        step.id,
        key,
      )
      if (group.done) child.cancel()
    }
    return group
  }
}

const select: Runner<SelectPayload> = ({ selector, args }, step, { env }) => {
  let selected: unknown
  try {
    selected = (selector as (state: unknown, ...rest: unknown[]) => unknown)(
      env.getState(),
      ...args,
    )
  } catch (error) {
    step.reject(error)
    return
  }
  step.resolve(selected)
}

const actionChannel: Runner<ActionChannelPayload> = ({ pattern, buffer }, step, { env }) => {
  const chan = createChannel(buffer)
  const match = toMatcher(pattern)
  const taker = ((action: unknown) => {
    if (!isEnd(action)) env.channel.take(taker, match)
    chan.put(action as End)
  }) as ((action: unknown) => void) & { cancel?: () => void }
  const close = chan.close
  chan.close = () => {
    taker.cancel?.()
    close()
  }
  env.channel.take(taker, match)
  step.resolve(chan)
}

const cancelled: Runner<unknown> = (_, step, { task }) => {
  step.resolve(task.isCancelled())
}

const flush: Runner<{ flush(cb: (items: unknown) => void): void }> = (channel, step) => {
  channel.flush((items) => step.resolve(items))
}

const getContext: Runner<string> = (prop, step, { task }) => {
  step.resolve(task.context[prop])
}

const setContext: Runner<Record<string, unknown>> = (props, step, { task }) => {
  assignContext('setContext', task.context, props)
  step.resolve(undefined)
}

const abortSignal: Runner<unknown> = (_, step, { task }) => {
  step.resolve(task.signal)
}

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
