import { describe, expect, test } from 'vitest'
import * as sagaloop from 'sagaloop'
import * as sagaloopEffects from 'sagaloop/effects'
import * as reduxSaga from 'redux-saga'
import * as reduxSagaEffects from 'redux-saga/effects'

const runtimeNames = (module: object) =>
  Object.keys(module).filter((name) => name !== '__esModule' && name !== 'default')

describe('the entry points mirror redux-saga', () => {
  test('sagaloop exports every runtime name redux-saga exports', () => {
    const missing = runtimeNames(reduxSaga).filter((name) => !(name in sagaloop))
    expect(missing).toEqual([])
  })

  test('sagaloop has a default export, the middleware factory, as redux-saga does', () => {
    expect(typeof sagaloop.default).toBe('function')
    expect(typeof reduxSaga.default).toBe('function')
  })

  test('sagaloop/effects exports every runtime name redux-saga/effects exports', () => {
    const missing = runtimeNames(reduxSagaEffects).filter((name) => !(name in sagaloopEffects))
    expect(missing).toEqual([])
  })

  test('each export has the same kind of value as in redux-saga', () => {
    const kinds = (module: object, names: string[]) =>
      Object.fromEntries(
        names.map((name) => [name, typeof (module as Record<string, unknown>)[name]]),
      )
    const rootNames = runtimeNames(reduxSaga)
    const effectNames = runtimeNames(reduxSagaEffects)
    expect(kinds(sagaloop, rootNames)).toEqual(kinds(reduxSaga, rootNames))
    expect(kinds(sagaloopEffects, effectNames)).toEqual(kinds(reduxSagaEffects, effectNames))
  })

  test('buffers has the same factories as redux-saga.buffers', () => {
    expect(Object.keys(sagaloop.buffers).sort()).toEqual(Object.keys(reduxSaga.buffers).sort())
  })

  test('effectTypes has the same names and values as redux-saga.effectTypes', () => {
    expect({ ...sagaloopEffects.effectTypes }).toEqual({ ...reduxSagaEffects.effectTypes })
  })

  test('END, CANCEL and SAGA_LOCATION are the values redux-saga uses', () => {
    expect(sagaloop.END).toEqual(reduxSaga.END)
    expect(sagaloop.CANCEL).toBe(reduxSaga.CANCEL)
    expect(sagaloop.SAGA_LOCATION).toBe((reduxSaga as Record<string, unknown>).SAGA_LOCATION)
  })
})
