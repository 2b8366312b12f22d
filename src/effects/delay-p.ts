/**
 * `delayP`, the function behind `delay`: in a file of its own so that the `call` record (which
 * describes a call of it as `delay(ms)`) and `delay` (a `call` of it) can both import it.
 */
import { CANCEL } from '../symbols.js'
import { failExact } from '../errors.js'

/** setTimeout's limit: a larger delay would fire at once, so the timer is set to at most this. */
const MAX_DELAY = 0x7fffffff

/**
 * The function behind `delay`: resolves with `value` after `ms`, and clears its timer when the
 * task is cancelled. Exported so tests and providers can recognise `call(delayP, ms)`.
 */
export function delayP<T = true>(ms: number, value: T = true as T): Promise<T> {
  // Refused in development only, as redux-saga refuses it; production waits the limit.
  if (ms > MAX_DELAY && process.env.NODE_ENV !== 'production')
    failExact(
      'INVALID_OPTION',
      `delay only supports a maximum value of ${MAX_DELAY}ms`,
      `delay(${ms}): a longer timer would fire at once (the limit is about 24.8 days).`,
    )
  let timer: ReturnType<typeof setTimeout> | undefined
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(resolve, Math.min(MAX_DELAY, ms), value)
  }) as Promise<T> & { [CANCEL]?: () => void }
  promise[CANCEL] = () => clearTimeout(timer)
  return promise
}
