/**
 * A consumer of the installed package: imports every entry point, uses every exported value, and
 * runs a small app through it. The package test compiles this file in each module setup (ESM and
 * CommonJS, bundler / node16 / nodenext / node10 resolution) with `strict` and
 * `skipLibCheck: false`, then runs the output with node (`import` or `require`, by setup).
 *
 * Every runtime export of every entry must be imported by name in one of the consumer files
 * (the package test checks it), and `noUnusedLocals` makes sure each import is used.
 */
import assert from 'node:assert/strict'
import { runRequests } from './requests.js'
import { applyMiddleware, legacy_createStore as createStore, type Reducer } from 'redux'
import createSagaMiddlewareDefault, {
  CANCEL,
  END,
  SAGA_LOCATION,
  SagaError,
  SettleTimeoutError,
  abortSignal,
  logErrorWithFrames,
  backoffDelay,
  actionChannel,
  all,
  apply,
  buffers,
  call,
  callWithSignal,
  cancel,
  cancelled,
  channel,
  cps,
  createSagaMiddleware,
  debounce,
  delay,
  delayP,
  detach,
  effectTypes,
  eventChannel,
  flush,
  fork,
  getContext,
  isEffect,
  isEnd,
  join,
  multicastChannel,
  put,
  putResolve,
  race,
  retry,
  runSaga,
  select,
  setContext,
  spawn,
  stdChannel,
  supervise,
  take,
  takeEvery,
  takeLatest,
  takeLeading,
  takeMaybe,
  throttle,
  use,
  type EventChannel,
  type SagaIterator,
  type Task,
} from 'sagaloop'
import {
  createCausality,
  createInspector,
  describeState,
  named,
  renderText,
  renderWhy,
  whyParts,
} from 'sagaloop/monitor'
import {
  exportSession,
  liveSource,
  loadSession,
  maskSecrets,
  mountSagaPanel,
  sagaTrace,
} from 'sagaloop/devtools'
import { withTypes } from 'sagaloop/toolkit'
import {
  SagaAssertionError,
  cloneableGenerator,
  composeProviders,
  createMockTask,
  mockTask,
  dynamic,
  expectSaga,
  matchers,
  providers,
  testSaga,
  throwError,
} from 'sagaloop/testing'
import { checkEntryIdentities } from './entries.js'

// --- the app -----------------------------------------------------------------------------------

interface State {
  count: number
  log: string[]
}
type AppAction =
  | { type: 'add'; by: number }
  | { type: 'logged'; line: string }
  | { type: 'ping' }
  | { type: 'stop' }

// `END` is also a type: stores that receive it (server-side rendering) say so.
const reducer: Reducer<State, AppAction | END, State | undefined> = (
  state = { count: 0, log: [] },
  action,
) => {
  if (action.type === 'add') return { ...state, count: state.count + action.by }
  if (action.type === 'logged') return { ...state, log: [...state.log, action.line] }
  return state
}

const { select: selectApp, put: putApp } = withTypes<State, (action: AppAction) => AppAction>()

const double = (n: number): Promise<number> => Promise.resolve(n * 2)
const nodeStyle = (n: number, done: (error: Error | null, value?: string) => void): void =>
  done(null, `n=${n}`)
const api = {
  base: 10,
  plus(n: number): number {
    return this.base + n
  },
}

/** A finite event source: emits 1, 2, 3, then END. */
function numbers(): EventChannel<number> {
  return eventChannel<number>((emit) => {
    const timer = setTimeout(() => {
      emit(1)
      emit(2)
      emit(3)
      emit(END)
    })
    return () => clearTimeout(timer)
  })
}

function* logWorker(action: { type: 'ping' }): SagaIterator<void> {
  yield put({ type: 'logged', line: action.type })
}

function* idleWorker(_action: { type: 'idle' }): SagaIterator<void> {}

function* countdown(from: number): Generator<unknown, string, unknown> {
  const seen: number[] = []
  const chan = numbers()
  try {
    for (;;) {
      const n = yield* take(chan)
      seen.push(n + from)
    }
  } finally {
    if (yield* cancelled()) seen.push(-1)
  }
}

