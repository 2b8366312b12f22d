// The inspector panel: the live task tree of `sagaloop/monitor`, counts by state, and the
// effect log. It reads the inspector only through `snapshot()` and `subscribe()`.
import { useState } from 'react'
import { renderText, type Inspector, type TaskState } from 'sagaloop/monitor'
import { EffectLog } from './EffectLog'
import { TaskTree } from './TaskTree'
import { useInspectorSnapshot } from './useSnapshot'

const STATES: TaskState[] = ['blocked', 'waiting', 'running', 'done', 'cancelled', 'failed']

export function InspectorPanel({ inspector }: { inspector: Inspector }) {
  const snapshot = useInspectorSnapshot(inspector)
  const [showFinished, setShowFinished] = useState(true)
  const [tab, setTab] = useState<'tree' | 'log'>('tree')
  return (
    <aside className="inspector" data-testid="inspector">
      <header className="inspector-header">
        <div>
          <h2>Saga inspector</h2>
          <p className="inspector-sub">sagaloop/monitor · live task tree</p>
        </div>
        <div className="counts">
          {STATES.filter((state) => snapshot.counts[state] > 0).map((state) => (
            <span key={state} className={`count badge--${state}`} data-count={state}>
              {snapshot.counts[state]} {state}
            </span>
          ))}
        </div>
      </header>
      <div className="inspector-toolbar">
        <div className="tabs" role="tablist">
          <button role="tab" aria-selected={tab === 'tree'} onClick={() => setTab('tree')}>
            Task tree
          </button>
          <button role="tab" aria-selected={tab === 'log'} onClick={() => setTab('log')}>
            Effect log <span className="tab-count">{snapshot.log.length}</span>
          </button>
        </div>
        <label className="toggle">
          <input
            type="checkbox"
            checked={showFinished}
            onChange={(event) => setShowFinished(event.target.checked)}
          />
          show ended tasks
        </label>
        <button className="link-button" onClick={() => inspector.clear()}>
          clear
        </button>
        <button
          className="link-button"
          title="Print the tree as text in the browser console"
          onClick={() => console.log(renderText(inspector.snapshot()))}
        >
          print
        </button>
      </div>
      <div className="inspector-body">
        {tab === 'tree' ? (
          <TaskTree tasks={snapshot.roots} now={snapshot.at} showFinished={showFinished} />
        ) : (
          <EffectLog log={snapshot.log} />
        )}
      </div>
    </aside>
  )
}
