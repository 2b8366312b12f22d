import { describe, expect, test } from 'vitest'
import {
  call,
  cancel,
  delay,
  fork,
  put,
  race,
  spawn,
  take,
  takeLatest,
  join,
} from 'sagaloop/effects'
import { createInspector, renderText, type TaskSnapshot } from 'sagaloop/monitor'
import { flushAsync, makeStore } from '../support/store'

/** Finds a task by name anywhere in the tree. */
function find(roots: TaskSnapshot[], name: string): TaskSnapshot | undefined {
  for (const task of roots) {
    if (task.name === name) return task
    const below = find(task.children, name)
    if (below) return below
  }
  return undefined
}

function setup(options?: Parameters<typeof createInspector>[0]) {
  const inspector = createInspector(options)
  const { store, run } = makeStore({ sagaMonitor: inspector })
  const task = (name: string) => find(inspector.snapshot().roots, name)
  return { inspector, store, run, task }
}

describe('the task tree', () => {
  test('a root that forked two sagas waits for them, each blocked on its own effect', () => {
    const { run, task } = setup()
    function* loginFlow() {
      yield take('LOGIN')
    }
    function* ticker() {
      yield delay(1000)
    }
    function* rootSaga() {
      yield fork(loginFlow)
      yield fork(ticker)
    }
    const root = run(rootSaga)
    expect(task('rootSaga')).toMatchObject({ kind: 'root', state: 'waiting', parentId: null })
    expect(task('loginFlow')).toMatchObject({
      kind: 'fork',
      state: 'blocked',
      blockedOn: 'take("LOGIN")',
      parentId: root.id,
    })
    expect(task('ticker')).toMatchObject({ state: 'blocked', blockedOn: 'delay(1000)' })
    root.cancel()
  })

  test('a task id is the id of the task object the runtime returns', () => {
    const { run, task } = setup()
    let forked: { id: number } | undefined
    function* child() {
      yield take('NEVER')
    }
    function* rootSaga() {
      forked = yield fork(child)
    }
    const root = run(rootSaga)
    expect(task('rootSaga')?.id).toBe(root.id)
    expect(task('child')?.id).toBe(forked?.id)
    root.cancel()
  })

  test('a called saga appears as a child of its caller, and the caller is blocked on the call', () => {
    const { run, task } = setup()
    function* authorize(user: string) {
      yield take(`TOKEN_${user}`)
    }
    function* loginFlow() {
      yield call(authorize, 'ann')
    }
    const root = run(loginFlow)
    expect(task('loginFlow')).toMatchObject({
      state: 'blocked',
      blockedOn: 'call(authorize, "ann")',
    })
    expect(task('authorize')).toMatchObject({
      kind: 'call',
      state: 'blocked',
      blockedOn: 'take("TOKEN_ann")',
      parentId: root.id,
    })
    root.cancel()
  })

  test('a task that returned is done once its last effect resolved', async () => {
    const { run, store, task } = setup()
    function* once() {
      yield take('GO')
    }
    run(once)
    store.dispatch({ type: 'GO' })
    expect(task('once')).toMatchObject({ state: 'done' })
    expect(task('once')?.endedAt).toBeTypeOf('number')
  })

  test('a cancelled worker is shown cancelled, and its parent goes on', () => {
    const { run, store, task } = setup()
    function* worker() {
      yield delay(5000)
    }
    function* rootSaga() {
      const child = yield* fork(worker)
      yield take('STOP')
      yield cancel(child)
      yield take('NEVER')
    }
    const root = run(rootSaga)
    store.dispatch({ type: 'STOP' })
    expect(task('worker')).toMatchObject({ state: 'cancelled', cancelling: true })
    expect(task('rootSaga')).toMatchObject({ state: 'blocked', blockedOn: 'take("NEVER")' })
    root.cancel()
  })

  test('takeLatest shows the previous worker cancelled and the latest one blocked', () => {
    const { run, store, inspector } = setup()
    function* search(action: { q: string }) {
      yield delay(300, action.q)
    }
    function* rootSaga() {
      yield takeLatest('search', search)
    }
    const root = run(rootSaga)
    store.dispatch({ type: 'search', q: 'a' })
    store.dispatch({ type: 'search', q: 'ab' })
    const helper = inspector.snapshot().roots[0]?.children[0]
    expect(helper).toMatchObject({
      name: 'takeLatest("search", search)',
      state: 'blocked',
      blockedOn: 'take("search")',
    })
    expect(helper?.children.map((child) => [child.name, child.state])).toEqual([
      ['search', 'cancelled'],
      ['search', 'blocked'],
    ])
    root.cancel()
  })

  test('a race shows its pending branches, and the losing called saga ends cancelled', () => {
    const { run, store, task } = setup()
    function* request() {
      yield delay(1000)
    }
    function* flow() {
      yield race({ response: call(request), cancel: take('CANCEL') })
      yield take('NEVER')
    }
    const root = run(flow)
    expect(task('flow')).toMatchObject({
      state: 'blocked',
      blockedOn: 'race({response, cancel})',
      branches: ['response: call(request)', 'cancel: take("CANCEL")'],
    })
    store.dispatch({ type: 'CANCEL' })
    expect(task('request')).toMatchObject({ kind: 'call', state: 'cancelled' })
    expect(task('flow')).toMatchObject({ blockedOn: 'take("NEVER")' })
    root.cancel()
  })

  test('a failing child is failed with its message, and so is the parent it failed', async () => {
    const onError = () => {}
    const inspector = createInspector()
    const { run } = makeStore({ sagaMonitor: inspector, onError })
    function* crash() {
      yield delay(1)
      throw new Error('boom')
    }
    function* sibling() {
      yield take('NEVER')
    }
    function* rootSaga() {
      yield fork(crash)
      yield fork(sibling)
    }
    const root = run(rootSaga)
    await root.toPromise().catch(() => {})
    const snap = inspector.snapshot()
    expect(find(snap.roots, 'crash')).toMatchObject({ state: 'failed', error: 'boom' })
    expect(find(snap.roots, 'rootSaga')).toMatchObject({ state: 'failed', error: 'boom' })
    expect(find(snap.roots, 'sibling')).toMatchObject({ state: 'cancelled' })
  })

  test('a fork whose saga fails at once is shown failed', () => {
    const inspector = createInspector()
    const { run } = makeStore({ sagaMonitor: inspector, onError: () => {} })
    function* instant() {
      throw new Error('at once')
    }
    function* rootSaga() {
      yield fork(instant)
    }
    run(rootSaga)
    const snap = inspector.snapshot()
    expect(find(snap.roots, 'instant')).toMatchObject({ state: 'failed', error: 'at once' })
  })

  test('a spawned task is marked spawned and outlives the cancelled parent', () => {
    const { run, task } = setup()
    function* detachedWork() {
      yield take('NEVER')
    }
    function* parent() {
      yield spawn(detachedWork)
      yield take('NEVER')
    }
    const root = run(parent)
    root.cancel()
    expect(task('parent')).toMatchObject({ state: 'cancelled' })
    expect(task('detachedWork')).toMatchObject({ kind: 'spawn', state: 'blocked' })
  })

  test('a joining task is blocked on join of the task it waits for', () => {
    const { run, task } = setup()
    function* worker() {
      yield take('NEVER')
    }
    function* rootSaga() {
      const child = yield* fork(worker)
      yield join(child)
    }
    const root = run(rootSaga)
    expect(task('rootSaga')).toMatchObject({ blockedOn: 'join(worker)' })
    root.cancel()
  })
})