function* rootSaga(): Generator<unknown, void, unknown> {
  yield* setContext({ unit: 'ms' })
  const unit = yield* getContext<string>('unit')
  const doubled = yield* call(double, 21)
  const viaApply = yield* apply(api, api.plus, [5])
  const viaCps = yield* cps(nodeStyle, 7)
  const [a, b] = yield* all([call(double, 1), call(double, 2)])
  const winner = yield* race({ fast: call(double, 3), slow: delay(1_000, 'slow') })
  yield* putApp({ type: 'add', by: doubled + viaApply + a + b + (winner.fast ?? 0) })
  yield* putApp({ type: 'logged', line: `${unit} ${viaCps}` })
  const count = yield* selectApp((state) => state.count)
  assert.equal(count, 42 + 15 + 2 + 4 + 6)

  const helpers: Task[] = [
    yield* takeEvery('ping', logWorker),
    // Nothing dispatches `idle`: these only have to start, and stop when cancelled.
    yield* takeLatest('idle', idleWorker),
    yield* takeLeading('idle', idleWorker),
    yield* throttle(10, 'idle', idleWorker),
    yield* debounce(10, 'idle', idleWorker),
  ]
  const requests = yield* actionChannel('stop', buffers.sliding<{ type: 'stop' }>(2))
  yield* put({ type: 'ping' })
  yield* put({ type: 'stop' })
  yield* take(requests)
  const pending = yield* flush(requests)
  assert.deepEqual(pending, [])

  const counter = yield* fork(countdown, 100)
  assert.equal(yield* join(counter), undefined)
  const detached = yield* spawn(function* () {
    yield* delay(0)
    return 'spawned'
  })
  assert.equal(yield* join(detached), 'spawned')
  const background = yield* detach(
    fork(function* () {
      yield* take('never')
    }),
  )
  yield* cancel(background)
  assert.equal(yield* call(delayP, 0, 'v'), 'v')
  assert.equal(yield* retry(2, 0, double, 4), 8)
  const signal = yield* abortSignal()
  assert.equal(signal.aborted, false)
  assert.equal(yield* callWithSignal((n: number, s: AbortSignal) => (s.aborted ? 0 : n), 5), 5)
  const closing = channel<string>()
  yield* put(closing, END)
  assert.ok(isEnd(yield* takeMaybe(closing)))
  yield* putResolve({ type: 'add', by: 0 })
  yield* select()
  for (const task of helpers) yield* cancel(task)
  yield* cancel()
}

// --- running it --------------------------------------------------------------------------------

async function runApp(): Promise<void> {
  assert.equal(createSagaMiddlewareDefault, createSagaMiddleware)
  const inspector = createInspector()
  const sagaMiddleware = createSagaMiddleware({ sagaMonitor: inspector })
  const store = createStore(reducer, applyMiddleware(sagaMiddleware))
  const task = sagaMiddleware.run(rootSaga)
  await task.toPromise()
  store.dispatch(END)
  assert.equal(task.isCancelled(), true)
  assert.deepEqual(store.getState().log, ['ms n=7', 'ping'])
  const text = renderText(inspector.snapshot())
  assert.match(text, /rootSaga/)
  const first = inspector.snapshot().roots[0]
  assert.ok(first !== undefined && typeof describeState(first) === 'string')
  await traceAPut()
}

/** Causality through the installed monitor and devtools entries (the panel needs a DOM). */
async function traceAPut(): Promise<void> {
  const causality = createCausality({ maxAge: 10 })
  const sagaMiddleware = createSagaMiddleware({ sagaMonitor: causality })
  const store = createStore(reducer, applyMiddleware(sagaMiddleware))
  const pinger = named('pinger', function* (): SagaIterator<void> {
    yield take('ping')
    yield put({ type: 'logged', line: 'pong' })
  })
  sagaMiddleware.run(pinger)
  store.dispatch({ type: 'ping' })
  const logged = causality.actions().find((entry) => entry.type === 'logged')
  assert.ok(logged !== undefined)
  const chain = causality.why(logged.id)
  assert.match(renderWhy(chain), /pinger/)
  assert.ok(whyParts(chain).length >= 2)
  assert.match(sagaTrace(causality)(logged.id), /^Error: put by pinger/)
  assert.deepEqual(maskSecrets({ token: 'x', id: 1 }), { token: '•••', id: 1 })
  assert.equal(typeof mountSagaPanel, 'function')
  const inspector = createInspector()
  const session = exportSession(liveSource(inspector))
  assert.equal(loadSession(JSON.stringify(session)).actions().length, 0)
}

async function runOutsideTheStore(): Promise<void> {
  const broadcast = multicastChannel<{ type: string }>()
  const io = stdChannel()
  const dispatched: unknown[] = []
  const task = runSaga(
    { channel: io, dispatch: (action: unknown) => dispatched.push(action), getState: () => 1 },
    function* () {
      const [fromIo] = yield* all([take('go')])
      yield* put(broadcast, { type: 'relay' })
      return fromIo.type
    },
  )
  io.put({ type: 'go' })
  assert.equal(await task.toPromise(), 'go')
  assert.ok(isEffect(put({ type: 'x' })))
  assert.equal(effectTypes.CALL, 'CALL')
  assert.equal(typeof CANCEL, 'string')
  assert.equal(typeof SAGA_LOCATION, 'string')
  assert.throws(() => put(channel(), undefined as never), SagaError)
}

