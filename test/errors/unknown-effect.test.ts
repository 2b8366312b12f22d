/** A yielded descriptor of a type sagaloop has no runner for fails its saga, with what to do. */
import { expect, test } from 'vitest'
import { SagaError } from 'sagaloop'
import { unknownEffectHint } from '../../src/messages'
import { effectRecords } from '../../src/effects/records'
import { makeStore } from '../support/store'

const descriptor = (type: string) => ({
  '@@redux-saga/IO': true,
  combinator: false,
  type,
  payload: {},
})

test('a descriptor of an unknown type fails the saga with a message naming the saga and the type', () => {
  const { run } = makeStore({ onError: () => {} })
  const task = run(function* syncProfile() {
    yield descriptor('TELEPORT')
  })
  const error = task.error() as SagaError
  expect(error).toBeInstanceOf(SagaError)
  expect(error.code).toBe('INVALID_EFFECT')
  expect(error.message).toMatch(/^saga "syncProfile" yielded an effect of unknown type TELEPORT\./)
  expect(error.hint).toContain("Build it with `teleport` from 'sagaloop/effects'")
})

test('the saga can catch it, as any failed effect', () => {
  const { run } = makeStore({ onError: () => {} })
  const task = run(function* tolerant() {
    try {
      yield descriptor('TELEPORT')
    } catch (error) {
      return (error as SagaError).code
    }
  })
  expect(task.result()).toBe('INVALID_EFFECT')
})

test('the hint names the creator to import, the type in camelCase', () => {
  expect(unknownEffectHint('ALL')).toContain("Build it with `all` from 'sagaloop/effects'")
  expect(unknownEffectHint('ACTION_CHANNEL')).toContain('Build it with `actionChannel` from')
})

test('a type that is not an effect name gets the general hint', () => {
  expect(unknownEffectHint('not an effect')).toMatch(/^Yield effects made by the creators/)
})

test('for every effect sagaloop has, the hint names its creator', () => {
  for (const record of effectRecords)
    expect(unknownEffectHint(record.type)).toContain(`Build it with \`${record.key}\` from`)
})
