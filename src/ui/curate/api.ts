import type { Command, DraftDocument } from '../../curation/index.ts'
import type { Bilingual, LocalizedText, ManifestError } from '../../manifest/index.ts'

/** An API answer that is not a success: its status and the body the server sent (error, errors, current draft…). */
export class CurateError extends Error {
  readonly status: number
  readonly body: CurateErrorBody
  constructor(status: number, body: CurateErrorBody) {
    super(body.error?.en ?? `HTTP ${status}`)
    this.status = status
    this.body = body
  }
}

/** What the curation API says when it refuses. */
export type CurateErrorBody = {
  error?: Bilingual
  errors?: ManifestError[]
  command?: number
  draft?: DraftDocument
  etag?: string
}

/** One exhibition in the organisers' list. */
export type CurateSummary = {
  id: string
  title: LocalizedText | null
  draft: { version: number; updatedAt: string; updatedBy: string; summary: string } | null
  published: { version: number | null; publishedAt: string | null } | null
}

/** One saved version of a draft. */
export type VersionInfo = { n: number; createdAt: string; actor: string; summary: string; publishedAt: string | null }
/** A team link as listed (its token is shown only when made). */
export type TeamLink = { id: number; defi: string; expiresAt: string; expired: boolean; revoked: boolean }
/** One line of the audit log. */
export type AuditEntry = { id: number; at: string; actor: { label: string }; action: string; detail: unknown }

let csrfToken = ''

async function call<T>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ body: T; etag: string | null }> {
  const init: RequestInit = { method, headers: { accept: 'application/json', ...headers }, credentials: 'same-origin' }
  if (method !== 'GET') (init.headers as Record<string, string>)['x-csrf-token'] = csrfToken
  if (body !== undefined) {
    ;(init.headers as Record<string, string>)['content-type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  const response = await fetch(url, init)
  const text = await response.text()
  const parsed = (text === '' ? {} : JSON.parse(text)) as unknown
  if (!response.ok) throw new CurateError(response.status, parsed as CurateErrorBody)
  return { body: parsed as T, etag: response.headers.get('etag') }
}

const ex = (id: string) => `/api/curate/exhibitions/${encodeURIComponent(id)}`

/** The curation API, as the screen uses it; every write carries the session's CSRF token. */
export const curateApi = {
  async session(): Promise<{ email: string } | null> {
    try {
      const { body } = await call<{ organiser: { email: string }; csrfToken: string }>('GET', '/api/auth/session')
      csrfToken = body.csrfToken
      return body.organiser
    } catch (error) {
      if (error instanceof CurateError && error.status === 401) return null
      throw error
    }
  },
  login: (email: string, password: string) => call('POST', '/api/auth/login', { email, password }),
  logout: () => call('POST', '/api/auth/logout'),
  list: async () => (await call<CurateSummary[]>('GET', '/api/curate/exhibitions')).body,
  create: (doc: DraftDocument) => call<{ id: string }>('POST', '/api/curate/exhibitions', doc),
  async draft(id: string): Promise<{ doc: DraftDocument; etag: string }> {
    const { body, etag } = await call<DraftDocument>('GET', ex(id))
    return { doc: body, etag: etag ?? '' }
  },
  async commands(id: string, baseEtag: string, commands: Command[]) {
    return (
      await call<{ etag: string; version: number; draft?: DraftDocument }>('POST', `${ex(id)}/commands`, {
        baseEtag,
        commands,
      })
    ).body
  },
  publish: (id: string, etag: string) =>
    call<{ version: number }>('POST', `${ex(id)}/publish`, undefined, { 'if-match': etag }),
  versions: async (id: string) => (await call<VersionInfo[]>('GET', `${ex(id)}/versions`)).body,
  version: async (id: string, n: number) => (await call<DraftDocument>('GET', `${ex(id)}/versions/${n}`)).body,
  restore: (id: string, n: number) => call('POST', `${ex(id)}/versions/${n}/restore`),
  teamLinks: async (id: string) => (await call<{ links: TeamLink[] }>('GET', `${ex(id)}/team-links`)).body.links,
  makeTeamLink: async (id: string, defi: string) =>
    (await call<{ url: string; id: number }>('POST', `${ex(id)}/team-links`, { defi })).body,
  revokeTeamLink: (linkId: number) => call('DELETE', `/api/curate/team-links/${linkId}`),
  archived: async () => new Set((await call<{ archived: string[] }>('GET', '/api/curate/archived')).body.archived),
  setArchived: (id: string, archived: boolean) => call('PUT', `${ex(id)}/archived`, { archived }),
  audit: async (id: string) =>
    (await call<{ entries: AuditEntry[] }>('GET', `/api/curate/audit?exhibition=${encodeURIComponent(id)}&limit=100`))
      .body.entries,
}
