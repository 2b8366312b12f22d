/**
 * The saga monitor of an `expectSaga` run: records every effect the saga and its forks yield,
 * notes the tasks `spawn` starts (the run waits for them too) and the pattern behind each
 * `actionChannel`, and counts events so that the run can tell when the saga went quiet.
 */
import type { EffectTriggeredInfo, Pattern, SagaMonitor, Task } from '../../types.js'
import type { Effect } from '../../effects/descriptors.js'
import { isTask } from '../../effects/tasks.js'
import { isMockTask } from '../step/mock-task.js'
import { effectKeyOf, type EffectKey } from '../effect-keys.js'

/** The recorded effects, by kind: `effects.put`, `effects.call`... Kinds never seen are absent. */
export type RecordedEffects = Partial<Record<EffectKey, Effect[]>>

function asEffect(value: unknown): Effect | undefined {
  return typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)['@@redux-saga/IO'] === true
    ? (value as Effect)
    : undefined
}

export class EffectRecorder implements SagaMonitor {
  readonly allEffects: Effect[] = []
  readonly spawned: Task[] = []
  private readonly channelPatterns = new WeakMap<object, Pattern>()
  private readonly spawns = new Set<number>()
  private readonly actionChannels = new Map<number, Pattern>()
  private wake: (() => void) | undefined

  constructor(private readonly onEffect: (effect: Effect) => void) {}

  /** Resolves at the next thing the saga does. */
  nextEvent(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve
    })
  }

  /** The pattern of the `actionChannel` that created `channel`, if one did. */
  patternOf(channel: unknown): Pattern | undefined {
    return typeof channel === 'object' && channel !== null
      ? this.channelPatterns.get(channel)
      : undefined
  }

  effectTriggered({ effectId, effect }: EffectTriggeredInfo): void {
    this.notify()
    const descriptor = asEffect(effect)
    if (descriptor === undefined) return
    this.allEffects.push(descriptor)
    const payload = descriptor.payload as { detached?: true; pattern?: Pattern }
    if (descriptor.type === 'FORK' && payload.detached) this.spawns.add(effectId)
    if (descriptor.type === 'ACTION_CHANNEL' && payload.pattern !== undefined)
      this.actionChannels.set(effectId, payload.pattern)
    this.onEffect(descriptor)
  }

  effectResolved(effectId: number, result: unknown): void {
    this.notify()
    // A provider may give a spawn any value (a mock task, a plain object): only a task the
    // runtime started is waited for.
    if (this.spawns.delete(effectId) && isTask(result) && !isMockTask(result))
      this.spawned.push(result)
    const pattern = this.actionChannels.get(effectId)
    if (pattern !== undefined && typeof result === 'object' && result !== null) {
      this.actionChannels.delete(effectId)
      this.channelPatterns.set(result, pattern)
    }
  }

  effectRejected(): void {
    this.notify()
  }

  effectCancelled(): void {
    this.notify()
  }

  private notify(): void {
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }

  /** The effects grouped by kind, in the order they were yielded. */
  grouped(): RecordedEffects {
    const groups: RecordedEffects = {}
    for (const effect of this.allEffects) {
      const key = effectKeyOf(effect.type)
      if (key !== undefined) (groups[key] ??= []).push(effect)
    }
    return groups
  }
}
