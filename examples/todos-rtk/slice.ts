// Todos with optimistic updates: the reducer applies a change at once, the saga confirms it
// with the server, and a failure rolls it back.
import { createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit'
import type { Todo } from './api'

export interface TodoItem extends Todo {
  /** True until the server has confirmed the last change to this todo. */
  saving: boolean
}

export interface TodosState {
  items: TodoItem[]
  error: string | null
}

const initialState: TodosState = { items: [], error: null }

export const todosSlice = createSlice({
  name: 'todos',
  initialState,
  reducers: {
    todoAdded: {
      reducer(state, action: PayloadAction<{ tempId: string; title: string }>) {
        const { tempId, title } = action.payload
        state.items.push({ id: tempId, title, done: false, saving: true })
      },
      // A temporary id, so the todo can be shown (and found again) before the server names it.
      prepare: (title: string) => ({ payload: { tempId: `temp-${nanoid()}`, title } }),
    },
    addConfirmed(state, action: PayloadAction<{ tempId: string; todo: Todo }>) {
      const item = state.items.find((todo) => todo.id === action.payload.tempId)
      if (item) Object.assign(item, action.payload.todo, { saving: false })
    },
    addRolledBack(state, action: PayloadAction<{ tempId: string; error: string }>) {
      state.items = state.items.filter((todo) => todo.id !== action.payload.tempId)
      state.error = action.payload.error
    },
    todoToggled(state, action: PayloadAction<{ id: string; done: boolean }>) {
      const item = state.items.find((todo) => todo.id === action.payload.id)
      if (item) {
        item.done = action.payload.done
        item.saving = true
      }
    },
    toggleConfirmed(state, action: PayloadAction<Todo>) {
      const item = state.items.find((todo) => todo.id === action.payload.id)
      if (item) Object.assign(item, action.payload, { saving: false })
    },
    toggleRolledBack(state, action: PayloadAction<{ id: string; done: boolean; error: string }>) {
      const item = state.items.find((todo) => todo.id === action.payload.id)
      // Undo only our own change: a newer toggle may already have set the value again.
      if (item && item.done === action.payload.done) {
        item.done = !action.payload.done
        item.saving = false
      }
      state.error = action.payload.error
    },
    errorDismissed(state) {
      state.error = null
    },
  },
})

export const {
  todoAdded,
  addConfirmed,
  addRolledBack,
  todoToggled,
  toggleConfirmed,
  toggleRolledBack,
  errorDismissed,
} = todosSlice.actions
export const todosReducer = todosSlice.reducer
