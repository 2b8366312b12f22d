// The counter's actions and reducer in plain Redux: no toolkit, to show sagaloop needs none.
// Actions are type aliases, not interfaces: Redux Toolkit's `dispatch` wants an index signature.
import type { Reducer } from 'redux'

export interface CounterState {
  value: number
  pending: number
}

export const INCREMENT = 'counter/increment'
export const DECREMENT = 'counter/decrement'
export const INCREMENT_ASYNC = 'counter/incrementAsync'
export const INCREMENT_SETTLED = 'counter/incrementSettled'

export type IncrementAction = {
  type: typeof INCREMENT
  amount: number
}
export type DecrementAction = {
  type: typeof DECREMENT
}
export type IncrementAsyncAction = {
  type: typeof INCREMENT_ASYNC
  amount: number
}
export type IncrementSettledAction = {
  type: typeof INCREMENT_SETTLED
}

export type CounterAction =
  IncrementAction | DecrementAction | IncrementAsyncAction | IncrementSettledAction

export const increment = (amount = 1): IncrementAction => ({ type: INCREMENT, amount })
export const decrement = (): DecrementAction => ({ type: DECREMENT })
export const incrementAsync = (amount = 1): IncrementAsyncAction => ({
  type: INCREMENT_ASYNC,
  amount,
})
export const incrementSettled = (): IncrementSettledAction => ({ type: INCREMENT_SETTLED })

const initialState: CounterState = { value: 0, pending: 0 }

export const counterReducer: Reducer<CounterState, CounterAction, CounterState | undefined> = (
  state = initialState,
  action,
) => {
  switch (action.type) {
    case INCREMENT:
      return { ...state, value: state.value + action.amount }
    case DECREMENT:
      return { ...state, value: state.value - 1 }
    // `pending` counts the increments still waiting, so a UI can show a spinner.
    case INCREMENT_ASYNC:
      return { ...state, pending: state.pending + 1 }
    case INCREMENT_SETTLED:
      return { ...state, pending: state.pending - 1 }
    default:
      return state
  }
}
