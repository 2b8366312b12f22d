// A small search server (Node's `http`) that answers slowly, like a real one under load, and
// records what happened to each request, so that tests and the demo can show the aborted ones.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { SearchHit, SearchResponse } from './api'

export const catalogue: readonly string[] = [
  'react',
  'react-dom',
  'react-redux',
  'redux',
  'redux-saga',
  'redux-thunk',
  'reselect',
  'immer',
  'sagaloop',
  'typescript',
  'vite',
  'vitest',
  'rollup',
  'esbuild',
  'prettier',
  'eslint',
  'express',
  'fastify',
  'ws',
  'zod',
]

export type RequestOutcome = 'pending' | 'answered' | 'aborted' | 'failed'

export interface RecordedRequest {
  query: string
  outcome: RequestOutcome
}

export interface SearchServerOptions {
  /** How long the server takes to answer. */
  latencyMs?: number
  /** Queries the server answers with HTTP 500. */
  failingQueries?: readonly string[]
}

export interface SearchServer {
  url: string
  /** Every request received, in order, with what became of it. */
  requests: RecordedRequest[]
  close(): Promise<void>
}

function search(query: string): SearchHit[] {
  const needle = query.toLowerCase()
  return catalogue
    .map((name, id) => ({ id, name }))
    .filter(({ name }) => name.includes(needle))
    .slice(0, 10)
}

/** Starts the server on 127.0.0.1, on a port the OS picks. */
export async function startSearchServer(options: SearchServerOptions = {}): Promise<SearchServer> {
  const { latencyMs = 100, failingQueries = [] } = options
  const requests: RecordedRequest[] = []

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname !== '/search') {
      res.writeHead(404).end()
      return
    }
    const query = url.searchParams.get('q') ?? ''
    const record: RecordedRequest = { query, outcome: 'pending' }
    requests.push(record)
    // A browser calls this server from another origin (the web example's dev server).
    res.setHeader('Access-Control-Allow-Origin', '*')

    const timer = setTimeout(() => {
      if (failingQueries.includes(query)) {
        record.outcome = 'failed'
        res.writeHead(500, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ error: 'search index unavailable' }))
        return
      }
      record.outcome = 'answered'
      const body: SearchResponse = { query, hits: search(query) }
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body))
    }, latencyMs)

    // The client went away before the answer: that is what an aborted fetch looks like here.
    res.on('close', () => {
      if (!res.writableFinished) {
        clearTimeout(timer)
        record.outcome = 'aborted'
      }
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
