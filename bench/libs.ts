/**
 * The two libraries under test, behind one shape. The scenarios are written once against this
 * shape, so both libraries run the very same saga code: only the effect creators differ.
 *
 * sagaloop is loaded from `dist/`, the build users install (`npm run bench` builds it first):
 * timing the sources through a TypeScript loader would measure a different program.
 */
import * as rsCore from 'redux-saga'
import * as rsEffects from 'redux-saga/effects'

export interface Lib {
  name: string
  createSagaMiddleware: (options?: any) => any
  runSaga: (options: any, saga: any, ...args: any[]) => any
  eventChannel: (subscribe: (emit: (input: any) => void) => () => void, buffer?: any) => any
  channel: (buffer?: any) => any
  buffers: { expanding: (limit?: number) => any }
  END: any
  call: (...args: any[]) => any
  put: (...args: any[]) => any
  take: (...args: any[]) => any
  fork: (...args: any[]) => any
  join: (...args: any[]) => any
  cancelled: () => any
  select: (...args: any[]) => any
  all: (effects: any) => any
  race: (effects: any) => any
  takeEvery: (...args: any[]) => any
  takeLatest: (...args: any[]) => any
}

function pick(name: Lib['name'], core: any, effects: any): Lib {
  const createSagaMiddleware = core.default?.default ?? core.default ?? core.createSagaMiddleware
  return {
    name,
    createSagaMiddleware,
    runSaga: core.runSaga,
    eventChannel: core.eventChannel,
    channel: core.channel,
    buffers: core.buffers,
    END: core.END,
    call: effects.call,
    put: effects.put,
    take: effects.take,
    fork: effects.fork,
    join: effects.join,
    cancelled: effects.cancelled,
    select: effects.select,
    all: effects.all,
    race: effects.race,
    takeEvery: effects.takeEvery,
    takeLatest: effects.takeLatest,
  }
}

/** The built package, by file: the `sagaloop` import path maps to the sources in tsconfig. */
async function fromDist(
  file: string,
  dir = new URL('../dist/', import.meta.url),
): Promise<unknown> {
  const url = new URL(file, dir)
  try {
    return await import(url.href)
  } catch (error) {
    throw new Error(`bench: cannot load dist/${file}; run \`npm run build\` first`, {
      cause: error,
    })
  }
}

/** A sagaloop build in another directory (bench/ab.ts compares two builds). */
export async function sagaloopBuild(name: string, dir: URL): Promise<Lib> {
  return pick(name, await fromDist('index.js', dir), await fromDist('effects.js', dir))
}

export const sagaloop = pick('sagaloop', await fromDist('index.js'), await fromDist('effects.js'))
export const reduxSaga = pick('redux-saga', rsCore, rsEffects)
export const libs: readonly Lib[] = [sagaloop, reduxSaga]
