/** The monitors' clock: milliseconds since the monitor was created, to a tenth. */

/** `performance.now` where there is one, else `Date.now`. */
export function defaultClock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance
  return perf ? () => perf.now() : () => Date.now()
}

/** Reads `clock` once now, as the origin; the function returned gives the time since then. */
export function elapsedSince(clock: () => number): () => number {
  const origin = clock()
  return () => Math.round((clock() - origin) * 10) / 10
}