describe('bookkeeping', () => {
  test('only the newest ended tasks under a parent are kept', () => {
    const { run, store, inspector } = setup({ keepFinished: 2 })
    function* worker(n: number) {
      yield put({ type: 'DONE', n })
    }
    function* rootSaga() {
      for (let n = 1; n <= 5; n++) {
        yield take('GO')
        yield fork(worker, n)
      }
      yield take('NEVER')
    }
    const root = run(rootSaga)
    for (let n = 1; n <= 5; n++) store.dispatch({ type: 'GO' })
    const children = inspector.snapshot().roots[0]?.children ?? []
    expect(children).toHaveLength(2)
    expect(children.every((child) => child.state === 'done')).toBe(true)
    root.cancel()
  })

  test('the effect log keeps the newest entries, oldest first', () => {
    const { run, store, inspector } = setup({ logSize: 3 })
    function* rootSaga() {
      for (;;) yield take('TICK')
    }
    run(rootSaga)
    store.dispatch({ type: 'TICK' })
    store.dispatch({ type: 'TICK' })
    const log = inspector.snapshot().log
    expect(log).toHaveLength(3)
    expect(log.map((entry) => entry.seq)).toEqual(
      [...log.map((entry) => entry.seq)].sort((a, b) => a - b),
    )
    expect(log[0]).toMatchObject({ kind: 'effect', outcome: 'resolved', detail: '{"type":"TICK"}' })
    expect(log[1]).toMatchObject({ kind: 'action', type: 'TICK' })
    expect(log[2]).toMatchObject({ kind: 'effect', text: 'take("TICK")', outcome: 'pending' })
  })

  test('dispatched actions are logged', () => {
    const { store, inspector } = setup()
    store.dispatch({ type: 'HELLO' })
    expect(inspector.snapshot().log).toContainEqual(
      expect.objectContaining({ kind: 'action', type: 'HELLO' }),
    )
  })

  test('a snapshot survives a JSON round trip unchanged', () => {
    const { run, inspector } = setup()
    function* rootSaga() {
      yield fork(function* child() {
        yield race({ a: take('A'), b: delay(10) })
      })
      yield call(() => Promise.resolve({ big: new Map() }))
    }
    const root = run(rootSaga)
    const snap = inspector.snapshot()
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap)
    root.cancel()
  })

  test('clear forgets ended tasks and the log but keeps running ones', () => {
    const { run, store, inspector, task } = setup()
    function* quick() {
      yield take('GO')
    }
    function* slow() {
      yield take('NEVER')
    }
    run(quick)
    const root = run(slow)
    store.dispatch({ type: 'GO' })
    inspector.clear()
    expect(task('quick')).toBeUndefined()
    expect(task('slow')).toMatchObject({ state: 'blocked' })
    expect(inspector.snapshot().log).toEqual([])
    root.cancel()
  })
})

