/** What every effect runner is: start the work, settle the step, return how to undo it. */
import type { RunContext } from '../interpreter.js'
import type { Step, Teardown } from '../step.js'

/**
 * A runner starts the work for one effect, settles `step` when the result is there (now or
 * later), and returns how to undo the work if the saga stops waiting (a teardown), when the
 * effect can be cancelled.
 */
export type Runner<P> = (payload: P, step: Step, context: RunContext) => Teardown | void
