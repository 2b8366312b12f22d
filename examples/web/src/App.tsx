// The page: the three examples on the left, the inspector on the right.
import type { Inspector } from 'sagaloop/monitor'
import { CounterCard } from './CounterCard'
import { InspectorPanel } from './inspector/InspectorPanel'
import { LoginCard } from './LoginCard'
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
          <code>sagaloop/monitor</code>: every task, what it is blocked on, live.
        </p>
      </header>
      <main className="layout">
        <div className="demos">
          <SearchCard />
          <LoginCard />
          <CounterCard />
        </div>
        <InspectorPanel inspector={inspector} />
      </main>
    </div>
  )
}
