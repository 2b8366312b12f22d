// The search API client. Browser-safe: only `fetch`, `URL` and `AbortSignal`.

export interface SearchHit {
  id: number
  name: string
}

export interface SearchResponse {
  query: string
  hits: SearchHit[]
}

export interface SearchClient {
  /** Where the server is; also what a saga monitor shows for the client. */
  readonly baseUrl: string
  search(query: string, signal?: AbortSignal): Promise<SearchResponse>
}

export class SearchError extends Error {
  override name = 'SearchError'
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** A client for the search server at `baseUrl` (e.g. `http://127.0.0.1:4000`). */
export function createSearchClient(baseUrl: string): SearchClient {
  return {
    baseUrl,
    async search(query, signal) {
      const url = new URL('/search', baseUrl)
      url.searchParams.set('q', query)
      // The signal is what makes cancellation real: aborting it closes the HTTP request.
      const response = await fetch(url, { signal })
      if (!response.ok) {
        throw new SearchError(
          `search for "${query}" failed: HTTP ${response.status}`,
          response.status,
        )
      }
      return (await response.json()) as SearchResponse
    },
  }
}
