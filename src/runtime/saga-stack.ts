/**
 * The saga stack of an uncaught error: the frames its way up the task tree adds, rendered as
 * redux-saga 1.5 renders them (`sagaStack`, byte for byte: users' logs, snapshots and searches
 * depend on it) and kept as data with what redux-saga leaves out (`sagaFrames`: the effect each
 * saga was on, whether it called or created the one below).
 */
import type { SagaFrame, SourceLocation, TaskMeta } from '../types.js'
import { SAGA_LOCATION } from '../symbols.js'
import type { ErrorSink } from '../kernel/types.js'
import { at, describeEffect, reduxSagaName } from './describe.js'

interface Frame {
  id: number
  meta: TaskMeta
  /** redux-saga's: the last effect that failed anywhere, kept until a saga catches an error. */
  crashedEffect: unknown
  /** sagaloop's: the effect that failed in this very task, if the error came through one. */
  ownEffect: unknown
  cancelled: TaskMeta[]
}

const NONE = undefined

function locationOf(value: unknown): SourceLocation | undefined {
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') return NONE
  return (value as { [SAGA_LOCATION]?: SourceLocation })[SAGA_LOCATION] ?? NONE
}

function sagaAsString(meta: TaskMeta): string {
  const name = reduxSagaName(meta)
  return meta.location ? `${name}  ${at(meta.location)}` : name
}

/**
 * An error climbs the task tree synchronously, so one trail per environment is enough: each
 * failing task adds a frame, a root renders and clears the trail, and a saga that catches the
 * error clears it (as redux-saga does, but per store rather than per process).
 */
export class ErrorTrail implements ErrorSink {
  private crashedEffect: unknown = NONE
  private ownEffect: unknown = NONE
  private frames: Frame[] = []

  /** The effect that rejected last; the next frame records it. */
  setCrashedEffect(effect: unknown): void {
    this.crashedEffect = effect
    this.ownEffect = effect
  }

  addFrame(id: number, meta: TaskMeta, cancelled: TaskMeta[]): void {
    const { crashedEffect, ownEffect } = this
    this.frames.push({ id, meta, crashedEffect, ownEffect, cancelled })
    this.ownEffect = NONE
  }

  clear(): void {
    this.crashedEffect = this.ownEffect = NONE
    this.frames = []
  }

  /**
   * redux-saga's format: the effect line only when the plugin recorded the effect's location,
   * `created by` for every parent, the cancelled tasks last, and the lines joined so that the
   * text ends with a newline when no task was cancelled.
   *
   * @example
   * The above error occurred in task errorInPutSaga  src/sagas/index.js?6
   *  when executing effect put({ type: 'SAVE' })  src/sagas/index.js?8
   *     created by rootSaga  src/sagas/index.js?20
   */
  toString(): string {
    const [first, ...parents] = this.frames
    if (first === undefined) return ''
    const location = locationOf(first.crashedEffect)
    const effect = location
      ? ` \n when executing effect ${String(location.code)}  ${at(location)}`
      : ''
    const cancelled = this.frames.flatMap((frame) => frame.cancelled.map(reduxSagaName))
    return [
      `The above error occurred in task ${sagaAsString(first.meta)}${effect}`,
      ...parents.map((frame) => `    created by ${sagaAsString(frame.meta)}`),
      cancelled.length === 0 ? '' : ['Tasks cancelled due to error:', ...cancelled].join('\n'),
    ].join('\n')
  }

  /** The frames as data, with sagaloop's names and the effect each saga was on. */
  toFrames(): SagaFrame[] {
    return this.frames.map((frame, index) => {
      const effect = frame.ownEffect
      return {
        name: frame.meta.name,
        id: frame.id,
        via: index === 0 ? 'threw' : frame.ownEffect === NONE ? 'created' : 'called',
        effect: effect === NONE ? NONE : describeEffect(effect, { withLocation: false }),
        effectLocation: locationOf(effect),
        location: frame.meta.location,
        cancelled: frame.cancelled.map((meta) => meta.name),
      }
    })
  }
}

/**
 * The frames as the default `onError` prints them after redux-saga's lines: every saga with the
 * effect it was on.
 *
 * @example
 * Saga frames:
 *   loadUser #12  call(UserApi.fetchUser, "7")
 *   called by watchUsers #5  call(loadUser, "7")
 *   created by rootSaga #1
 */
export function framesAsText(frames: readonly SagaFrame[]): string {
  const lines = frames.map((frame) => {
    const via = frame.via === 'threw' ? '' : `${frame.via} by `
    const where = frame.location ? `  ${at(frame.location)}` : ''
    const effect = frame.effect === NONE ? '' : `  ${frame.effect}`
    const effectWhere = frame.effectLocation ? `  ${at(frame.effectLocation)}` : ''
    return `  ${via}${frame.name} #${frame.id}${where}${effect}${effectWhere}`
  })
  return ['Saga frames:', ...lines].join('\n')
}
