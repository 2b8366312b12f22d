/**
 * `stdChannel`: the multicast channel the store's actions flow through, in the order the
 * store's scheduler (scheduler.ts) gives them.
 */
import { SAGA_ACTION } from '../symbols.js'
import type { End, MulticastChannel, NotUndefined } from '../types.js'
import { Scheduler } from './scheduler.js'
import { checkInput } from './end.js'
import { Multicast, printedAsReduxSaga } from './multicast.js'

/**
 * The channel store actions flow through. A put from outside a saga is scheduled, so a saga
 * that is running finishes its step first; a put from a saga (`SAGA_ACTION`) is already inside
 * the scheduler and goes straight through.
 */
export class StdChannel<T extends NotUndefined> extends Multicast<T> {
  readonly scheduler = new Scheduler()
  private readonly putNow = (input: T | End) => super.put(input)

  override put(input: T | End): void {
    checkInput(input)
    if ((input as { [SAGA_ACTION]?: unknown })[SAGA_ACTION]) super.put(input)
    // Most dispatches reach no saga: with nothing running or queued, the delivery would run at
    // once and find no taker, so it is skipped (scheduling it costs more than the reducers).
    else if (!this.scheduler.idle || this.wouldReach(input)) this.scheduler.asap(this.putNow, input)
  }
}

/** The multicast channel that connects the store to its sagas. */
export function stdChannel<T extends NotUndefined>(): MulticastChannel<T> {
  return printedAsReduxSaga(new StdChannel<T>())
}
