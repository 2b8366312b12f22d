// Typed react-redux hooks for this store.
import { useDispatch, useSelector } from 'react-redux'
import type { WebDispatch, WebState } from './store'

export const useWebDispatch = useDispatch.withTypes<WebDispatch>()
export const useWebSelector = useSelector.withTypes<WebState>()
