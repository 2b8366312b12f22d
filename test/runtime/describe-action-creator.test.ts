import { createAction } from '@reduxjs/toolkit'
import { describe, expect, test } from 'vitest'
import { actionChannel, take, takeLatest } from 'sagaloop/effects'
import { describeEffect } from '../../src/runtime/describe'

const queryChanged = createAction<string>('search/queryChanged')
function* worker() {}

describe('describing effects whose pattern is an action creator', () => {
  test('take(actionCreator) is described with the action type, not the creator function name', () => {
    expect(describeEffect(take(queryChanged))).toBe('take("search/queryChanged")')
  })

  test('an array of action creators lists their types', () => {
    const loggedOut = createAction('auth/loggedOut')
    expect(describeEffect(take([queryChanged, loggedOut]))).toBe(
      'take(["search/queryChanged", "auth/loggedOut"])',
    )
  })

  test('helpers and action channels name the type too', () => {
    expect(describeEffect(takeLatest(queryChanged, worker))).toContain('"search/queryChanged"')
    expect(describeEffect(actionChannel(queryChanged))).toBe('actionChannel("search/queryChanged")')
  })

  test('a plain function is still described by its name', () => {
    expect(describeEffect(take((action: unknown) => action !== null))).toBe('take(anonymous)')
  })
})
