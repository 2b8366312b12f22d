// Live prices from the ticker, and how the connection is doing.
import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import type { Tick } from './socket'

export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'stopped'

export interface TickerState {
  status: ConnectionStatus
  prices: Record<string, number>
  /** Ticks that reached the store. */
  received: number
  /** Ticks the buffer dropped because the store could not keep up (gaps in `seq`). */
  dropped: number
  lastSeq: number | null
  /** How many times the connection was lost and opened again. */
  reconnects: number
}

const initialState: TickerState = {
  status: 'idle',
  prices: {},
  received: 0,
  dropped: 0,
  lastSeq: null,
  reconnects: 0,
}

export const tickerSlice = createSlice({
  name: 'ticker',
  initialState,
  reducers: {
    connecting(state) {
      state.status = state.status === 'idle' ? 'connecting' : 'reconnecting'
    },
    connected(state) {
      if (state.status === 'reconnecting') state.reconnects += 1
      state.status = 'open'
      // Ticks sent while disconnected are not dropped by us: count gaps from here on.
      state.lastSeq = null
    },
    tickReceived(state, action: PayloadAction<Tick>) {
      const { seq, symbol, price } = action.payload
      if (state.lastSeq !== null && seq > state.lastSeq + 1) {
        state.dropped += seq - state.lastSeq - 1
      }
      state.lastSeq = seq
      state.prices[symbol] = price
      state.received += 1
    },
    disconnected(state) {
      state.status = 'reconnecting'
    },
    stopped(state) {
      state.status = 'stopped'
    },
  },
})

export const { connecting, connected, tickReceived, disconnected, stopped } = tickerSlice.actions
export const tickerReducer = tickerSlice.reducer
