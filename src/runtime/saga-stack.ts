/**
 * The saga stack of an uncaught error: the frames its way up the task tree adds, rendered as
 * redux-saga 1.5 renders them (`sagaStack`, byte for byte: users' logs, snapshots and searches
 * depend on it) and kept as data with what redux-saga leaves out (`sagaFrames`: the effect each
 * saga was on, whether it called or created the one below).
 */
import type { ErrorInfo, SagaFrame, SourceLocation, TaskMeta } from '../types.js'
import { SAGA_LOCATION } from '../symbols.js'
import type { ErrorSink } from '../kernel/types.js'
import { at, effectLine, reduxSagaName } from './describe.js'

interface Frame {
  id: number
  meta: TaskMeta
  /** redux-saga's: the last effect that failed anywhere, kept until a saga catches an error. */
  crashed: unknown
  /** sagaloop's: the effect that failed in this very task, if the error came through one. */
  own: unknown
  cancelled: TaskMeta[]
}

const NONE = undefined

const locationOf = (value: unknown): SourceLocation | undefined =>
  (value as { [SAGA_LOCATION]?: SourceLocation } | null | undefined)?.[SAGA_LOCATION] ?? NONE

const sagaAsString = (meta: TaskMeta): string => reduxSagaName(meta) + at(meta.location)

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
function sagaStackOf(frames: Frame[]): string {
  const [first, ...parents] = frames
  if (first === undefined) return ''
  const location = locationOf(first.crashed)
  const effect = location ? ` \n when executing effect ${String(location.code)}${at(location)}` : ''
  const cancelled = frames.flatMap((frame) => frame.cancelled.map(reduxSagaName))
  return [
    `The above error occurred in task ${sagaAsString(first.meta)}${effect}`,
    ...parents.map((frame) => `    created by ${sagaAsString(frame.meta)}`),
    ...(cancelled.length === 0 ? [''] : ['Tasks cancelled due to error:', ...cancelled]),
  ].join('\n')
}

/** A frame as data, with sagaloop's names and the effect the saga was on. */
const asSagaFrame = ({ id, meta, own, cancelled }: Frame, index: number): SagaFrame => ({
  name: meta.name,
  id,
  via: index === 0 ? 'threw' : own === NONE ? 'created' : 'called',
  effect: own === NONE ? NONE : effectLine(own, false),
  effectLocation: locationOf(own),
  location: meta.location,
  cancelled: cancelled.map((meta) => meta.name),
})

/** The trail of one environment; `take` hands over what `onError` gets and clears it. */
export interface ErrorTrail extends ErrorSink {
  take(): ErrorInfo
}

/**
 * An error climbs the task tree synchronously, so one trail per environment is enough: each
 * failing task adds a frame, a root takes (renders and clears) the trail, and a saga that
 * catches the error clears it (as redux-saga does, but per store rather than per process).
 */
export function errorTrail(): ErrorTrail {
  // The effect that rejected last (the next frame records it), and whether it was this task's.
  let crashed: unknown = NONE
  let own: unknown = NONE
  let frames: Frame[] = []
  const clear = () => {
    crashed = own = NONE
    frames = []
  }
  return {
    setCrashedEffect(effect) {
      crashed = own = effect
    },
    addFrame(id, meta, cancelled) {
      frames.push({ id, meta, crashed, own, cancelled })
      own = NONE
    },
    clear,
    take() {
      const info = { sagaStack: sagaStackOf(frames), sagaFrames: frames.map(asSagaFrame) }
      clear()
      return info
    },
  }
}

/**
 * The frames as `logErrorWithFrames` (env.ts) prints them after redux-saga's lines: every saga
 * with the effect it was on.
 *
 * @example
 * Saga frames:
 *   loadUser #12  call(UserApi.fetchUser, "7")
 *   called by watchUsers #5  call(loadUser, "7")
 *   created by rootSaga #1
 */
export function framesAsText(frames: readonly SagaFrame[]): string {
  const lines = frames.map(
    (frame) =>
      `  ${frame.via === 'threw' ? '' : `${frame.via} by `}${frame.name} #${frame.id}${at(frame.location)}${frame.effect === NONE ? '' : `  ${frame.effect}`}${at(frame.effectLocation)}`,
  )
  return ['Saga frames:', ...lines].join('\n')
}