describe('cost', () => {
  test('effects are described only when a snapshot is taken, not as they run', () => {
    const { run, inspector } = setup()
    let described = 0
    const action = { type: 'SAVED', toJSON: () => (described++, { type: 'SAVED' }) }
    function* saver() {
      yield put(action)
    }
    run(saver)
    expect(described).toBe(0)
    inspector.snapshot()
    expect(described).toBeGreaterThan(0)
  })
})

describe('subscribers', () => {
  test('a listener is called once after a burst of synchronous changes', async () => {
    const { run, store, inspector } = setup()
    let calls = 0
    inspector.subscribe(() => calls++)
    function* rootSaga() {
      for (;;) yield take('TICK')
    }
    run(rootSaga)
    for (let i = 0; i < 10; i++) store.dispatch({ type: 'TICK' })
    expect(calls).toBe(0)
    await flushAsync()
    expect(calls).toBe(1)
  })

  test('a listener sees a task ended by the change that woke it', async () => {
    const { run, store, inspector } = setup()
    const states: string[] = []
    inspector.subscribe(() => {
      states.push(inspector.snapshot().roots[0]?.state ?? 'none')
    })
    function* once() {
      yield take('GO')
    }
    run(once)
    await flushAsync()
    store.dispatch({ type: 'GO' })
    await flushAsync()
    expect(states).toEqual(['blocked', 'done'])
  })

  test('an unsubscribed listener is not called again', async () => {
    const { store, inspector } = setup()
    let calls = 0
    const unsubscribe = inspector.subscribe(() => calls++)
    unsubscribe()
    store.dispatch({ type: 'HELLO' })
    await flushAsync()
    expect(calls).toBe(0)
  })
})

describe('renderText', () => {
  test('draws the tree with one task per line and what each waits on', () => {
    const { run, store, inspector } = setup()
    function* search() {
      yield delay(300)
    }
    function* authorize() {
      yield race({ token: take('TOKEN'), logout: take('LOGOUT') })
    }
    function* loginFlow() {
      yield call(authorize)
    }
    function* rootSaga() {
      yield fork(loginFlow)
      yield takeLatest('search', search)
    }
    const root = run(rootSaga)
    store.dispatch({ type: 'search' })
    store.dispatch({ type: 'search' })
    expect(renderText(inspector.snapshot())).toBe(
      [
        'rootSaga  waiting for forks',
        '├─ loginFlow  blocked on call(authorize)',
        '│  └─ authorize (called)  blocked on race({token, logout})',
        '│        · token: take("TOKEN")',
        '│        · logout: take("LOGOUT")',
        '└─ takeLatest("search", search)  blocked on take("search")',
        '   ├─ search  cancelled',
        '   └─ search  blocked on delay(300)',
      ].join('\n'),
    )
    root.cancel()
  })

  test('a failed task shows its error', () => {
    const inspector = createInspector()
    const { run } = makeStore({ sagaMonitor: inspector, onError: () => {} })
    function* broken() {
      yield call(() => {
        throw new TypeError('bad input')
      })
    }
    run(broken)
    expect(renderText(inspector.snapshot())).toBe('broken  failed: TypeError: bad input')
  })
})
