/**
 * `named('loadUser', saga)`: gives a saga (or any function a saga calls or forks) the name the
 * monitor, the task tree, saga stacks and error messages show, whatever a minifier does to it.
 *
 * It sets the function's own `name` (a configurable property of every function), so anything
 * that reads `fn.name` - sagaloop, redux-saga's monitors, a logger - sees the same name, and the
 * function stays the same object: `call(loadUser)` still equals `call(loadUser)` in tests.
 * A bundler's `keepNames` (esbuild `keepNames: true`, terser `keep_fnames: true`) keeps every
 * name instead, at some cost in size; `named` keeps only the ones you mark.
 *
 * @example
 * export const loadUser = named('loadUser', function* (action) { ... })
 */
export function named<F extends (...args: never[]) => unknown>(name: string, fn: F): F {
  if (typeof fn !== 'function') {
    throw new TypeError(
      `named(${JSON.stringify(name)}, fn): fn must be a function; got ${typeof fn}.`,
    )
  }
  Object.defineProperty(fn, 'name', { value: name, configurable: true })
  return fn
}
