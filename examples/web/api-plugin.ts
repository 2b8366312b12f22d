// The web example's backend, as a Vite plugin: the dev server and `vite preview` both start the
// search example's HTTP server (slow on purpose, so that cancelled requests are visible) and
// answer two small JSON routes:
//   GET /api/config    → { searchUrl }: where the browser sends its searches
//   GET /api/requests  → what the search server saw: [{ query, outcome: 'answered' | 'aborted' }]
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { startSearchServer, type SearchServer } from '../search/server'

export interface ApiOptions {
  /** How long the search server takes to answer. */
  latencyMs?: number
}

type Next = (error?: unknown) => void

interface Connectable {
  middlewares: {
    use(handler: (req: IncomingMessage, res: ServerResponse, next: Next) => void): void
  }
  httpServer: { once(event: 'close', listener: () => void): unknown } | null
}

function sendJson(res: ServerResponse, body: unknown): void {
  res.setHeader('Content-Type', 'application/json')
  res.setHeader('Cache-Control', 'no-store')
  res.end(JSON.stringify(body))
}

export function sagaloopApi({ latencyMs = 700 }: ApiOptions = {}): Plugin {
  const mount = (server: Connectable) => {
    const started: Promise<SearchServer> = startSearchServer({
      latencyMs,
      failingQueries: ['boom'],
    })
    server.httpServer?.once('close', () => {
      void started.then((search) => search.close())
    })
    server.middlewares.use((req, res, next) => {
      const path = (req.url ?? '').split('?')[0]
      if (path !== '/api/config' && path !== '/api/requests') {
        next()
        return
      }
      started.then(
        (search) =>
          sendJson(res, path === '/api/config' ? { searchUrl: search.url } : search.requests),
        next,
      )
    })
  }
  return {
    name: 'sagaloop-web-api',
    configureServer: mount,
    configurePreviewServer: mount,
  }
}
