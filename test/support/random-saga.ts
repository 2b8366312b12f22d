/**
 * Random saga programs for differential and property tests. A program is plain data (a few
 * sagas, each a list of steps, plus the actions dispatched from outside); `buildProgram` turns it
 * into real generator functions for either library, logging what each saga does.
 *
 * Saga `i` only forks or calls sagas with a higher index, so every program ends up finite.
 */
import fc from 'fast-check'
import type { Lib, Log, Program, Store } from './differential'

export type ActionType = 'A' | 'B' | 'C'

export type Step =
  | { kind: 'put'; type: ActionType }
  | { kind: 'take'; type: ActionType | '*' }
  | { kind: 'takeMaybe'; type: ActionType | '*' }
  | { kind: 'actionChannel'; type: ActionType }
  | { kind: 'takeChannel' }
  | { kind: 'cancelSelf' }
  | { kind: 'delay' }
  | { kind: 'callValue' }
  | { kind: 'callThrow' }
  | { kind: 'callPromise' }
  | { kind: 'callReject' }
  | { kind: 'select' }
  | { kind: 'callDispatch'; type: ActionType }
  | { kind: 'call'; child: number }
  | { kind: 'fork'; child: number }
  | { kind: 'spawn'; child: number }
  | { kind: 'cancel' }
  | { kind: 'join' }
  | { kind: 'throw' }
  | { kind: 'race'; steps: Step[] }
  | { kind: 'all'; steps: Step[] }
  | { kind: 'try'; steps: Step[] }

export interface RandomProgram {
  sagas: Step[][]
  /** Done from outside after the root started: dispatch, wait a macrotask, cancel the root. */
  external: (ActionType | 'END' | 'tick' | 'cancel')[]
}

export interface ProgramOptions {
  /** Allow `spawn` steps (detached tasks outlive a cancelled root). */
  spawn: boolean
  /** Allow `actionChannel` steps (their takers outlive a cancelled root, as in redux-saga). */
  channels: boolean
  /** Allow END among the external actions. */
  end: boolean
  /** Allow cancelling the root task from outside. */
  cancel: boolean
  /**
   * Allow effects that may fail or end the saga synchronously inside `all` (see visibleFirst).
   * A monitor sees the difference whatever follows them, so monitored runs turn this off.
   */
  allMayFailAtOnce: boolean
}

// A forked saga that fails at once fails its parent, which cancels the `all` being started.
const mayFailAtOnce = (s: Step): boolean =>
  s.kind === 'call' ||
  s.kind === 'callThrow' ||
  s.kind === 'fork' ||
  s.kind === 'take' ||
  s.kind === 'takeChannel' ||
  (isGroup(s) && s.steps.some(mayFailAtOnce))

const actionType = fc.constantFrom<ActionType>('A', 'B', 'C')

/** Steps that can stand inside `race`/`all`: each is a single effect. */
function leafStep(
  index: number,
  count: number,
  programOptions: ProgramOptions,
): fc.Arbitrary<Step> {
  const pattern = fc.constantFrom<ActionType | '*'>('A', 'B', 'C', '*')
  const options: fc.Arbitrary<Step>[] = [
    actionType.map((type) => ({ kind: 'put', type })),
    pattern.map((type) => ({ kind: 'take', type })),
    pattern.map((type) => ({ kind: 'takeMaybe', type })),
    fc.constant({ kind: 'delay' }),
    fc.constantFrom<Step>(
      { kind: 'callValue' },
      { kind: 'callThrow' },
      { kind: 'callPromise' },
      { kind: 'callReject' },
      { kind: 'select' },
    ),
    actionType.map((type) => ({ kind: 'callDispatch', type })),
  ]
  if (programOptions.channels) options.push(fc.constant({ kind: 'takeChannel' }))
  if (index < count - 1) {
    const child = fc.integer({ min: index + 1, max: count - 1 })
    options.push(child.map((c) => ({ kind: 'call', child: c })))
    // A fork inside race/all resolves at once with the task, which stays attached.
    options.push(child.map((c) => ({ kind: 'fork', child: c })))
  }
  return fc.oneof(...options)
}

