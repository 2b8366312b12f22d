/**
 * `sagaTrace(inspector)`: a `trace` function for Redux DevTools. For an action a saga put, the
 * Trace tab shows the saga chain instead of a stack of scheduler frames:
 *
 *     Error: put by searchWorker ← forked by takeLatest("search/queryChanged", searchWorker)
 *       for action #12 search/queryChanged ← dispatched from outside the sagas
 *         at put by searchWorker (saga-chain:1:1)
 *         ...
 *
 * For an action dispatched from outside the sagas, it returns the usual call stack. The
 * extension calls `trace(action)` while the action is dispatched, after the saga middleware has
 * told the monitor about it, so the chain is known by then.
 *
 * @example
 * const inspector = createInspector()
 * const store = configureStore({
 *   reducer,
 *   middleware: (gDM) => gDM().concat(createSagaMiddleware({ sagaMonitor: inspector })),
 *   devTools: { trace: sagaTrace(inspector), traceLimit: 25 },
 * })
 */
import type { CausalityQueries } from '../monitor/causality-types.js'
import { whyParts } from '../monitor/render-why.js'

export interface SagaTraceOptions {
  /** The stack for outside dispatches. Default: the current call stack. */
  stack?: () => string
}

/**
 * One frame per cause, in the V8 format the DevTools' stack parser reads (a frame needs a
 * `file:line:column`); the "file" says which step of the chain it is.
 */
function frames(parts: readonly string[]): string[] {
  return parts.map((part, index) => `    at ${part} (saga-chain:${index + 1}:1)`)
}

function currentStack(): string {
  const stack = new Error().stack
  if (stack === undefined) return 'Error: dispatched from outside the sagas'
  // Drop this function's and the trace function's own frames.
  const lines = stack.split('\n')
  return [lines[0] ?? 'Error', ...lines.slice(3)].join('\n')
}

/** Returns `trace(action) → string`, the Redux DevTools `trace` option, reading `monitor`. */
export function sagaTrace(
  monitor: Pick<CausalityQueries, 'why'>,
  options: SagaTraceOptions = {},
): (action: unknown) => string {
  const outside = options.stack ?? currentStack
  return (action) => {
    const links = monitor.why(action)
    if (links[0]?.kind !== 'put') return outside()
    const parts = whyParts(links)
    return [`Error: ${parts.join(' ← ')}`, ...frames(parts)].join('\n')
  }
}
