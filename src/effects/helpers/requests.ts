/**
 * Dispatch-and-await, the saga side: which dispatched actions someone awaits, and how the helper
 * that handles one reports its worker's outcome. The middleware registers a `Reply` for an
 * awaited action (`redux/dispatch-and-wait.ts`); the first helper that starts a worker for it
 * claims the reply and settles it when the worker ends.
 *
 * The correlation is a WeakMap keyed by the action object, not a field of the action: the action
 * stays the plain object the user wrote (Redux DevTools, the serializable check, `toEqual` and
 * persistence see nothing new), a frozen action works, and an entry goes away with its action.
 * The map is module-wide, but an entry belongs to one dispatch of one object, so two stores never
 * see each other's replies; the middleware refuses an object that is already awaited.
 */
import type { Task } from '../../types.js'
import { call } from '../descriptors.js'

/** How the awaited worker ended, told to the dispatcher. Each is called at most once. */
export interface Reply {
  /** Set once a helper took the action: the reply then waits for that worker. */
  claimed: boolean
  // Function-valued fields rather than methods: they use no `this`, so `reject` can be handed to
  // `then` as it is.
  readonly resolve: (value: unknown) => void
  readonly reject: (error: unknown) => void
  /** The worker was cancelled (replaced by `takeLatest`, its helper cancelled, the app shut down). */
  readonly cancel: (taskName: string) => void
}

const replies = new WeakMap<object, Reply>()

/** Registers `reply` for one dispatch of `action`; false if the object is already awaited. */
export const expectReply = (action: object, reply: Reply): boolean => {
  if (replies.has(action)) return false
  replies.set(action, reply)
  return true
}

/** Forgets `action`'s reply (it settled, or no helper took the action). */
export const dropReply = (action: object, reply: Reply): void => {
  if (replies.get(action) === reply) replies.delete(action)
}

/**
 * The reply awaiting `action`, now claimed by the caller; undefined when nobody awaits it or
 * another helper already claimed it (the first worker started for an action answers it).
 */
export const claimReply = (action: unknown): Reply | undefined => {
  // A WeakMap has no entry for a value that is not an object: no need to test for one.
  const reply = replies.get(action as object)
  if (reply) {
    replies.delete(action as object)
    reply.claimed = true
  }
  return reply
}

/** A helper forked `task` for `action`: if someone awaits the action, the task's end answers. */
export const answerWithTask = (action: unknown, task: Task): void => {
  const reply = claimReply(action)
  if (reply) {
    task
      .toPromise()
      .then(
        (value) => (task.isCancelled() ? reply.cancel(task.meta.name) : reply.resolve(value)),
        reply.reject,
      )
  }
}

/**
 * `yield call(worker, ...args, action)` for a helper that runs its worker in its own flow
 * (`takeLeading`, a key of `takeEveryBy`), answering whoever awaits the action. The effects
 * yielded are the same whether or not someone awaits.
 */
export function* callAnswering(
  worker: (...args: never[]) => unknown,
  args: unknown[],
  action: unknown,
): Generator<unknown, unknown, unknown> {
  const reply = claimReply(action)
  const fn = worker as (...args: unknown[]) => unknown
  if (reply === undefined) return yield call(fn, ...args, action)
  let ended = false
  try {
    const value: unknown = yield call(fn, ...args, action)
    ended = true
    reply.resolve(value)
    return value
  } catch (error) {
    ended = true
    reply.reject(error)
    throw error
  } finally {
    // Left without a result or an error: the helper was cancelled while the worker ran.
    if (!ended) reply.cancel(worker.name || 'worker')
  }
}
