// A fake authentication backend, in memory, with real latency and real AbortSignal support:
// enough to exercise the login flow in Node tests and in the browser alike.

export interface Credentials {
  username: string
  password: string
}

export interface Session {
  username: string
  token: string
  /** How long the token stays valid; the saga refreshes it before then. */
  expiresInMs: number
}

export interface AuthApi {
  login(credentials: Credentials, signal?: AbortSignal): Promise<Session>
  refresh(token: string, signal?: AbortSignal): Promise<Session>
  logout(token: string): Promise<void>
}

export class AuthError extends Error {
  override name = 'AuthError'
}

export interface FakeAuthOptions {
  /** username → password */
  users?: Record<string, string>
  latencyMs?: number
  tokenTtlMs?: number
}

export interface FakeAuthApi extends AuthApi {
  /** What the backend saw, in order: `login alice`, `login alice aborted`, `refresh token-1`... */
  log: string[]
  /** Forgets every session, as a backend restart would: the next refresh fails. */
  revokeAll(): void
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

export function createFakeAuthApi(options: FakeAuthOptions = {}): FakeAuthApi {
  const { users = { alice: 'wonderland' }, latencyMs = 300, tokenTtlMs = 60_000 } = options
  const log: string[] = []
  const sessions = new Map<string, string>() // token → username
  let issued = 0

  const issue = (username: string): Session => {
    const token = `token-${++issued}`
    sessions.set(token, username)
    return { username, token, expiresInMs: tokenTtlMs }
  }

  const logAbort = (entry: string, signal: AbortSignal | undefined) => (error: unknown) => {
    if (signal?.aborted) log.push(`${entry} aborted`)
    throw error
  }

  return {
    log,
    revokeAll() {
      sessions.clear()
    },
    async login({ username, password }, signal) {
      log.push(`login ${username}`)
      await wait(latencyMs, signal).catch(logAbort(`login ${username}`, signal))
      if (users[username] !== password) throw new AuthError('wrong username or password')
      return issue(username)
    },
    async refresh(token, signal) {
      log.push(`refresh ${token}`)
      await wait(latencyMs, signal).catch(logAbort(`refresh ${token}`, signal))
      const username = sessions.get(token)
      if (username === undefined) throw new AuthError('session expired')
      sessions.delete(token)
      return issue(username)
    },
    async logout(token) {
      log.push(`logout ${token}`)
      sessions.delete(token)
    },
  }
}
