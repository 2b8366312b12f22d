import { TakerIndex, heldTakers as held } from '../../src/channels/taker-index'
/** How many takers a sagaloop channel holds (every sagaloop channel has `takerCount()`). */
export function takerCount(chan: object): number {
  const count = (chan as { takerCount?: () => number }).takerCount
  if (typeof count !== 'function') throw new Error('takerCount: not a sagaloop channel')
  return count.call(chan)
}

/**
 * How many takers a multicast channel's lists hold, waiting or not. Once no message is being
 * delivered this must equal `takerCount()`; more would be a leak.
 */
export function heldTakers(chan: object): number {
  if (!(chan instanceof TakerIndex)) throw new Error('heldTakers: not a sagaloop multicast channel')
  return held(chan)
}
