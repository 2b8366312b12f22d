// A fake todo backend in memory, with latency, and failures on demand so rollback can be shown.

export interface Todo {
  id: string
  title: string
  done: boolean
}

export interface TodoApi {
  create(title: string): Promise<Todo>
  setDone(id: string, done: boolean): Promise<Todo>
}

export interface FakeTodoApi extends TodoApi {
  /** The todos the backend has saved. */
  saved: Map<string, Todo>
  /** Make the next `count` requests fail, as a flaky network would. */
  failNext(count?: number): void
}

export function createFakeTodoApi({ latencyMs = 200 } = {}): FakeTodoApi {
  const saved = new Map<string, Todo>()
  let failures = 0
  let nextId = 1

  const respond = <T>(answer: () => T) =>
    new Promise<T>((resolve, reject) => {
      setTimeout(() => {
        if (failures > 0) {
          failures -= 1
          reject(new Error('503 Service Unavailable'))
          return
        }
        try {
          resolve(answer())
        } catch (error) {
          reject(error)
        }
      }, latencyMs)
    })

  return {
    saved,
    failNext(count = 1) {
      failures += count
    },
    create: (title) =>
      respond(() => {
        const todo: Todo = { id: String(nextId++), title, done: false }
        saved.set(todo.id, todo)
        return { ...todo }
      }),
    setDone: (id, done) =>
      respond(() => {
        const todo = saved.get(id)
        if (todo === undefined) throw new Error(`404: no todo ${id}`)
        todo.done = done
        return { ...todo }
      }),
  }
}
