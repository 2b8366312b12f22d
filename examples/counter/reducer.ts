// The counter's actions and reducer in plain Redux: no toolkit, to show sagaloop needs none.
import type { Reducer } from 'redux'

export interface CounterState {
  value: number
  pending: number
}

export const INCREMENT = 'counter/increment'
export const DECREMENT = 'counter/decrement'
export const INCREMENT_ASYNC = 'counter/incrementAsync'
export const INCREMENT_SETTLED = 'counter/incrementSettled'

export type CounterAction =
  | { type: typeof INCREMENT }
  | { type: typeof DECREMENT }
  | { type: typeof INCREMENT_ASYNC }
  | { type: typeof INCREMENT_SETTLED }

export const increment = (): CounterAction => ({ type: INCREMENT })
export const decrement = (): CounterAction => ({ type: DECREMENT })
export const incrementAsync = (): CounterAction => ({ type: INCREMENT_ASYNC })
export const incrementSettled = (): CounterAction => ({ type: INCREMENT_SETTLED })

const initialState: CounterState = { value: 0, pending: 0 }

export const counterReducer: Reducer<CounterState, CounterAction, CounterState | undefined> = (
  state = initialState,
  action,
) => {
  switch (action.type) {
    case INCREMENT:
      return { ...state, value: state.value + 1 }
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
