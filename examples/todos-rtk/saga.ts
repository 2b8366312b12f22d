// The sagas behind the optimistic updates. `yield*` gives each effect's result its type: `todo`
// below is a `Todo` because `api.create` returns `Promise<Todo>`, with no annotation.
import { call, put, takeEvery } from 'sagaloop/effects'
import type { TodoApi } from './api'
import {
  addConfirmed,
  addRolledBack,
  todoAdded,
  todoToggled,
  toggleConfirmed,
  toggleRolledBack,
} from './slice'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export function* saveNewTodo(api: TodoApi, action: ReturnType<typeof todoAdded>) {
  const { tempId, title } = action.payload
  try {
    const todo = yield* call(api.create, title)
    yield put(addConfirmed({ tempId, todo }))
  } catch (error) {
    yield put(addRolledBack({ tempId, error: `could not add "${title}": ${messageOf(error)}` }))
  }
}

export function* saveToggle(api: TodoApi, action: ReturnType<typeof todoToggled>) {
  const { id, done } = action.payload
  try {
    const todo = yield* call(api.setDone, id, done)
    yield put(toggleConfirmed(todo))
  } catch (error) {
    yield put(toggleRolledBack({ id, done, error: `could not save: ${messageOf(error)}` }))
  }
}

export function* todosSaga(api: TodoApi) {
  yield takeEvery(todoAdded, saveNewTodo, api)
  yield takeEvery(todoToggled, saveToggle, api)
}