async function runTheTestingKit(): Promise<void> {
  function* saga(): Generator<unknown, number, unknown> {
    const n = yield* call(double, 2)
    yield* put({ type: 'add', by: n })
    return n
  }
  const result = await expectSaga(saga)
    .provide([[matchers.call.fn(double), 10]])
    .put({ type: 'add', by: 10 })
    .returns(10)
    .run()
  assert.ok(result.effects !== undefined)
  await expectSaga(saga)
    .provide({
      call: composeProviders(
        (_payload, next) => next(),
        () => 3,
      ),
    })
    .returns(3)
    .run()
  await expectSaga(saga)
    .provide([[matchers.call.fn(double), dynamic(() => 5)]])
    .returns(5)
    .run()
  await expectSaga(saga)
    .provide([[matchers.call.fn(double), throwError(new Error('down'))]])
    .throws(Error)
    .run()
  assert.equal(typeof providers.dynamic, 'function')

  testSaga(saga).next().call(double, 2).next(6).put({ type: 'add', by: 6 }).next().returns(6)
  const clone = cloneableGenerator(saga)()
  assert.deepEqual(clone.next().value, call(double, 2))
  const mock = createMockTask()
  assert.equal(mock.isRunning(), true)
  const ended = mockTask({ result: 1 })
  assert.equal(ended.result(), 1)
  assert.throws(
    () => testSaga(saga).next().call(double, 3),
    (error: unknown) => error instanceof SagaAssertionError,
  )
}

/** The lifecycle additions, as installed: supervise, use, settled, runKeyed. */
async function runTheLifecycles(): Promise<void> {
  const errors: string[] = []
  const sagaMiddleware = createSagaMiddleware({ onError: (e) => errors.push(e.message) })
  const store = createStore((state: number = 0) => state, applyMiddleware(sagaMiddleware))
  let unsubscribed = 0
  let starts = 0
  sagaMiddleware.runKeyed('root', function* () {
    yield* supervise({ backoff: { initial: 0 } }, function* watcher() {
      starts++
      yield* use(eventChannel<number>(() => () => void unsubscribed++))
      yield* take('crash')
      throw new Error('crashed')
    })
  })
  store.dispatch({ type: 'crash' })
  await sagaMiddleware.settled()
  assert.deepEqual(errors, ['crashed'])
  assert.equal(starts, 2)
  assert.equal(unsubscribed, 1)
  const next = sagaMiddleware.runKeyed('root', function* () {
    yield* call(() => new Promise(() => {}))
  })
  assert.equal(unsubscribed, 2)
  const timedOut = await sagaMiddleware.settled({ timeout: 1 }).catch((e: unknown) => e)
  assert.ok(timedOut instanceof SettleTimeoutError)
  assert.equal(backoffDelay({ initial: 100, max: 1_000, factor: 2, jitter: 0 }, 2), 400)
  next.cancel()
}

/** The default onError prints redux-saga's two lines; logErrorWithFrames adds the frames. */
async function runTheErrorLogs(): Promise<void> {
  const printed: unknown[][] = []
  const consoleError = console.error
  console.error = (...args: unknown[]) => void printed.push(args)
  try {
    for (const onError of [undefined, logErrorWithFrames]) {
      const sagaMiddleware = createSagaMiddleware(onError ? { onError } : {})
      createStore((state: number = 0) => state, applyMiddleware(sagaMiddleware))
      const task = sagaMiddleware.run(function* failing() {
        yield* call(() => Promise.reject(new Error('HTTP 500')))
      })
      await task.toPromise().catch(() => {})
    }
  } finally {
    console.error = consoleError
  }
  assert.equal(printed.length, 5)
  assert.equal(printed[1]?.[0], 'The above error occurred in task failing\n')
  assert.match(String(printed[4]?.[0]), /^Saga frames:\n {2}failing #\d+ {2}call\(anonymous\)$/)
}

async function main(): Promise<void> {
  checkEntryIdentities()
  await runApp()
  await runOutsideTheStore()
  await runTheLifecycles()
  await runTheErrorLogs()
  await runTheTestingKit()
  await runRequests()
  console.log('consumer: ok')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
