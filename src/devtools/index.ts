/**
 * `sagaloop/devtools`: the saga panel (task tree, timeline, causality, filter, sessions as JSON)
 * mounted with one call, and a `trace` function for Redux DevTools. No framework; nothing here
 * runs until you call it, so an app that does not import it pays nothing.
 *
 * @example
 * const inspector = createInspector()
 * // ... createSagaMiddleware({ sagaMonitor: inspector })
 * mountSagaPanel(inspector)
 *
 * @module sagaloop/devtools
 */
export { sagaTrace } from './trace.js'
export type { SagaTraceOptions } from './trace.js'
export { mountSagaPanel } from './panel/panel.js'
export type { SagaPanel, SagaPanelOptions, PanelElement, PanelView } from './panel/panel.js'
export type { Selection } from './panel/context.js'
export { exportSession, liveSource, loadSession } from './session.js'
export type { PanelSource, SagaSession } from './session.js'
export { maskSecrets } from './mask.js'
