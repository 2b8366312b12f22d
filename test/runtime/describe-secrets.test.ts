/** Effect descriptions (saga stacks, the inspector) never show values under secret-looking keys. */
import { expect, test } from 'vitest'
import { call, put } from 'sagaloop/effects'
import { describeEffect } from '../../src/runtime/describe'

function login(credentials: { user: string; password: string }) {
  return credentials.user
}

test('a password in a call argument is masked', () => {
  expect(describeEffect(call(login, { user: 'alice', password: 'wonderland' }))).toBe(
    'call(login, {"user":"alice","password":"•••"})',
  )
})

test('tokens and API keys nested in an action are masked', () => {
  const action = { type: 'SAVE', auth: { token: 'abc', apiKey: 'k' } }
  expect(describeEffect(put(action))).toBe(
    'put({"type":"SAVE","auth":{"token":"•••","apiKey":"•••"}})',
  )
})

test('every secret-looking key is masked, whatever its case; missing values and other keys are not', () => {
  const secret = [
    'Password',
    'passwd',
    'passphrase',
    'clientSecret',
    'accessToken',
    'Authorization',
    'api_key',
    'api-key',
    'apiKey',
    'credentials',
    'Cookie',
    'session_id',
    'sessionId',
  ]
  for (const key of secret) expect(describeEffect({ [key]: 'x' })).toBe(`{"${key}":"•••"}`)
  expect(describeEffect({ password: null, name: 'bob', session: 's' })).toBe(
    '{"password":null,"name":"bob","session":"s"}',
  )
  expect(describeEffect({ password: 'x' }, { maskSecrets: false })).toBe('{"password":"x"}')
})
