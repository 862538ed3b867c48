import type { Manifest } from '../manifest/schema.ts'
import type { LocalizedText } from '../manifest/fields.ts'

/** One line of `GET /api/exhibitions`: enough to list a promotion without loading its manifest. */
export type ExhibitionSummary = {
  id: string
  title: LocalizedText
  subtitle?: LocalizedText
  promotion: Manifest['exhibition']['promotion']
  dates: Manifest['exhibition']['dates']
  counts: { rooms?: number; defis?: number }
}

/** Why the gallery could not be read: the visitor sees a different message for each. */
export type ApiErrorKind = 'notFound' | 'network' | 'server' | 'invalid'

/** A failed call to the gallery API. */
export class GalleryApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | undefined
  constructor(kind: ApiErrorKind, message: string, status?: number) {
    super(message)
    this.name = 'GalleryApiError'
    this.kind = kind
    this.status = status
  }
}

/** What the store needs from the server; tests and the browser give it the same HTTP implementation. */
export type GalleryApi = {
  listExhibitions(): Promise<ExhibitionSummary[]>
  getExhibition(id: string): Promise<Manifest>
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isText(value: unknown): boolean {
  return typeof value === 'string' || isObject(value)
}

// The server already validated the manifest with the shared schema; this guard only catches a wrong
// endpoint or a proxy error page, without shipping the whole validator to the browser.
function isSummary(value: unknown): value is ExhibitionSummary {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    isText(value.title) &&
    isObject(value.promotion) &&
    isObject(value.dates) &&
    isObject(value.counts)
  )
}

function isManifest(value: unknown): value is Manifest {
  return (
    isObject(value) &&
    isObject(value.exhibition) &&
    typeof value.exhibition.id === 'string' &&
    Array.isArray(value.rooms) &&
    Array.isArray(value.defis) &&
    Array.isArray(value.recordings)
  )
}

/** A `GalleryApi` over HTTP; `baseUrl` is '' in the browser and `http://127.0.0.1:port` in Node. */
export function createHttpApi(
  options: { baseUrl?: string; fetch?: typeof fetch; exhibitionPath?: (id: string) => string } = {},
): GalleryApi {
  const baseUrl = options.baseUrl ?? ''
  // An organiser's preview reads the draft from the curation API instead of the published manifest.
  const exhibitionPath = options.exhibitionPath ?? ((id: string) => `/api/exhibitions/${encodeURIComponent(id)}`)
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  async function getJson(path: string): Promise<unknown> {
    let response: Response
    try {
      response = await doFetch(`${baseUrl}${path}`, { headers: { accept: 'application/json' } })
    } catch (error) {
      throw new GalleryApiError('network', error instanceof Error ? error.message : String(error))
    }
    if (response.status === 404) throw new GalleryApiError('notFound', `${path}: 404`, 404)
    if (!response.ok) throw new GalleryApiError('server', `${path}: ${response.status}`, response.status)
    try {
      return await response.json()
    } catch {
      throw new GalleryApiError('invalid', `${path}: not JSON`, response.status)
    }
  }

  return {
    async listExhibitions() {
      const body = await getJson('/api/exhibitions')
      if (!Array.isArray(body) || !body.every(isSummary)) {
        throw new GalleryApiError('invalid', '/api/exhibitions: unexpected shape')
      }
      return body
    },
    async getExhibition(id) {
      const body = await getJson(exhibitionPath(id))
      if (!isManifest(body)) throw new GalleryApiError('invalid', `${exhibitionPath(id)}: unexpected shape`)
      return body
    },
  }
}
