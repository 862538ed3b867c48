import type { Statement } from 'better-sqlite3'
import type { Db } from './database.ts'

// Statements prepared once per store: every busy write runs four of them, and preparing costs more than running.
const prepared = new WeakMap<Db, Map<string, Statement>>()

function sql(db: Db, text: string): Statement {
  let statements = prepared.get(db)
  if (!statements) prepared.set(db, (statements = new Map()))
  let statement = statements.get(text)
  if (!statement) statements.set(text, (statement = db.prepare(text)))
  return statement
}

/** The current draft of an exhibition: its manifest's exact bytes, their ETag, and its latest version. */
export type DraftRow = {
  exhibitionId: string
  body: string
  etag: string
  version: number
  updatedAt: number
  updatedBy: string
}

/** One saved version of a draft; nothing is ever erased. */
export type VersionRow = {
  exhibitionId: string
  n: number
  body: string
  etag: string
  createdAt: number
  actor: string
  summary: string
  publishedAt: number | null
}

/** A version without its body, as listed. */
export type VersionInfo = Omit<VersionRow, 'body'>

/** What a new version records. */
export type NewVersion = {
  exhibitionId: string
  body: string
  etag: string
  actor: string
  summary: string
  at: number
}

const DRAFT_COLUMNS =
  'exhibition_id AS exhibitionId, body, etag, version, updated_at AS updatedAt, updated_by AS updatedBy'
const VERSION_INFO =
  'exhibition_id AS exhibitionId, n, etag, created_at AS createdAt, actor, summary, published_at AS publishedAt'

/** The draft of an exhibition, or undefined when nobody has opened it yet. */
export function readDraft(db: Db, exhibitionId: string): DraftRow | undefined {
  return sql(db, `SELECT ${DRAFT_COLUMNS} FROM drafts WHERE exhibition_id = ?`).get(exhibitionId) as
    DraftRow | undefined
}

/** Every draft with its body and its latest version's summary, by id. */
export function listDrafts(db: Db): (DraftRow & { summary: string })[] {
  return sql(
    db,
    `SELECT d.exhibition_id AS exhibitionId, d.body, d.etag, d.version, d.updated_at AS updatedAt,
        d.updated_by AS updatedBy, v.summary
       FROM drafts d JOIN versions v ON v.exhibition_id = d.exhibition_id AND v.n = d.version
       ORDER BY d.exhibition_id`,
  ).all() as (DraftRow & { summary: string })[]
}

/**
 * Saves a new version and makes it the draft; returns its number. The caller holds the transaction in which it read
 * the draft this version follows, so that no other write slips in between.
 */
export function insertVersion(db: Db, v: NewVersion): number {
  const n = keepVersion(db, v)
  sql(
    db,
    `INSERT INTO drafts (exhibition_id, body, etag, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (exhibition_id) DO UPDATE SET body = excluded.body, etag = excluded.etag, version = excluded.version,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(v.exhibitionId, v.body, v.etag, n, v.at, v.actor)
  return n
}

/** Saves a version for the record only: the draft stays as it is. Returns its number. */
export function keepVersion(db: Db, v: NewVersion): number {
  const last = sql(db, 'SELECT MAX(n) AS n FROM versions WHERE exhibition_id = ?').get(v.exhibitionId) as {
    n: number | null
  }
  const n = (last.n ?? 0) + 1
  sql(
    db,
    'INSERT INTO versions (exhibition_id, n, body, etag, created_at, actor, summary) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(v.exhibitionId, n, v.body, v.etag, v.at, v.actor, v.summary)
  return n
}

/** True when some version of the exhibition has these exact bytes (known by their ETag). */
export function hasVersion(db: Db, exhibitionId: string, etag: string): boolean {
  return (
    sql(db, 'SELECT 1 FROM versions WHERE exhibition_id = ? AND etag = ? LIMIT 1').get(exhibitionId, etag) !== undefined
  )
}

/** Every version of an exhibition's draft, oldest first, without their bodies. */
export function listVersions(db: Db, exhibitionId: string): VersionInfo[] {
  return sql(db, `SELECT ${VERSION_INFO} FROM versions WHERE exhibition_id = ? ORDER BY n`).all(
    exhibitionId,
  ) as VersionInfo[]
}

/** One version with its exact bytes, or undefined. */
export function readVersion(db: Db, exhibitionId: string, n: number): VersionRow | undefined {
  return sql(db, `SELECT ${VERSION_INFO}, body FROM versions WHERE exhibition_id = ? AND n = ?`).get(
    exhibitionId,
    n,
  ) as VersionRow | undefined
}

/** Records that version `n` is now the published file. */
export function markPublished(db: Db, exhibitionId: string, n: number, at: number): void {
  sql(db, 'UPDATE versions SET published_at = ? WHERE exhibition_id = ? AND n = ?').run(at, exhibitionId, n)
}

/** The version last published, if any was published through the server. */
export function lastPublished(db: Db, exhibitionId: string): VersionInfo | undefined {
  return sql(
    db,
    `SELECT ${VERSION_INFO} FROM versions WHERE exhibition_id = ? AND published_at IS NOT NULL
       ORDER BY published_at DESC, n DESC LIMIT 1`,
  ).get(exhibitionId) as VersionInfo | undefined
}
