/**
 * The resources a task owns (see `use.ts`), and their release when the task is over:
 * after its main flow's iterator finished (so after its `finally` blocks) and the task ended (so
 * after its forks, which may share the resource). Releases run in reverse order; a release that
 * returns a promise is awaited before the next one runs. Each release is shown to the monitor as
 * an effect of the task's, and a failing one is reported to `onError` with the saga stack.
 */
import type { TaskMeta } from '../types.js'
import type { Env, Releases, TaskHandle } from '../kernel/types.js'
import { isPromise } from '../kernel/values.js'

interface Owned {
  readonly release: () => unknown
  /** The `use` effect that acquired it: the saga stack and the monitor show it. */
  readonly effect: unknown
}

export class Resources implements Releases {
  private owned: Owned[] = []

  constructor(
    private readonly env: Env,
    private readonly taskId: number,
    private readonly meta: TaskMeta,
  ) {}

  add(release: () => unknown, effect: unknown): void {
    this.owned.push({ release, effect })
  }

  /** Releases everything, last acquired first. Idempotent: a second call finds nothing. */
  releaseAll(): void {
    const owned = this.owned
    this.owned = []
    this.releaseFrom(owned, owned.length - 1)
  }

  private releaseFrom(owned: Owned[], index: number): void {
    for (let i = index; i >= 0; i--) {
      const { release, effect } = owned[i] as Owned
      const id = this.env.scheduler.nextId()
      this.env.monitor?.effectTriggered({
        effectId: id,
        parentEffectId: this.taskId,
        label: 'release',
        effect,
      })
      let result: unknown
      try {
        result = release()
      } catch (error) {
        this.failed(id, effect, error)
        continue
      }
      if (isPromise(result)) {
        result.then(
          (value) => {
            this.env.monitor?.effectResolved(id, value)
            this.releaseFrom(owned, i - 1)
          },
          (error: unknown) => {
            this.failed(id, effect, error)
            this.releaseFrom(owned, i - 1)
          },
        )
        return
      }
      this.env.monitor?.effectResolved(id, result)
    }
  }

  private failed(id: number, effect: unknown, error: unknown): void {
    this.env.monitor?.effectRejected(id, error)
    this.env.errors.setCrashedEffect(effect)
    this.env.errors.addFrame(this.taskId, this.meta, [])
    this.env.reportError(error)
  }
}

/** Files `release` with what `task` owns; the first release creates the list. */
export function own(env: Env, task: TaskHandle, release: () => unknown, effect: unknown): void {
  ;(task.resources ??= new Resources(env, task.id, task.meta)).add(release, effect)
}
