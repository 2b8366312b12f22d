import { describe, expect, test } from 'vitest'
import { stdChannel } from 'sagaloop'
import { debounce, takeEvery, takeLatest, takeLeading, throttle } from 'sagaloop/effects'
import { makeStore } from '../support/store'
import { heldTakers, takerCount } from '../support/channels'

const helpers = {
  takeEvery: () => takeEvery('GO', () => {}),
  takeLatest: () => takeLatest('GO', () => {}),
  takeLeading: () => takeLeading('GO', () => {}),
  throttle: () => throttle(100, 'GO', () => {}),
  debounce: () => debounce(100, 'GO', () => {}),
}

describe('cancelling a helper', () => {
  for (const [name, effect] of Object.entries(helpers)) {
    test(`${name} leaves no taker on the store's channel once cancelled`, () => {
      const channel = stdChannel()
      const { store, run } = makeStore({ channel })
      const task = run(function* () {
        yield effect()
      })
      store.dispatch({ type: 'GO' })
      task.cancel()
      expect(takerCount(channel)).toBe(0)
      expect(heldTakers(channel)).toBe(0)
    })
  }
})