const isGroup = (s: Step): s is Extract<Step, { kind: 'race' | 'all' }> =>
  s.kind === 'race' || s.kind === 'all'

// A fork is kept alone too: when a second forked saga fails at once after a first one already
// failed the parent, redux-saga 1.5.1 crashes with a TypeError (its task ends twice); sagaloop
// ignores the late failure (test/runtime/late-fork-failure.test.ts).
const visibleIfLeftRunning = (s: Step): boolean =>
  s.kind === 'call' ||
  s.kind === 'fork' ||
  s.kind === 'takeChannel' ||
  (isGroup(s) && s.steps.some(visibleIfLeftRunning))

/**
 * When an effect of an `all` fails or ends the saga synchronously, redux-saga still starts the
 * effects after it and leaves them running (a take stays registered forever); sagaloop starts
 * them and cancels them at once (test/effects/all.test.ts pins this deliberate difference). It
 * only shows when such an effect does something visible: so an `all` keeps at most one of those
 * (a sub-saga, a take from a channel), and puts it first.
 */
function visibleFirst(steps: Step[]): Step[] {
  const visible = steps.filter(visibleIfLeftRunning).slice(0, 1)
  return [...visible, ...steps.filter((s) => !visibleIfLeftRunning(s))]
}

const raceOf = (child: fc.Arbitrary<Step>): fc.Arbitrary<Step> =>
  fc.array(child, { minLength: 1, maxLength: 3 }).map((s) => ({ kind: 'race', steps: s }))

const allOf = (child: fc.Arbitrary<Step>, options: ProgramOptions): fc.Arbitrary<Step> =>
  fc
    .array(options.allMayFailAtOnce ? child : child.filter((s) => !mayFailAtOnce(s)), {
      maxLength: 3,
    })
    .map((s) => ({ kind: 'all', steps: visibleFirst(s) }))

function step(index: number, count: number, options: ProgramOptions): fc.Arbitrary<Step> {
  const single = leafStep(index, count, options)
  // What race and all hold: single effects, sometimes a race or an all of them.
  const leaf = fc.oneof(
    { weight: 4, arbitrary: single },
    { weight: 1, arbitrary: raceOf(single) },
    { weight: 1, arbitrary: allOf(single, options) },
  )
  const steps: fc.Arbitrary<Step>[] = [
    single,
    single,
    fc.constant({ kind: 'cancel' }),
    fc.constant({ kind: 'cancelSelf' }),
    fc.constant({ kind: 'join' }),
    fc.constant({ kind: 'throw' }),
    raceOf(leaf),
    allOf(leaf, options),
    fc.array(single, { minLength: 1, maxLength: 3 }).map((s) => ({ kind: 'try', steps: s })),
  ]
  if (options.channels) steps.push(actionType.map((type) => ({ kind: 'actionChannel', type })))
  if (index < count - 1) {
    const child = fc.integer({ min: index + 1, max: count - 1 })
    steps.push(child.map((c) => ({ kind: 'fork', child: c })))
    if (options.spawn) steps.push(child.map((c) => ({ kind: 'spawn', child: c })))
  }
  return fc.oneof(...steps)
}

const everything: ProgramOptions = {
  spawn: true,
  channels: true,
  end: true,
  cancel: true,
  allMayFailAtOnce: true,
}

/** Programs of 1 to 4 sagas of up to 6 steps each, and up to 8 external actions or ticks. */
export function randomProgram(only: Partial<ProgramOptions> = {}): fc.Arbitrary<RandomProgram> {
  const options = { ...everything, ...only }
  const external = fc.oneof(
    { weight: 4, arbitrary: actionType },
    { weight: 4, arbitrary: fc.constant<'tick'>('tick') },
    { weight: options.end ? 1 : 0, arbitrary: fc.constant<'END'>('END') },
    { weight: options.cancel ? 1 : 0, arbitrary: fc.constant<'cancel'>('cancel') },
  )
  return fc.integer({ min: 1, max: 4 }).chain((count) =>
    fc.record({
      sagas: fc.tuple(
        ...Array.from({ length: count }, (_, i) =>
          fc.array(step(i, count, options), { maxLength: 6 }),
        ),
      ),
      external: fc.array(external, { maxLength: 8 }),
    }),
  )
}

