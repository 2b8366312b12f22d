// Follows the inspector with React state. The inspector tells its listeners at most once per
// microtask; a busy saga program can still change hundreds of times a second, so redraws are
// throttled here, and a slow tick keeps the ages of tasks current when nothing happens.
import { useEffect, useState } from 'react'
import type { Inspector, InspectorSnapshot } from 'sagaloop/monitor'

export function useInspectorSnapshot(inspector: Inspector, throttleMs = 80): InspectorSnapshot {
  const [snapshot, setSnapshot] = useState(() => inspector.snapshot())
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const refresh = () => {
      clearTimeout(timer)
      timer = undefined
      setSnapshot(inspector.snapshot())
    }
    const unsubscribe = inspector.subscribe(() => {
      timer ??= setTimeout(refresh, throttleMs)
    })
    const tick = setInterval(refresh, 1000)
    refresh()
    return () => {
      unsubscribe()
      clearTimeout(timer)
      clearInterval(tick)
    }
  }, [inspector, throttleMs])
  return snapshot
}
