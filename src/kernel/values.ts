/**
 * Value guards shared by the runners, the runtime and the testing kit: a leaf, so that any layer
 * above channels can use them without importing the main loop.
 */
import { CANCEL } from '../symbols.js'
import type { TaskHandle, Teardown } from './types.js'

export function isPromise(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  )
}

export function isIterator(value: unknown): value is Iterator<unknown, unknown, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { next?: unknown }).next === 'function' &&
    typeof (value as { throw?: unknown }).throw === 'function'
  )
}

/** What a promise settles: a `Step` (kernel/step.ts), as this leaf sees it. */
interface Settleable {
  resolve(value: unknown): void
  reject(error: unknown): void
  /**
   * `link`: the index of the pair of callbacks that holds the step (`linkedSteps` lists it while
   * it waits, and `unlink` finds the pair by it).
   */
  markBusy(link?: number): void
}

/**
 * A saga's main flow that waits on a native promise with no step (`awaitPromise`): the pair
 * settles it, and keeps the effect and its id for it. It makes the step it did without when
 * something needs one: a cancel, `settled()` listing what is busy.
 */
export interface StepMaker {
  resolve(value: unknown): void
  reject(error: unknown): void
  /**
   * Makes the step for the effect `link` keeps, and `link` settles that step from now on (its
   * target, marked busy as `resolvePromise` marks it).
   */
  stepOf(link: PromiseLink): Settleable & { cancel(): void }
}

type Then = (
  this: PromiseLike<unknown>,
  onValue: (value: unknown) => void,
  onError: (error: unknown) => void,
) => unknown

// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its promise as `this`
const nativeThen = Promise.prototype.then as Then

/**
 * Callback pairs made, reused, at most this many (one per promise in flight at once); past them,
 * a promise gets closures of its own.
 */
const MAX_LINKS = 64
/** Every pair made, in use or not: what `linkedSteps` reads. */
const links: PromiseLink[] = []
/**
 * The free pairs are the first `freeCount` (a slot past them may still hold a pair in use): the
 * array never shrinks, since a loop of promise calls takes the one free pair and gives it back on
 * every step, and pushing onto an array popped empty costs several times a plain store.
 */
const freeLinks: PromiseLink[] = []
let freeCount = 0

/**
 * The two callbacks a native promise settles a step with, made once and reused: a loop of
 * promise `call`s would otherwise allocate two closures per step. A native promise calls one of
 * them, once, so the pair is free again as soon as it is called; any other thenable gets closures
 * of its own (it may call both, or twice).
 */
export class PromiseLink {
  target: Settleable | StepMaker | undefined = undefined
  /** The effect and its id, while `target` is a flow with no step. */
  id = 0
  effect: unknown = undefined
  /** Where the pair is in `links`, for `unlink`. */
  readonly index = links.length

  constructor() {
    links.push(this)
  }

  readonly onValue = (value: unknown): void => {
    this.release()?.resolve(value)
  }

  readonly onError = (error: unknown): void => {
    this.release()?.reject(error)
  }

  /** Cancels the effect of a flow that waits with no step: as a step, which it makes now. */
  cancel(): void {
    ;(this.target as StepMaker).stepOf(this).cancel()
  }

  private release(): Settleable | StepMaker | undefined {
    const target = this.target
    this.target = undefined
    freeLinks[freeCount++] = this
    return target
  }
}

/**
 * Lets go of `step`, cancelled while its promise is pending: a promise that never settles would
 * keep it for good. (Its pair, the one at `index` in `links`, stays in use until the promise
 * settles, if ever.)
 */
export function unlink(step: object, index: number): void {
  const link = links[index]
  if (link?.target === step) link.target = undefined
}

/**
 * The steps a pair of callbacks holds now. The busy steps of a store are found here rather than
 * listed as they start waiting (runtime/activity.ts): the pair refers to its step anyway, and
 * another list of the same steps costs a loop of promise calls a store into it on every step.
 */
export const linkedSteps = (): Settleable[] =>
  links.flatMap(
    (link) =>
      (link.target as Partial<StepMaker> | undefined)?.stepOf?.(link) ??
      (link.target as Settleable | undefined) ??
      [],
  )

/**
 * Has a pair of callbacks settle `target` with `promise`, when its `then` (read once by the
 * caller) is the native one and a pair is free (or may be made); `id` and `effect` as
 * `PromiseLink` keeps them.
 */
function link(
  promise: PromiseLike<unknown>,
  then: unknown,
  target: Settleable | StepMaker,
  id: number,
  effect: unknown,
): PromiseLink | undefined {
  if (then !== nativeThen || (freeCount === 0 && links.length >= MAX_LINKS)) return
  const link = freeCount > 0 ? (freeLinks[--freeCount] as PromiseLink) : new PromiseLink()
  link.target = target
  link.id = id
  link.effect = effect
  // Called as a method, not through `nativeThen.call`: the compiler then inlines `then`.
  promise.then(link.onValue, link.onError)
  return link
}

/** Settles `step` with a promise's outcome; its `[CANCEL]` method, if any, is the teardown. */
export function resolvePromise(
  promise: PromiseLike<unknown>,
  step: Settleable,
): Teardown | undefined {
  const then = (promise as { then: Then }).then
  const paired = link(promise, then, step, 0, undefined)
  // A promise is outside work: `settled()` waits for it (runtime/activity.ts).
  step.markBusy(paired?.index)
  if (paired === undefined) thenWithClosures(then, promise, step)
  const cancel = (promise as { [CANCEL]?: unknown })[CANCEL]
  return typeof cancel === 'function' ? cancelOf(promise, cancel) : undefined
}

/**
 * Has a pair settle `flow` with `promise` with no step (see `StepMaker`): returns the pair, or
 * undefined when the promise is not native, has a `[CANCEL]` (read before `then` here, after it
 * by `resolvePromise`) or no pair is free: the caller then makes a step and `resolvePromise`s it.
 */
export const awaitPromise = (
  promise: object,
  flow: StepMaker,
  id: number,
  effect: unknown,
): PromiseLink | undefined =>
  typeof (promise as { [CANCEL]?: unknown })[CANCEL] === 'function'
    ? undefined
    : link(promise as PromiseLike<unknown>, (promise as { then?: unknown }).then, flow, id, effect)

// The closures are made in functions of their own: a closure in `resolvePromise` would make it
// allocate a context (56 bytes) on every call, the closures made or not.
function thenWithClosures(then: Then, promise: PromiseLike<unknown>, step: Settleable): void {
  then.call(
    promise,
    (value) => step.resolve(value),
    (error: unknown) => step.reject(error),
  )
}

function cancelOf(promise: PromiseLike<unknown>, cancel: unknown): Teardown {
  return () => (cancel as () => void).call(promise)
}

export function runTeardown(teardown: Teardown): void {
  if (typeof teardown === 'function') teardown()
  else teardown.cancel()
}

/** Marks the runtime's own tasks (on `SagaTask.prototype`): `join` accepts no other. */
export const OWN_TASK: unique symbol = Symbol('sagaloop.ownTask')

export function isOwnTask(value: unknown): value is TaskHandle {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [OWN_TASK]?: unknown })[OWN_TASK] === true
  )
}
