import type { Bilingual } from '../manifest/index.ts'

/** The body of every error the server answers with: what went wrong, in French and English. */
export type ErrorBody = { error: Bilingual }

/** Builds an error body from its French and English wording. */
export function errorBody(fr: string, en: string): ErrorBody {
  return { error: { fr, en } }
}

/** The 404 answer for an API path or a file that does not exist. */
export const NOT_FOUND = errorBody('introuvable', 'not found')

/** Bodies refused before any handler runs: too large (413), or not JSON where JSON is expected (415). */
export const BODY_REFUSED = {
  413: errorBody('contenu trop volumineux', 'body too large'),
  415: errorBody(
    'le contenu doit être du JSON (Content-Type: application/json)',
    'the body must be JSON (Content-Type: application/json)',
  ),
}
