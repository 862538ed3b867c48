import path from 'node:path'
import { createHash } from 'node:crypto'

/** The bytes a draft is saved and published as: two-space JSON and a final newline, as git diffs it. */
export function canonicalJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}

/** The strong ETag of a draft's exact bytes: `"<sha256 hex>"`. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('hex')}"`
}

/**
 * True when an `If-Match` header names `etag` (one of a comma-separated list). `*` is not honoured: a write must say
 * which version it follows, or it could overwrite someone else's in silence.
 */
export function ifMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header.split(',').some((tag) => tag.trim() === etag)
}

const EXHIBITION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** True for ids an exhibition may have (the manifest's slugs), and so safe as a file name in the gallery. */
export function isExhibitionId(id: string): boolean {
  return id.length <= 80 && EXHIBITION_ID.test(id)
}

/** The published file of exhibition `id`: `gallery/ID.json`. */
export function publishedFile(galleryDir: string, id: string): string {
  return path.join(galleryDir, `${id}.json`)
}
