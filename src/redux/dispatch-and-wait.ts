/**
 * Dispatch-and-await, the middleware side: an awaited action is dispatched as any other (the
 * reducers, then the sagas' channel), and `dispatch` returns a promise settled by the worker a
 * helper started for it (`effects/helpers/requests.ts`):
 *
 * - the worker returns: the promise resolves with the value;
 * - the worker throws: it rejects with that error (which also fails the helper, as in redux-saga);
 * - the worker is cancelled (`takeLatest` replaced it, the helper or the app was cancelled):
 *   it rejects with a `SagaError` coded `CANCELLED`;
 * - `options.timeout` ms pass first: it rejects with `TIMEOUT` (the worker keeps running);
 * - no helper started a worker for it by the end of the dispatch: it rejects with
 *   `UNHANDLED_ACTION` at once, rather than never settling, so a form never hangs on a typo.
 */
import type { AwaitOptions } from '../effects/helpers/awaitable.js'
import { SagaError, describeValue } from '../errors.js'
import { dropReply, expectReply, type Reply } from '../effects/helpers/requests.js'

function named(action: object): string {
  const type = (action as { type?: unknown }).type
  return `dispatch(${typeof type === 'string' ? JSON.stringify(type) : describeValue(action)})`
}

/**
 * The error an awaited dispatch rejects with when no helper handled the action; `dropped` when
 * it did not even reach the saga middleware as dispatched.
 */
export const unhandled = (action: object, dropped?: boolean): SagaError =>
  new SagaError(
    'UNHANDLED_ACTION',
    `${named(action)}: ${dropped ? 'the action did not reach the saga middleware as dispatched (a middleware before it dropped or copied it)' : 'no saga started a worker for this action'}, so there is no result to await. Hint: run the saga that handles it before dispatching, and check its pattern; takeLeading and takeLeadingBy ignore an action while their worker runs; throttle, debounce and hand-written take loops do not answer awaited actions.`,
  )

/**
 * Dispatches `action` with `forward` (reducers, then the sagas) and returns the promise of its
 * worker's outcome. A throw from `forward` (a reducer's) is rethrown, as `dispatch` would.
 */
export function dispatchAwaited(
  action: object,
  { timeout: ms }: AwaitOptions,
  forward: (action: object) => unknown,
): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined
  let reply!: Reply
  const promise = new Promise<unknown>((resolve, reject) => {
    // The first outcome settles the promise and forgets the reply. A later one changes nothing,
    // so needs no flag: the promise is settled already, the timer cleared, and `dropReply`
    // forgets only this reply (never that of a later dispatch of the same object).
    const settle = (end: (outcome: unknown) => void) => (outcome: unknown) => {
      clearTimeout(timer)
      dropReply(action, reply)
      end(outcome)
    }
    const rejectOnce = settle(reject)
    reply = {
      claimed: false,
      resolve: settle(resolve),
      reject: rejectOnce,
      cancel: (taskName) =>
        rejectOnce(
          new SagaError(
            'CANCELLED',
            `${named(action)}: the worker handling it (${taskName}) was cancelled before it returned (a newer action replaced it, or its saga was cancelled).`,
          ),
        ),
    }
  })
  if (!expectReply(action, reply)) {
    return Promise.reject(
      new SagaError(
        'ALREADY_AWAITED',
        `${named(action)}: this action object is already being awaited. Hint: create a new action for each awaited dispatch.`,
      ),
    )
  }
  try {
    forward(action)
  } catch (error) {
    // The dispatch threw (a reducer did) and rethrows: the promise, which nobody holds, is
    // settled only to end the reply, so a worker that took the action answers no one.
    reply.resolve(undefined)
    throw error
  }
  if (ms !== undefined) {
    timer = setTimeout(
      () =>
        reply.reject(
          new SagaError('TIMEOUT', `${named(action)}: its worker did not finish within ${ms} ms.`),
        ),
      ms,
    )
  }
  // Helpers take an action while it is dispatched; a dispatch made inside a saga's `put` reaches
  // them once that put is done, still synchronously. By the next microtask it has, or never will.
  queueMicrotask(() => reply.claimed || reply.reject(unhandled(action)))
  return promise
}
