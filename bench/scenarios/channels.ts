/** Channels: an eventChannel fed from outside, and a `channel()` between two sagas. */
import { now, runAlone, sumTo, type Scenario } from './support.js'

export function eventChannelLoop(n: number): Scenario {
  return {
    id: 'event-channel',
    label: `eventChannel → take loop, ${n / 1000}k messages`,
    expected: sumTo(n),
    async run(lib) {
      const { take, eventChannel, buffers, END } = lib
      let emit: (input: unknown) => void = () => {}
      const chan = eventChannel((e) => {
        emit = e
        return () => {}
      }, buffers.expanding(16))
      // Taking END terminates the saga, so the sum lives outside it.
      let sum = 0
      const task = runAlone(lib, function* () {
        for (;;) sum += (yield take(chan)) as number
      })
      const start = now()
      for (let i = 1; i <= n; i++) emit(i)
      emit(END)
      await task.toPromise()
      return { ms: now() - start, result: sum }
    },
  }
}

/** One saga puts `n` messages into a `channel()`, another takes them. */
export function channelPutTake(n: number): Scenario {
  return {
    id: 'channel',
    label: `channel() put→take, ${n / 1000}k messages`,
    expected: sumTo(n),
    async run(lib) {
      const { take, put, fork, channel, buffers } = lib
      function* saga() {
        const chan = channel(buffers.expanding(16))
        let sum = 0
        function* taker(): Generator<unknown, void, number> {
          for (let i = 0; i < n; i++) sum += yield take(chan)
        }
        yield fork(taker)
        for (let i = 1; i <= n; i++) yield put(chan, i)
        return sum
      }
      const start = now()
      const result = await runAlone(lib, saga).toPromise()
      return { ms: now() - start, result }
    },
  }
}
