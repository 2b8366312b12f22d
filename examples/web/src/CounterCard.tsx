// The counter: `+ later` dispatches `incrementAsync`; takeEvery forks one worker per click, each
// waiting 2 s before it increments. Click several times and watch the workers in the inspector.
import { decrement, increment, incrementAsync } from '../../counter/reducer'
import { useWebDispatch, useWebSelector } from './hooks'

export function CounterCard() {
  const dispatch = useWebDispatch()
  const { value, pending } = useWebSelector((state) => state.counter)
  return (
    <section className="card" data-testid="counter-card">
      <header className="card-header">
        <h2>Counter</h2>
        <code className="card-effects">takeEvery · delay · put</code>
      </header>
      <div className="counter">
        <button className="button" onClick={() => dispatch(decrement())} aria-label="decrement">
          −
        </button>
        <output className="counter-value" data-testid="counter-value">
          {value}
        </output>
        <button className="button" onClick={() => dispatch(increment())} aria-label="increment">
          +
        </button>
        <button
          className="button button--primary"
          data-testid="increment-later"
          onClick={() => dispatch(incrementAsync())}
        >
          + in 2 s
        </button>
      </div>
      <div className="muted">{pending > 0 ? `${pending} increment(s) on the way…` : '\u00a0'}</div>
    </section>
  )
}
