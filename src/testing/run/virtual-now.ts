/**
 * Virtual `Date.now()` and `performance.now()` for the length of a run (opt-in with
 * `.withVirtualNow()`): a saga that stamps times sees the run's virtual clock, so a stamp taken
 * after `yield delay(1000)` is exactly 1000 ms later. `new Date()` is left alone: replacing the
 * `Date` constructor would change what every other library in the process sees.
 */
import type { VirtualClock } from './clock.js'

/** Replaces both clocks; the returned function puts the real ones back. */
export function installVirtualNow(clock: VirtualClock, startEpoch: number): () => void {
  // The property itself is kept and put back, so `Date.now` is the very same function after.
  const realDateNow = Object.getOwnPropertyDescriptor(Date, 'now')
  Date.now = () => startEpoch + clock.now()
  const perf = (globalThis as { performance?: { now(): number } }).performance
  const ownPerfNow = perf !== undefined && Object.prototype.hasOwnProperty.call(perf, 'now')
  const realPerfNow = perf === undefined ? undefined : Object.getOwnPropertyDescriptor(perf, 'now')
  if (perf !== undefined) perf.now = () => clock.now()
  return () => {
    if (realDateNow !== undefined) Object.defineProperty(Date, 'now', realDateNow)
    if (perf === undefined) return
    if (ownPerfNow && realPerfNow !== undefined) Object.defineProperty(perf, 'now', realPerfNow)
    else delete (perf as { now?: unknown }).now
  }
}
