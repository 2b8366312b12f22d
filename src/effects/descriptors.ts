/**
 * Effect descriptors: the plain data a saga yields. Creating one performs nothing; the
 * interpreter reads it and does the work. One file per family of effects; this file gathers them.
 */
export * from './effect.js'
export * from './call.js'
export * from './take.js'
export * from './put.js'
export * from './tasks.js'
export * from './select.js'
export * from './combinators.js'
export * from './channels.js'
export * from './timing.js'
export * from './use.js'
