// The saga panel is the one `sagaloop/devtools` ships: React only gives it a place on the page.
import { useEffect, useRef } from 'react'
import { mountSagaPanel } from 'sagaloop/devtools'
import type { Inspector } from 'sagaloop/monitor'

export function SagaPanel({ inspector }: { inspector: Inspector }) {
  const slot = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (slot.current === null) return undefined
    const panel = mountSagaPanel(inspector, { target: slot.current })
    return () => panel.unmount()
  }, [inspector])
  return <div className="panel-slot" ref={slot} />
}
