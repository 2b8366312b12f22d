/**
 * The saga monitor of an `expectSaga` run. It records every value the saga and its forks yield,
 * in order, with the task that yielded it and how it settled, so the run can tell which tasks
 * are still blocked and on what. It also notes the tasks `spawn` starts (the run waits for them
 * too) and the pattern behind each `actionChannel`, and wakes the run at every event.
 */
import type { EffectTriggeredInfo, Pattern, SagaMonitor, Task } from '../../types.js'
import type { Effect } from '../../effects/descriptors.js'
import { isTask } from '../../effects/tasks.js'
import { isMockTask } from '../step/mock-task.js'
import { isRecordedType, keyOfEffectType, testPlanKeys, type RecordedKey } from '../effect-kinds.js'
import { asDescriptor } from '../effect-matcher.js'

/** The recorded effects by key (`effects.put`, `effects.call`...); kinds never seen are absent. */
export type RecordedEffects = Partial<Record<RecordedKey, Effect[]>>

/** A task of the run: the root saga, or one a `fork`/`spawn` started. Ids count from 1 per run. */
export interface RunTask {
  readonly id: number
  readonly name: string
  readonly parent: number | undefined
  task: Task | undefined
}

/** One yielded value and what became of it. */
export interface Yielded {
  /** Order in the run, from 1. */
  readonly seq: number
  readonly value: unknown
  /** The effect descriptor, when the value is one. */
  readonly effect: Effect | undefined
  readonly task: RunTask
  /** Virtual milliseconds when it was yielded. */
  readonly at: number
  state: 'pending' | 'resolved' | 'rejected' | 'cancelled'
  result?: unknown
  settledAt?: number
  /** The effect it was started for: the race it is a child of, the call of the saga that yielded it. */
  readonly parent: Yielded | undefined
}

export class EffectRecorder implements SagaMonitor {
  readonly allEffects: Effect[] = []
  readonly yielded: Yielded[] = []
  readonly tasks: RunTask[] = []
  readonly spawned: Task[] = []
  private readonly byId = new Map<number, Yielded>()
  /** Runtime ids that start a task (the root's, each fork's) → the task. */
  private readonly taskOf = new Map<number, RunTask>()
  private readonly channelPatterns = new WeakMap<object, Pattern>()
  private wake: (() => void) | undefined

  constructor(
    private readonly now: () => number,
    private readonly onEffect: (effect: Effect) => void,
  ) {}

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

  rootSagaStarted({ effectId, saga }: { effectId: number; saga: (...args: never[]) => unknown }) {
    this.taskOf.set(effectId, this.addTask(saga.name || 'saga', undefined))
  }

  effectTriggered({ effectId, parentEffectId, effect }: EffectTriggeredInfo): void {
    this.notify()
    const parentEffect = this.byId.get(parentEffectId)
    const task =
      this.taskOf.get(parentEffectId) ??
      parentEffect?.task ??
      this.tasks[0] ??
      this.addTask('saga', undefined)
    const descriptor = asDescriptor(effect) === undefined ? undefined : (effect as Effect)
    const entry: Yielded = {
      seq: this.yielded.length + 1,
      value: effect,
      effect: descriptor,
      task,
      at: this.now(),
      state: 'pending',
      parent: parentEffect,
    }
    this.yielded.push(entry)
    this.byId.set(effectId, entry)
    if (descriptor === undefined) return
    this.allEffects.push(descriptor)
    if (descriptor.type === 'FORK') {
      const payload = descriptor.payload as { fn?: { name?: string } }
      this.taskOf.set(effectId, this.addTask(payload.fn?.name || 'anonymous', task.id))
    }
    this.onEffect(descriptor)
  }

  effectResolved(effectId: number, result: unknown): void {
    this.notify()
    const entry = this.settle(effectId, 'resolved', result)
    if (entry?.effect === undefined) return
    const { type, payload } = entry.effect as { type: string; payload: Record<string, unknown> }
    if (type === 'FORK') {
      const started = this.taskOf.get(effectId)
      // A provider may give a fork any value (a mock task, a plain object): only a task the
      // runtime started is a task of the run.
      if (started !== undefined && isTask(result) && !isMockTask(result)) {
        started.task = result
        if (payload.detached === true) this.spawned.push(result)
      }
    }
    if (type === 'ACTION_CHANNEL' && payload.pattern !== undefined) {
      if (typeof result === 'object' && result !== null)
        this.channelPatterns.set(result, payload.pattern as Pattern)
    }
  }

  effectRejected(effectId: number, error: unknown): void {
    this.notify()
    this.settle(effectId, 'rejected', error)
  }

  effectCancelled(effectId: number): void {
    this.notify()
    this.settle(effectId, 'cancelled', undefined)
  }

  /**
   * The effects grouped by key, each group in the order yielded, the keys in test-plan's order:
   * test-plan's keys only (no `all`, `join`...), and without the effects in `usedUp` (by `seq`),
   * which assertions matched: test-plan removes each effect an assertion matches.
   */
  grouped(usedUp: ReadonlySet<number>): RecordedEffects {
    const groups: RecordedEffects = {}
    for (const key of testPlanKeys) {
      const effects = this.yielded.flatMap((entry) =>
        entry.effect !== undefined &&
        !usedUp.has(entry.seq) &&
        keyOfEffectType(entry.effect.type) === key &&
        isRecordedType(entry.effect.type)
          ? [entry.effect]
          : [],
      )
      if (effects.length > 0) groups[key] = effects
    }
    return groups
  }

  /** Whether a task of the run is still live: a forked task that never got a runtime task is not. */
  isLive(task: RunTask, root: Task): boolean {
    const real = task.parent === undefined ? root : task.task
    return real !== undefined && real.isRunning()
  }

  private addTask(name: string, parent: number | undefined): RunTask {
    const task: RunTask = { id: this.tasks.length + 1, name, parent, task: undefined }
    this.tasks.push(task)
    return task
  }

  private settle(effectId: number, state: Yielded['state'], result: unknown): Yielded | undefined {
    const entry = this.byId.get(effectId)
    if (entry === undefined || entry.state !== 'pending') return undefined
    entry.state = state
    entry.result = result
    entry.settledAt = this.now()
    return entry
  }

  private notify(): void {
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }
}
