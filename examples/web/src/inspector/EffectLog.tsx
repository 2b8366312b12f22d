// The newest entries of the effect log, newest first: each effect with the task that ran it and
// how it ended, and the actions dispatched between them.
import type { LogEntry } from 'sagaloop/monitor'

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`
}

function Entry({ entry }: { entry: LogEntry }) {
  if (entry.kind === 'action') {
    return (
      <li className="log-entry log-entry--action">
        <span className="log-time">{seconds(entry.at)}</span>
        <span className="log-task">dispatch</span>
        <code className="log-text">{entry.type}</code>
      </li>
    )
  }
  return (
    <li className={`log-entry log-entry--${entry.outcome}`}>
      <span className="log-time">{seconds(entry.at)}</span>
      <span className="log-task" title={`task #${entry.taskId ?? '?'}`}>
        {entry.taskName}
      </span>
      <code className="log-text">
        {entry.label !== undefined && <span className="log-label">{entry.label}: </span>}
        {entry.text}
      </code>
      <span className={`outcome outcome--${entry.outcome}`}>{entry.outcome}</span>
      {entry.detail !== undefined && <code className="log-detail">→ {entry.detail}</code>}
    </li>
  )
}

export function EffectLog({ log, limit = 80 }: { log: LogEntry[]; limit?: number }) {
  const newest = log.slice(-limit).reverse()
  return (
    <ul className="log" data-testid="effect-log">
      {newest.map((entry) => (
        <Entry key={entry.seq} entry={entry} />
      ))}
    </ul>
  )
}
