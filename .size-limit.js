// Size budgets, min+gzip, measured on dist/ the way an app bundles it: production mode
// (process.env.NODE_ENV replaced, development-only messages dropped) and tree-shaken to what the
// app imports. `npm test` runs it after the build (test:size). Each budget is today's size
// plus a little: a regression fails the build. The goal for the small app is 6.5 kB; lower its
// budget as the runtime gets there. The last entry, with no budget, is the reference: redux-saga's
// production build tree-shaken to the small app's imports, bundled the same way. An app bundles
// the runners of the effects it can meet only: redux-saga's everyday ones (with the runtime), and
// those whose creators it imports; which is why every export of sagaloop/effects weighs more than
// its creators alone.
const production = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
})

const check = (name, path, imports, limit) => ({
  name,
  path,
  import: imports,
  limit,
  gzip: true,
  modifyEsbuildConfig: production,
})

export default [
  check(
    'small app: createSagaMiddleware + call/put/take/takeLatest/select/fork',
    'dist/index.js',
    '{ createSagaMiddleware, call, put, take, takeLatest, select, fork }',
    '9.8 kB',
  ),
  check('only call, from sagaloop/effects', 'dist/effects.js', '{ call }', '0.45 kB'),
  check('sagaloop (every export)', 'dist/index.js', '*', '15.25 kB'),
  check('sagaloop/effects (every export)', 'dist/effects.js', '*', '6.8 kB'),
  check('sagaloop/monitor', 'dist/monitor.js', '*', '6.15 kB'),
  check('sagaloop/toolkit', 'dist/toolkit.js', '*', '0.75 kB'),
  check('sagaloop/testing', 'dist/testing.js', '*', '26.45 kB'),
  check('sagaloop/devtools', 'dist/devtools.js', '*', '6.3 kB'),
  {
    // The reference, with no budget: redux-saga's production build, tree-shaken to the same imports.
    name: "reference: redux-saga 1.x, the small app's imports",
    import: {
      'node_modules/@redux-saga/core/dist/redux-saga-core.esm.js': 'createSagaMiddleware',
      'node_modules/@redux-saga/core/effects/dist/redux-saga-core-effects.esm.js':
        '{ call, put, take, takeLatest, select, fork }',
    },
    gzip: true,
    modifyEsbuildConfig: production,
  },
]
