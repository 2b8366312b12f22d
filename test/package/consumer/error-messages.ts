/**
 * Mistakes a user makes, each with the first error they should see. The package test turns the
 * `@ts-expect-error first error: <text>` directives into comments, compiles this file against the
 * installed package, and checks that the first error on the next line contains the text.
 */
import { takeEvery } from 'sagaloop/effects'

function* needsANumber(_n: number) {}

// @ts-expect-error first error: Argument of type '(_n: number) =>
takeEvery('ping', needsANumber)

export {}
