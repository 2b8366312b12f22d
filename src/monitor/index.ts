/**
 * `sagaloop/monitor`: a saga monitor that records the live task tree and the effect log, and
 * renders the tree as text. It has no dependency: a UI draws `snapshot()` as it likes.
 *
 * @example
 * const inspector = createInspector()
 * const sagaMiddleware = createSagaMiddleware({ sagaMonitor: inspector })
 * // later
 * console.log(renderText(inspector.snapshot()))
 *
 * @module sagaloop/monitor
 */
export { createInspector } from './inspector.js'
export type { Inspector, InspectorOptions } from './inspector.js'
export { createCausality } from './causality.js'
export type { Causality, CausalityOptions } from './causality.js'
export type * from './causality-types.js'
export { renderText, describeState } from './render-text.js'
export { renderWhy, whyParts } from './render-why.js'
export { named } from './named.js'
export type * from './types.js'
