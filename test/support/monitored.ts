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

/** One call of a monitor hook, as the recorder saw it. */
export interface HookCall {
  hook: keyof SagaMonitor
  args: unknown[]
}

/**
 * The one recorder of monitor hook calls: every call, in order, with its arguments; `onCall`
 * also sees each call as it happens.
 */
export function recorder(onCall?: (call: HookCall) => void) {
  const events: HookCall[] = []
  const hook =
    (name: keyof SagaMonitor) =>
    (...args: unknown[]) => {
      const call = { hook: name, args }
      events.push(call)
      onCall?.(call)
    }
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

/**
 * The recorder, with each call pushed to `calls` in a form both libraries share: effect ids
 * renumbered by first appearance, an effect by its type, an action by its type.
 */
export function recordingMonitor(calls: unknown[]): Required<SagaMonitor> {
  const ids = new Map<number, number>()
  const id = (raw: unknown) => {
    const key = raw as number
    if (!ids.has(key)) ids.set(key, ids.size + 1)
    return ids.get(key)
  }
  const kind = (effect: unknown) =>
    typeof effect === 'object' && effect !== null && 'type' in effect
      ? String((effect as { type: unknown }).type)
      : typeof effect
  const shared = ({ hook, args: [first] }: HookCall): unknown[] => {
    const info = first as {
      effectId: number
      parentEffectId: number
      label?: string
      effect: unknown
    }
    switch (hook) {
      case 'rootSagaStarted':
        return ['rootSagaStarted', id(info.effectId)]
      case 'effectTriggered':
        return [
          'triggered',
          id(info.effectId),
          id(info.parentEffectId),
          info.label,
          kind(info.effect),
        ]
      case 'effectResolved':
        return ['resolved', id(first)]
      case 'effectRejected':
        return ['rejected', id(first)]
      case 'effectCancelled':
        return ['cancelled', id(first)]
      case 'actionDispatched':
        return ['dispatched', (first as { type: string }).type]
    }
  }
  return recorder((call) => calls.push(shared(call))).monitor
}
