import { describe, expect, it } from 'vitest'
import { call, delay, fork, put, take } from 'sagaloop/effects'
import { expectSaga, throwError } from 'sagaloop/testing'

const fetchUser = (id: number) => Promise.resolve({ id })

function* worker(id: number) {
  yield* delay(100)
  try {
    yield* call(fetchUser, id)
  } catch {
    yield* put({ type: 'FAILED', id })
  }
}
function* root() {
  yield* fork(worker, 1)
  yield* take('STOP')
}

describe('the effect log of a run', () => {
  it('lists every effect in order, with its task, outcome and virtual time', async () => {
    const { log } = await expectSaga(root)
      .provide([[call(fetchUser, 1), throwError(new Error('offline'))]])
      .silentRun()
    expect(log).toMatchInlineSnapshot(`
      [
        {
          "at": 0,
          "effect": "fork(worker, 1)",
          "result": "@@sagaloop/task/worker",
          "seq": 1,
          "settledAt": 0,
          "status": "resolved",
          "task": {
            "id": 1,
            "name": "root",
            "parent": null,
          },
          "type": "FORK",
        },
        {
          "at": 0,
          "effect": "delay(100)",
          "result": true,
          "seq": 2,
          "settledAt": 100,
          "status": "resolved",
          "task": {
            "id": 2,
            "name": "worker",
            "parent": 1,
          },
          "type": "CALL",
        },
        {
          "at": 0,
          "effect": "take("STOP")",
          "seq": 3,
          "status": "pending",
          "task": {
            "id": 1,
            "name": "root",
            "parent": null,
          },
          "type": "TAKE",
        },
        {
          "at": 100,
          "effect": "call(fetchUser, 1)",
          "error": "Error: offline",
          "seq": 4,
          "settledAt": 100,
          "status": "rejected",
          "task": {
            "id": 2,
            "name": "worker",
            "parent": 1,
          },
          "type": "CALL",
        },
        {
          "at": 100,
          "effect": "put({"type":"FAILED","id":1})",
          "result": {
            "id": 1,
            "type": "FAILED",
          },
          "seq": 5,
          "settledAt": 100,
          "status": "resolved",
          "task": {
            "id": 2,
            "name": "worker",
            "parent": 1,
          },
          "type": "PUT",
        },
      ]
    `)
  })

  it('is the same from one run to the next, so it can be snapshot', async () => {
    const first = await expectSaga(root).silentRun()
    const second = await expectSaga(root).silentRun()
    expect(second.log).toEqual(first.log)
  })

  it('holds no functions', async () => {
    const { log } = await expectSaga(root).silentRun()
    expect(JSON.parse(JSON.stringify(log))).toEqual(log)
  })
})
