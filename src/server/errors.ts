import type { Bilingual } from '../manifest/index.ts'

/** The body of every error the server answers with: what went wrong, in French and English. */
export type ErrorBody = { error: Bilingual }

/** Builds an error body from its French and English wording. */
export function errorBody(fr: string, en: string): ErrorBody {
  return { error: { fr, en } }
}

/** The 404 answer for an API path or a file that does not exist. */
export const NOT_FOUND = errorBody('introuvable', 'not found')
