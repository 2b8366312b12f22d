/**
 * Every effect creator builds plain data equal to what redux-saga 1.x builds for the same
 * arguments, so existing `toEqual` assertions and tools that compare effects keep working.
 */
import { describe, expect, test } from 'vitest'
import { createMockTask } from '@redux-saga/testing-utils'
import * as rs from 'redux-saga/effects'
import {
  buffers as rsBuffers,
  detach as rsDetach,
  channel as rsChannel,
  multicastChannel as rsMulticast,
} from 'redux-saga'
import * as sl from 'sagaloop/effects'
import { delayP } from 'sagaloop/effects'

const fn = (a: number, b?: number) => a + (b ?? 0)
const nodeFn = (a: number, cb: (error: unknown, result?: number) => void) => cb(null, a)
const ctx = { method: (a: number) => a, fn }
const selector = (state: unknown, n: number) => [state, n]
const predicate = (action: { type: string }) => action.type === 'A'
const task = createMockTask()
const other = createMockTask()
const chan = rsChannel()
const multicast = rsMulticast()
const buffer = rsBuffers.sliding(5)
const action = { type: 'A', payload: 1 }

// [name, sagaloop's effect, redux-saga's effect] built from the same arguments.
const pairs: [string, () => unknown, () => unknown][] = [
  ['take()', () => sl.take(), () => rs.take()],
  ["take('A')", () => sl.take('A'), () => rs.take('A')],
  ["take(['A', 'B'])", () => sl.take(['A', 'B']), () => rs.take(['A', 'B'])],
  ['take(predicate)', () => sl.take(predicate as never), () => rs.take(predicate)],
  ['take(channel)', () => sl.take(chan as never), () => rs.take(chan)],
  ["take(multicast, 'A')", () => sl.take(multicast as never, 'A'), () => rs.take(multicast, 'A')],
  ["takeMaybe('A')", () => sl.takeMaybe('A'), () => rs.takeMaybe('A')],
  ['takeMaybe(channel)', () => sl.takeMaybe(chan as never), () => rs.takeMaybe(chan)],
  ['put(action)', () => sl.put(action), () => rs.put(action)],
  ['put(channel, action)', () => sl.put(chan as never, action), () => rs.put(chan, action)],
  ['putResolve(action)', () => sl.putResolve(action), () => rs.putResolve(action)],
  ['call(fn, 1, 2)', () => sl.call(fn, 1, 2), () => rs.call(fn, 1, 2)],
  [
    "call([ctx, 'method'], 1)",
    () => sl.call([ctx, 'method'], 1),
    () => rs.call([ctx, 'method'], 1),
  ],
  ['call([ctx, fn], 1)', () => sl.call([ctx, fn], 1), () => rs.call([ctx, fn], 1)],
  [
    'call({ context, fn }, 1)',
    () => sl.call({ context: ctx, fn }, 1),
    () => rs.call({ context: ctx, fn }, 1),
  ],
  ['apply(ctx, fn, [1, 2])', () => sl.apply(ctx, fn, [1, 2]), () => rs.apply(ctx, fn, [1, 2])],
  [
    "apply(ctx, 'method', [1])",
    () => sl.apply(ctx, 'method', [1]),
    () => rs.apply(ctx, 'method', [1]),
  ],
  ['cps(nodeFn, 1)', () => sl.cps(nodeFn, 1), () => rs.cps(nodeFn, 1)],
  ['cps([ctx, nodeFn], 1)', () => sl.cps([ctx, nodeFn], 1), () => rs.cps([ctx, nodeFn], 1)],
  ['fork(fn, 1)', () => sl.fork(fn, 1), () => rs.fork(fn, 1)],
  [
    "fork([ctx, 'method'], 1)",
    () => sl.fork([ctx, 'method'], 1),
    () => rs.fork([ctx, 'method'], 1),
  ],
  ['spawn(fn, 1)', () => sl.spawn(fn, 1), () => rs.spawn(fn, 1)],
  ['detach(fork(fn, 1))', () => sl.detach(sl.fork(fn, 1)), () => rsDetach(rs.fork(fn, 1))],
  ['join(task)', () => sl.join(task as never), () => rs.join(task)],
  ['join([task, other])', () => sl.join([task, other] as never), () => rs.join([task, other])],
  ['cancel(task)', () => sl.cancel(task as never), () => rs.cancel(task)],
  [
    'cancel([task, other])',
    () => sl.cancel([task, other] as never),
    () => rs.cancel([task, other]),
  ],
  ['cancel()', () => sl.cancel(), () => rs.cancel()],
  ['cancelled()', () => sl.cancelled(), () => rs.cancelled()],
  ['select(selector, 1)', () => sl.select(selector, 1), () => rs.select(selector, 1)],
  [
    'race({ a, b })',
    () => sl.race({ a: sl.take('A'), b: sl.call(fn, 1) }),
    () => rs.race({ a: rs.take('A'), b: rs.call(fn, 1) }),
  ],
  [
    'race([a, b])',
    () => sl.race([sl.take('A'), sl.call(fn, 1)]),
    () => rs.race([rs.take('A'), rs.call(fn, 1)]),
  ],
  [
    'all([a, b])',
    () => sl.all([sl.take('A'), sl.put(action)]),
    () => rs.all([rs.take('A'), rs.put(action)]),
  ],
  [
    'all({ a, b })',
    () => sl.all({ a: sl.take('A'), b: sl.select(selector, 1) }),
    () => rs.all({ a: rs.take('A'), b: rs.select(selector, 1) }),
  ],
  ['all([])', () => sl.all([]), () => rs.all([])],
  ["actionChannel('A')", () => sl.actionChannel('A'), () => rs.actionChannel('A')],
  [
    "actionChannel('A', buffer)",
    () => sl.actionChannel('A', buffer as never),
    () => rs.actionChannel('A', buffer as never),
  ],
  ['flush(channel)', () => sl.flush(chan as never), () => rs.flush(chan)],
  ["getContext('api')", () => sl.getContext('api'), () => rs.getContext('api')],
  ['setContext({ api })', () => sl.setContext({ api: 1 }), () => rs.setContext({ api: 1 })],
]

