/**
 * Type-level: the action a `take(pattern)` gives back. Action creators and type guards narrow
 * it; a string type gives an action with that `type`; anything else gives `UnknownAction`.
 */
import type { UnknownAction } from '../types.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is needed to infer a guard's type; it never reaches a result. */

type FromOne<P> = P extends '*'
  ? UnknownAction
  : P extends string
    ? { type: P } & UnknownAction
    : P extends { match: (action: any) => action is infer A }
      ? A
      : P extends (action: any) => action is infer A
        ? A
        : P extends (...args: never[]) => infer A
          ? A extends { type: string }
            ? A
            : UnknownAction
          : UnknownAction

/** The action a pattern (or an array of patterns) matches. */
export type ActionOf<P> = P extends readonly (infer Each)[] ? FromOne<Each> : FromOne<P>
