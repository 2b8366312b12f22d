// The search box's state: what was typed, and the results of the last query that finished.
import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import type { SearchHit } from './api'

export type SearchStatus = 'idle' | 'loading' | 'succeeded' | 'failed'

export interface SearchState {
  /** What is in the box now. */
  query: string
  status: SearchStatus
  /** The query `hits` answer; it lags `query` while a request is in flight. */
  resultsFor: string
  hits: SearchHit[]
  error: string | null
}

const initialState: SearchState = {
  query: '',
  status: 'idle',
  resultsFor: '',
  hits: [],
  error: null,
}

export const searchSlice = createSlice({
  name: 'search',
  initialState,
  reducers: {
    queryChanged(state, action: PayloadAction<string>) {
      state.query = action.payload
    },
    searchStarted(state) {
      state.status = 'loading'
      state.error = null
    },
    searchSucceeded(state, action: PayloadAction<{ query: string; hits: SearchHit[] }>) {
      state.status = 'succeeded'
      state.resultsFor = action.payload.query
      state.hits = action.payload.hits
    },
    searchFailed(state, action: PayloadAction<{ query: string; error: string }>) {
      state.status = 'failed'
      state.error = action.payload.error
    },
    searchCleared(state) {
      state.status = 'idle'
      state.resultsFor = ''
      state.hits = []
      state.error = null
    },
  },
})

export const { queryChanged, searchStarted, searchSucceeded, searchFailed, searchCleared } =
  searchSlice.actions
export const searchReducer = searchSlice.reducer