/** Tasks differ between the libraries (and are circular): they are logged as '<task>'. */
const withoutTasks = (_key: string, value: unknown) =>
  typeof value === 'object' && value !== null && '@@redux-saga/TASK' in value ? '<task>' : value

/** Builds the program's sagas with `lib`'s effects; saga 0 is the root. */
export function buildProgram(program: RandomProgram) {
  return (lib: Lib, log: Log, store: Store): Program => {
    const E = lib.effects
    const sagas: ((...args: never[]) => Iterator<unknown>)[] = []

    const channels: unknown[] = []

    function effectOf(s: Step, index: number): unknown {
      switch (s.kind) {
        case 'put':
          return E.put({ type: s.type, from: index })
        case 'take':
          return E.take(s.type)
        case 'takeMaybe':
          return E.takeMaybe(s.type)
        case 'takeChannel':
          // Without a channel yet, a delay keeps the step a single effect.
          return channels.length > 0 ? E.take(channels[channels.length - 1]) : E.delay(0)
        case 'delay':
          return E.delay(0)
        case 'callValue':
          return E.call((n: number) => n + 1, index)
        case 'callThrow':
          return E.call(() => {
            throw new Error(`sync throw in ${index}`)
          })
        case 'callPromise':
          return E.call(() => Promise.resolve(`promise of ${index}`))
        case 'callReject':
          return E.call(() => Promise.reject(new Error(`rejected in ${index}`)))
        case 'select':
          return E.select((state: unknown) => state)
        case 'callDispatch':
          // A dispatch from inside a saga's step, as a thunk or a callback would do.
          return E.call(() => {
            store.dispatch({ type: s.type, from: `call in ${index}` })
          })
        case 'call':
          return E.call(sagas[s.child] as () => Iterator<unknown>)
        case 'fork':
          return E.fork(sagas[s.child] as () => Iterator<unknown>)
        case 'race':
          return E.race(s.steps.map((inner) => effectOf(inner, index)))
        case 'all':
          return E.all(s.steps.map((inner) => effectOf(inner, index)))
        default:
          throw new Error(`not a single effect: ${s.kind}`)
      }
    }

    function* runSteps(steps: Step[], index: number, forked: unknown[]): Generator {
      for (const [n, s] of steps.entries()) {
        const at = `${index}.${n}`
        switch (s.kind) {
          case 'fork':
          case 'spawn':
            forked.push(yield E[s.kind](sagas[s.child]))
            break
          case 'cancel':
            if (forked.length > 0) yield E.cancel(forked[forked.length - 1])
            log(`${at} cancel`)
            break
          case 'join':
            if (forked.length > 0) log(`${at} joined ${String(yield E.join(forked.pop()))}`)
            break
          case 'cancelSelf':
            yield E.cancel()
            break
          case 'actionChannel':
            channels.push(yield E.actionChannel(s.type))
            break
          case 'throw':
            throw new Error(`boom ${at}`)
          case 'try':
            try {
              yield* runSteps(s.steps, index, forked)
            } catch (error) {
              log(`${at} caught ${(error as Error).message}`)
            }
            break
          default:
            log(`${at} ${s.kind} -> ${JSON.stringify(yield effectOf(s, index), withoutTasks)}`)
        }
      }
    }

    program.sagas.forEach((steps, index) => {
      sagas[index] = function* saga() {
        log(`${index} start`)
        try {
          yield* runSteps(steps, index, [])
          return `result ${index}`
        } finally {
          log(`${index} end cancelled=${String(yield E.cancelled())}`)
        }
      }
    })

    return {
      saga: sagas[0] as () => Iterator<unknown>,
      async drive(_store, root) {
        for (const type of program.external) {
          if (type === 'tick') await new Promise((resolve) => setTimeout(resolve, 0))
          else if (type === 'cancel') root.cancel()
          else if (type === 'END') store.dispatch(lib.END)
          else store.dispatch({ type, from: 'outside' })
        }
      },
    }
  }
}
