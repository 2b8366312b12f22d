import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { call, put } from 'sagaloop/effects'
import { createFakeTodoApi, type Todo } from './api'
import { saveToggle } from './saga'
import { todoAdded, todoToggled, toggleConfirmed, toggleRolledBack } from './slice'
import { createTodosStore } from './store'

const latencyMs = 200

function setup() {
  const api = createFakeTodoApi({ latencyMs })
  const { store, task } = createTodosStore(api)
  return { api, store, task, todos: () => store.getState().todos }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('optimistic todos', () => {
  test('a new todo shows at once, then takes the id the server gave it', async () => {
    const { api, store, task, todos } = setup()
    store.dispatch(todoAdded('write the examples'))
    expect(todos().items).toEqual([
      {
        id: expect.stringMatching(/^temp-/),
        title: 'write the examples',
        done: false,
        saving: true,
      },
    ])
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(todos().items).toEqual([
      { id: '1', title: 'write the examples', done: false, saving: false },
    ])
    expect([...api.saved.keys()]).toEqual(['1'])
    task.cancel()
  })

  test('a todo the server refuses is removed again, with the reason', async () => {
    const { api, store, task, todos } = setup()
    api.failNext()
    store.dispatch(todoAdded('doomed'))
    expect(todos().items).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(todos()).toEqual({
      items: [],
      error: 'could not add "doomed": 503 Service Unavailable',
    })
    task.cancel()
  })

  test('a toggle shows at once and is kept once the server saved it', async () => {
    const { api, store, task, todos } = setup()
    store.dispatch(todoAdded('ship it'))
    await vi.advanceTimersByTimeAsync(latencyMs)
    store.dispatch(todoToggled({ id: '1', done: true }))
    expect(todos().items[0]).toMatchObject({ done: true, saving: true })
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(todos().items[0]).toMatchObject({ done: true, saving: false })
    expect(api.saved.get('1')?.done).toBe(true)
    task.cancel()
  })

  test('a toggle the server refuses is rolled back, with the reason', async () => {
    const { api, store, task, todos } = setup()
    store.dispatch(todoAdded('ship it'))
    await vi.advanceTimersByTimeAsync(latencyMs)
    api.failNext()
    store.dispatch(todoToggled({ id: '1', done: true }))
    expect(todos().items[0]?.done).toBe(true)
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(todos()).toEqual({
      items: [{ id: '1', title: 'ship it', done: false, saving: false }],
      error: 'could not save: 503 Service Unavailable',
    })
    expect(api.saved.get('1')?.done).toBe(false)
    task.cancel()
  })

  test('a failed toggle does not undo a newer toggle of the same todo', async () => {
    const { api, store, task, todos } = setup()
    store.dispatch(todoAdded('ship it'))
    await vi.advanceTimersByTimeAsync(latencyMs)
    api.failNext()
    store.dispatch(todoToggled({ id: '1', done: true }))
    store.dispatch(todoToggled({ id: '1', done: false }))
    await vi.advanceTimersByTimeAsync(latencyMs)
    expect(todos().items[0]).toMatchObject({ done: false, saving: false })
    task.cancel()
  })

  test('the toggle saga can be stepped by hand, one effect at a time', () => {
    const api = createFakeTodoApi()
    const saga = saveToggle(api, todoToggled({ id: '7', done: true }))
    expect(saga.next().value).toEqual(call(api.setDone, '7', true))
    const saved: Todo = { id: '7', title: 'step', done: true }
    expect(saga.next(saved).value).toEqual(put(toggleConfirmed(saved)))
    expect(saga.next().done).toBe(true)

    const failing = saveToggle(api, todoToggled({ id: '7', done: true }))
    failing.next()
    expect(failing.throw(new Error('offline')).value).toEqual(
      put(toggleRolledBack({ id: '7', done: true, error: 'could not save: offline' })),
    )
  })
})
