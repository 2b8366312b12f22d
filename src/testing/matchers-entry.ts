/**
 * The `sagaloop/testing/matchers` entry point. A separate file from `matchers.ts` because
 * `sagaloop/testing` also exports that module as the `matchers` namespace: when one module is
 * both an entry and a namespace, the bundler puts the namespace object in the entry's chunk and
 * exports it under an internal name (`t`, `matchers_exports`) that users would see.
 *
 * @module sagaloop/testing/matchers
 */
export * from './matchers.js'
