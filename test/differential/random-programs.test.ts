/**
 * Randomly generated saga programs (put, take, fork, spawn, call, race, all, cancel, join,
 * delay(0), throw, try/catch) run under sagaloop and redux-saga: the traces must be the same.
 */
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { runBoth } from '../support/differential'
import { buildProgram, randomProgram } from '../support/random-saga'

test('random saga programs dispatch, log and end the same as under redux-saga', async () => {
  await fc.assert(
    fc.asyncProperty(randomProgram(), async (program) => {
      const { sagaloop, reduxSaga } = await runBoth(buildProgram(program), 8)
      expect(sagaloop).toEqual(reduxSaga)
    }),
    { numRuns: 150 },
  )
})

// With an effect middleware (or a monitor) every effect takes the generic path; without one,
// sagaloop may take shortcuts. Both must behave the same, and the monitor hear the same calls.
test('random saga programs behave the same with an effect middleware and a monitor', async () => {
  const passThrough = (next: (effect: unknown) => void) => (effect: unknown) => next(effect)
  await fc.assert(
    fc.asyncProperty(randomProgram({ allMayFailAtOnce: false }), async (program) => {
      const { sagaloop, reduxSaga } = await runBoth(buildProgram(program), 8, {
        effectMiddlewares: [passThrough],
        monitor: true,
      })
      expect(sagaloop).toEqual(reduxSaga)
    }),
    { numRuns: 100 },
  )
})

test('random saga programs behave the same on a Redux 4 store', async () => {
  await fc.assert(
    fc.asyncProperty(randomProgram(), async (program) => {
      const { sagaloop, reduxSaga } = await runBoth(buildProgram(program), 8, { redux4: true })
      expect(sagaloop).toEqual(reduxSaga)
    }),
    { numRuns: 40 },
  )
})
