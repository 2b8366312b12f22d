// Search as you type: each keystroke dispatches `queryChanged`; the search example's saga
// debounces it (takeLatest + delay) and aborts the request still in flight when a newer
// keystroke comes. The list of server requests below shows those aborts as the server saw them.
import { useEffect, useState } from 'react'
import { queryChanged } from '../../search/slice'
import { useWebDispatch, useWebSelector } from './hooks'

interface ServerRequest {
  query: string
  outcome: 'pending' | 'answered' | 'aborted' | 'failed'
}

/** Polls what the search server recorded; only this demo panel needs it. */
function useServerRequests(intervalMs = 300): ServerRequest[] {
  const [requests, setRequests] = useState<ServerRequest[]>([])
  useEffect(() => {
    let stopped = false
    const poll = async () => {
      try {
        const response = await fetch('/api/requests')
        if (!stopped && response.ok) setRequests((await response.json()) as ServerRequest[])
      } catch {
        // The dev server restarting: try again on the next tick.
      }
    }
    void poll()
    const timer = setInterval(() => void poll(), intervalMs)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [intervalMs])
  return requests
}

export function SearchCard() {
  const dispatch = useWebDispatch()
  const { query, status, hits, resultsFor, error } = useWebSelector((state) => state.search)
  const requests = useServerRequests()
  return (
    <section className="card" data-testid="search-card">
      <header className="card-header">
        <h2>Search</h2>
        <code className="card-effects">takeLatest · delay · abortSignal</code>
      </header>
      <p className="card-help">
        Type a package name. Requests wait 250&nbsp;ms for typing to pause and the server takes
        700&nbsp;ms to answer: type again meanwhile and the request in flight is aborted.
      </p>
      <input
        className="input"
        data-testid="search-input"
        placeholder="redux, vite, react…"
        value={query}
        onChange={(event) => dispatch(queryChanged(event.target.value))}
        aria-label="Search packages"
      />
      <div className={`status status--${status}`} data-testid="search-status">
        {status === 'idle' && 'Waiting for a query.'}
        {status === 'loading' && (
          <>
            <span className="spinner" /> Searching…
          </>
        )}
        {status === 'succeeded' &&
          `${hits.length} result${hits.length === 1 ? '' : 's'} for “${resultsFor}”`}
        {status === 'failed' && `Failed: ${error ?? 'unknown error'}`}
      </div>
      <ul className="results" data-testid="search-results">
        {hits.map((hit) => (
          <li key={hit.id}>{hit.name}</li>
        ))}
      </ul>
      <h3 className="subhead">Server requests</h3>
      <ul className="requests" data-testid="server-requests">
        {requests.length === 0 && <li className="muted">none yet</li>}
        {requests
          .map((request, index) => ({ ...request, index }))
          .reverse()
          .slice(0, 8)
          .map((request) => (
            <li key={request.index} data-outcome={request.outcome}>
              <code>/search?q={request.query}</code>
              <span className={`outcome outcome--${request.outcome}`}>{request.outcome}</span>
            </li>
          ))}
      </ul>
    </section>
  )
}
