// The page: the three examples on the left, the inspector on the right.
import type { Inspector } from 'sagaloop/monitor'
import { CounterCard } from './CounterCard'
import { LoginCard } from './LoginCard'
import { SagaPanel } from './SagaPanel'
import { SearchCard } from './SearchCard'

export function App({ inspector }: { inspector: Inspector }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          sagaloop <span className="page-title-sub">web example</span>
        </h1>
        <p>
          Three small saga programs in one store. The panel on the right is{' '}
          <code>sagaloop/devtools</code>: every task, what it is blocked on, a timeline, and for
          each action the saga chain that dispatched it.
        </p>
      </header>
      <main className="layout">
        <div className="demos">
          <SearchCard />
          <LoginCard />
          <CounterCard />
        </div>
        <SagaPanel inspector={inspector} />
      </main>
    </div>
  )
}
