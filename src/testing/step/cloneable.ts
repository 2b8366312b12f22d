/**
 * `cloneableGenerator(saga)(...args)`: a saga's generator that can be copied at any point, to
 * test each branch of a condition from the same prefix. A clone replays the same calls with the
 * same values into a fresh generator, so the saga must be deterministic given its inputs.
 */

type Call = { method: 'next' | 'throw' | 'return'; arg: unknown }

/** A generator with `clone()`: an independent copy, at the same point. */
export interface CloneableGenerator<
  T = unknown,
  TReturn = unknown,
  TNext = unknown,
> extends Generator<T, TReturn, TNext> {
  clone(): CloneableGenerator<T, TReturn, TNext>
}

/**
 * @example
 * const gen = cloneableGenerator(checkout)(cart)
 * gen.next() // select(getUser)
 * const guest = gen.clone()
 * expect(gen.next(user).value).toEqual(call(charge, user))
 * expect(guest.next(null).value).toEqual(put(showLogin()))
 */
export function cloneableGenerator<Args extends unknown[], T, TReturn, TNext>(
  saga: (...args: Args) => Generator<T, TReturn, TNext>,
): (...args: Args) => CloneableGenerator<T, TReturn, TNext> {
  const start = (args: Args, history: Call[]): CloneableGenerator<T, TReturn, TNext> => {
    const generator = saga(...args)
    const record = (call: Call): IteratorResult<T, TReturn> => {
      history.push(call)
      if (call.method === 'next') return generator.next(call.arg as TNext)
      if (call.method === 'throw') return generator.throw(call.arg)
      return generator.return(call.arg as TReturn)
    }
    const cloneable: CloneableGenerator<T, TReturn, TNext> = {
      next: (...value: [] | [TNext]) => record({ method: 'next', arg: value[0] }),
      throw: (error: unknown) => record({ method: 'throw', arg: error }),
      return: (value: TReturn) => record({ method: 'return', arg: value }),
      clone() {
        const copy = start(args, [])
        for (const call of history) {
          if (call.method === 'next') copy.next(call.arg as TNext)
          else if (call.method === 'throw') copy.throw(call.arg)
          else copy.return(call.arg as TReturn)
        }
        return copy
      },
      [Symbol.iterator]() {
        return cloneable
      },
      [Symbol.toStringTag]: 'Generator',
    } as CloneableGenerator<T, TReturn, TNext>
    return cloneable
  }
  return (...args: Args) => start(args, [])
}
