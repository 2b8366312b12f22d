/**
 * The saga stack of an error, and the default `onError`. The environment itself (`Env`) is an
 * interface in kernel/types.ts; `runSaga` creates one per run, never global.
 */
import type { ErrorInfo, SourceLocation, TaskMeta } from '../types.js'
import type { ErrorSink } from '../kernel/types.js'
import { describeEffect } from './describe.js'
import { SAGA_LOCATION } from '../symbols.js'

interface Frame {
  meta: TaskMeta
  crashedEffect: unknown
  cancelled: string[]
}

function locationOf(meta: TaskMeta): string {
  return meta.location ? `  ${meta.location.fileName}?${meta.location.lineNumber}` : ''
}

/**
 * An effect in the saga stack: as redux-saga shows it, the source text that redux-saga's Babel
 * plugin recorded with its location (`put({ type: 'SAVE' })  src/sagas.js?8`); without that
 * text, the effect described from its fields.
 */
function effectAsString(effect: unknown): string {
  if (typeof effect === 'object' && effect !== null) {
    const location = (effect as { [SAGA_LOCATION]?: SourceLocation })[SAGA_LOCATION]
    if (typeof location?.code === 'string')
      return `${location.code}  ${location.fileName}?${location.lineNumber}`
  }
  return describeEffect(effect)
}

/**
 * The saga stack of the error being propagated. An error climbs the task tree synchronously, so
 * one trail per environment is enough: each failing task adds a frame, a root reports the trail,
 * and a saga that catches the error clears it.
 */
export class ErrorTrail implements ErrorSink {
  private crashedEffect: unknown = undefined
  private frames: Frame[] = []

  /** The effect that rejected last; the next frame records it. */
  setCrashedEffect(effect: unknown): void {
    this.crashedEffect = effect
  }

  addFrame(meta: TaskMeta, cancelled: string[]): void {
    this.frames.push({ meta, crashedEffect: this.crashedEffect, cancelled })
    this.crashedEffect = undefined
  }

  clear(): void {
    this.crashedEffect = undefined
    this.frames = []
  }

  /**
   * redux-saga's format, so users recognise it, with one addition: a saga that received the error
   * through an effect it was blocked on (`call`, `join`, `all`, `race`) is listed as "called by",
   * with that effect; a saga whose forked child failed is listed as "created by", as in redux-saga.
   *
   * @example
   * The above error occurred in task fetchUser
   *  when executing effect call(api.get)
   *     called by loadProfile  when executing effect call(fetchUser, 42)
   *     created by watchProfile
   *     created by rootSaga
   */
  toString(): string {
    const [first, ...parents] = this.frames
    if (first === undefined) return ''
    const lines = [`The above error occurred in task ${first.meta.name}${locationOf(first.meta)}`]
    if (first.crashedEffect !== undefined)
      lines[0] += ` \n when executing effect ${effectAsString(first.crashedEffect)}`
    for (const frame of parents) {
      const name = `${frame.meta.name}${locationOf(frame.meta)}`
      lines.push(
        frame.crashedEffect === undefined
          ? `    created by ${name}`
          : `    called by ${name}  when executing effect ${effectAsString(frame.crashedEffect)}`,
      )
    }
    const cancelled = this.frames.flatMap((frame) => frame.cancelled)
    if (cancelled.length > 0) lines.push(['Tasks cancelled due to error:', ...cancelled].join('\n'))
    return lines.join('\n')
  }
}

/** What `onError` gets by default: the error, then the saga stack, on the console. */
export function logError(error: unknown, { sagaStack }: ErrorInfo): void {
  console.error(error)
  console.error(sagaStack)
}