describe('descriptors equal redux-saga 1.x descriptors', () => {
  test.each(pairs)('%s', (_name, ours, theirs) => {
    expect(ours()).toEqual(theirs())
  })

  test('they are equal in the other direction too (no extra own fields on either side)', () => {
    for (const [, ours, theirs] of pairs) expect(theirs()).toStrictEqual(ours())
  })

  test('delay(ms) is call(delayP, ms), the same shape as redux-saga builds', () => {
    expect(sl.delay(10)).toEqual(rs.call(delayP, 10))
    expect(sl.delay(10, 'v')).toEqual(rs.call(delayP, 10, 'v'))
  })

  // redux-saga fills in a private identity function as the selector of `select()`; sagaloop fills
  // in its own, so the two are equal in shape only. Within sagaloop, select() equals select().
  test('select() with no selector has the shape redux-saga builds, and equals select() from sagaloop', () => {
    const theirs = rs.select()
    expect(sl.select()).toEqual({
      ...theirs,
      payload: { ...theirs.payload, selector: expect.any(Function) },
    })
    expect(sl.select()).toEqual(sl.select())
  })

  test('effects with different arguments are not equal', () => {
    expect(sl.take('A')).not.toEqual(rs.take('B'))
    expect(sl.call(fn, 1)).not.toEqual(rs.call(fn, 2))
    expect(sl.fork(fn, 1)).not.toEqual(rs.spawn(fn, 1))
  })
})

// The literals below were written from redux-saga 1.5.1's output for the same effects: a
// sagaloop effect prints exactly like a redux-saga one in snapshots.
describe('descriptors print like redux-saga effects in snapshots', () => {
  test('take', () => {
    expect(sl.take('A')).toMatchInlineSnapshot(`
      {
        "@@redux-saga/IO": true,
        "combinator": false,
        "payload": {
          "pattern": "A",
        },
        "type": "TAKE",
      }
    `)
  })

  test('put', () => {
    expect(sl.put(action)).toMatchInlineSnapshot(`
      {
        "@@redux-saga/IO": true,
        "combinator": false,
        "payload": {
          "action": {
            "payload": 1,
            "type": "A",
          },
          "channel": undefined,
        },
        "type": "PUT",
      }
    `)
  })

  test('call with a context', () => {
    expect(sl.call([ctx, 'method'], 1)).toMatchInlineSnapshot(`
      {
        "@@redux-saga/IO": true,
        "combinator": false,
        "payload": {
          "args": [
            1,
          ],
          "context": {
            "fn": [Function],
            "method": [Function],
          },
          "fn": [Function],
        },
        "type": "CALL",
      }
    `)
  })

  test('spawn', () => {
    expect(sl.spawn(fn, 1)).toMatchInlineSnapshot(`
      {
        "@@redux-saga/IO": true,
        "combinator": false,
        "payload": {
          "args": [
            1,
          ],
          "context": null,
          "detached": true,
          "fn": [Function],
        },
        "type": "FORK",
      }
    `)
  })

  test('race of an object', () => {
    expect(sl.race({ a: sl.take('A'), b: sl.cancelled() })).toMatchInlineSnapshot(`
      {
        "@@redux-saga/IO": true,
        "combinator": true,
        "payload": {
          "a": {
            "@@redux-saga/IO": true,
            "combinator": false,
            "payload": {
              "pattern": "A",
            },
            "type": "TAKE",
          },
          "b": {
            "@@redux-saga/IO": true,
            "combinator": false,
            "payload": {},
            "type": "CANCELLED",
          },
        },
        "type": "RACE",
      }
    `)
  })

  test('all of an array', () => {
    expect(sl.all([sl.put(action), sl.getContext('api')])).toMatchInlineSnapshot(`
      {
        "@@redux-saga/IO": true,
        "combinator": true,
        "payload": [
          {
            "@@redux-saga/IO": true,
            "combinator": false,
            "payload": {
              "action": {
                "payload": 1,
                "type": "A",
              },
              "channel": undefined,
            },
            "type": "PUT",
          },
          {
            "@@redux-saga/IO": true,
            "combinator": false,
            "payload": "api",
            "type": "GET_CONTEXT",
          },
        ],
        "type": "ALL",
      }
    `)
  })

  test('cancel() with no argument', () => {
    expect(sl.cancel()).toMatchInlineSnapshot(`
      {
        "@@redux-saga/IO": true,
        "combinator": false,
        "payload": "@@redux-saga/SELF_CANCELLATION",
        "type": "CANCEL",
      }
    `)
  })

  test('takeMaybe', () => {
    expect(sl.takeMaybe('A')).toMatchInlineSnapshot(`
      {
        "@@redux-saga/IO": true,
        "combinator": false,
        "payload": {
          "maybe": true,
          "pattern": "A",
        },
        "type": "TAKE",
      }
    `)
  })
})
