import { configureStore, type Reducer } from '@reduxjs/toolkit'
import createSagaMiddleware, { type SagaMonitor } from 'sagaloop'
import { createInspector, type InspectorOptions } from 'sagaloop/monitor'

/** An RTK store whose saga middleware reports to a fresh inspector. */
export function monitoredStore<S>(reducer: Reducer<S>, options: InspectorOptions = {}) {
  const inspector = createInspector(options)
  const sagaMiddleware = createSagaMiddleware({ sagaMonitor: inspector })
  const store = configureStore({
    reducer,
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(sagaMiddleware),
  })
  return { store, inspector, run: sagaMiddleware.run }
}

/** The one recorder of monitor hook calls: every call, in order, with its arguments. */
export function recorder() {
  const events: { hook: string; args: unknown[] }[] = []
  const hook =
    (name: string) =>
    (...args: unknown[]) =>
      events.push({ hook: name, args })
  const monitor: Required<SagaMonitor> = {
    rootSagaStarted: hook('rootSagaStarted'),
    effectTriggered: hook('effectTriggered'),
    effectResolved: hook('effectResolved'),
    effectRejected: hook('effectRejected'),
    effectCancelled: hook('effectCancelled'),
    actionDispatched: hook('actionDispatched'),
  }
  const of = (name: string) => events.filter((e) => e.hook === name).map((e) => e.args)
  return { monitor, events, of }
}

/** A monitor that records its calls; effect ids are renumbered so both libraries compare. */
export function recordingMonitor(calls: unknown[]) {
  const ids = new Map<number, number>()
  const id = (raw: number) => {
    if (!ids.has(raw)) ids.set(raw, ids.size + 1)
    return ids.get(raw)
  }
  const kind = (effect: unknown) =>
    typeof effect === 'object' && effect !== null && 'type' in effect
      ? String((effect as { type: unknown }).type)
      : typeof effect
  return {
    rootSagaStarted: (o: { effectId: number }) => calls.push(['rootSagaStarted', id(o.effectId)]),
    effectTriggered: (o: {
      effectId: number
      parentEffectId: number
      label?: string
      effect: unknown
    }) => calls.push(['triggered', id(o.effectId), id(o.parentEffectId), o.label, kind(o.effect)]),
    effectResolved: (effectId: number) => calls.push(['resolved', id(effectId)]),
    effectRejected: (effectId: number) => calls.push(['rejected', id(effectId)]),
    effectCancelled: (effectId: number) => calls.push(['cancelled', id(effectId)]),
    actionDispatched: (action: { type: string }) => calls.push(['dispatched', action.type]),
  }
}
