/**
 * The effect middleware of an `expectSaga` run. In order: a provider's value replaces the
 * effect; `delay` (a `call` of `delayP`) waits on the virtual clock; any other `call` or `cps`
 * runs for real, and the promise or callback it leaves pending is counted, so the run knows
 * when the saga waits on the outside world rather than on time (it then does not move the clock).
 */
import { CANCEL } from '../../symbols.js'
import { call, delayP, isEffect, type CallPayload } from '../../effects/descriptors.js'
import type { EffectMiddleware } from '../../types.js'
import { isPromise } from '../../kernel/values.js'
import type { VirtualClock } from './clock.js'
import { describeEffect } from '../../runtime/describe.js'
import {
  isThrownError,
  NOT_PROVIDED,
  provideValue,
  throwError,
  type ProviderEntry,
} from './providers.js'

type Fn = (this: unknown, ...args: unknown[]) => unknown

/** Counts the real promises and callbacks the saga waits for, and says which calls they are. */
export class OutsideWork {
  pending = 0
  private readonly waiting = new Set<{ what: string }>()
  private wake: (() => void) | undefined

  /** `call(fetchUser, 1)`: the calls whose real promise or callback has not settled yet. */
  describe(): string[] {
    return [...this.waiting].map((item) => item.what)
  }

  /** Resolves when a pending piece of work settles. */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve
    })
  }

  begin(what: string): () => void {
    this.pending++
    const item = { what }
    this.waiting.add(item)
    let ended = false
    return () => {
      if (ended) return
      ended = true
      this.waiting.delete(item)
      this.done()
    }
  }

  /** A promise the saga yielded itself (not through `call`): counted the same way. */
  track(promise: PromiseLike<unknown>, what: string): void {
    const end = this.begin(what)
    promise.then(end, end)
  }

  private done(): void {
    this.pending--
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }
}

function named(fn: Fn, like: Fn): Fn {
  Object.defineProperty(fn, 'name', { value: like.name })
  return fn
}

type Cancellable = PromiseLike<unknown> & { [CANCEL]?: unknown }

/**
 * `call` of `fn` that counts the promise it returns until it settles or the saga stops waiting
 * for it (a lost race): a cancelled request that never settles must not hold the clock forever.
 */
function trackedCall(payload: CallPayload, work: OutsideWork): unknown {
  const fn = payload.fn as Fn
  const tracked = named(function (this: unknown, ...args: unknown[]) {
    const result = fn.apply(this, args)
    if (!isPromise(result)) return result
    const end = work.begin(describeEffect(call(fn, ...(args as never[])), { maskSecrets: false }))
    const original = result as Cancellable
    const counted = Promise.resolve(original).finally(end) as Promise<unknown> & {
      [CANCEL]?: () => void
    }
    counted[CANCEL] = () => {
      end()
      if (typeof original[CANCEL] === 'function') (original[CANCEL] as () => void).call(original)
    }
    return counted
  }, fn)
  return call({ context: payload.context, fn: tracked }, ...(payload.args as never[]))
}

/** `cps` of `fn` whose callback is counted until it is called. */
function trackedCps(payload: CallPayload, work: OutsideWork): unknown {
  const fn = payload.fn as Fn
  const tracked = named(function (this: unknown, ...args: unknown[]) {
    const callback = args.pop() as ((error: unknown, result?: unknown) => void) & {
      cancel?: unknown
    }
    const end = work.begin(`cps(${describeEffect(fn, { maskSecrets: false })}, ...)`)
    const counted = Object.assign(
      (error: unknown, result?: unknown) => {
        end()
        callback(error, result)
      },
      { cancel: undefined },
    )
    fn.apply(this, [...args, counted])
    callback.cancel = counted.cancel
  }, fn)
  return {
    ...(call({ context: payload.context, fn: tracked }, ...(payload.args as never[])) as object),
    type: 'CPS',
  }
}

/** Hands `value` to the saga as the effect's result: thrown if it is a `throwError(...)`. */
function deliver(next: (effect: unknown) => void, value: unknown): void {
  if (isThrownError(value)) {
    next(
      call(() => {
        throw value.error
      }),
    )
  } else if (isEffect(value)) {
    // An effect as a value (a provider gave one): returned as is, not run.
    next(call(() => value))
  } else {
    // A provided promise is the test's own: it does not hold the clock back, so a provider
    // can stand for a request that never answers while a `delay` times it out.
    next(value)
  }
}

export function createEffectMiddleware(
  providers: readonly ProviderEntry[],
  clock: VirtualClock | undefined,
  work: OutsideWork,
): EffectMiddleware {
  return (next) => (effect) => {
    let provided: unknown
    try {
      provided = provideValue(providers, effect)
    } catch (error) {
      // A provider that throws makes the effect fail, as `throwError(error)` would.
      provided = throwError(error)
    }
    if (provided !== NOT_PROVIDED) {
      deliver(next, provided)
      return
    }
    if (isPromise(effect)) work.track(effect, 'a promise the saga yielded')
    if (!isEffect(effect) || (effect.type !== 'CALL' && effect.type !== 'CPS')) {
      next(effect)
      return
    }
    const payload = effect.payload as CallPayload
    if (effect.type === 'CALL' && payload.fn === delayP && clock !== undefined) {
      const [ms, value = true] = payload.args as [number, unknown?]
      next(clock.delay(ms, value))
    } else if (effect.type === 'CALL') next(trackedCall(payload, work))
    else next(trackedCps(payload, work))
  }
}
