import type { Bilingual } from '../../manifest/index.ts'
import type { UploadKind } from '../uploads/limits.ts'
import type { Db } from './database.ts'

/** Where an upload is: receiving bytes, being checked, refused, transcoding, ready, failed, or cancelled by its team. */
export type UploadState = 'uploading' | 'checking' | 'refused' | 'transcoding' | 'ready' | 'failed' | 'cancelled'

/** One upload as the store holds it. */
export type UploadRow = {
  id: string
  linkId: number
  exhibitionId: string
  defiId: string
  kind: UploadKind
  lang: string | null
  filename: string
  size: number
  state: UploadState
  progress: number
  reason: Bilingual | null
  result: unknown
  createdAt: number
  updatedAt: number
}

type Raw = {
  id: string
  link_id: number
  exhibition_id: string
  defi_id: string
  kind: UploadKind
  lang: string | null
  filename: string
  size: number
  state: UploadState
  progress: number
  reason_fr: string | null
  reason_en: string | null
  result: string | null
  created_at: number
  updated_at: number
}

function fromRaw(raw: Raw): UploadRow {
  return {
    id: raw.id,
    linkId: raw.link_id,
    exhibitionId: raw.exhibition_id,
    defiId: raw.defi_id,
    kind: raw.kind,
    lang: raw.lang,
    filename: raw.filename,
    size: raw.size,
    state: raw.state,
    progress: raw.progress,
    reason: raw.reason_fr !== null && raw.reason_en !== null ? { fr: raw.reason_fr, en: raw.reason_en } : null,
    result: raw.result === null ? null : (JSON.parse(raw.result) as unknown),
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  }
}

/** What a new upload is, before a byte arrives. */
export type NewUpload = Pick<
  UploadRow,
  'id' | 'linkId' | 'exhibitionId' | 'defiId' | 'kind' | 'lang' | 'filename' | 'size'
>

/**
 * Records a new upload unless its team already has `maxInFlight` uploads receiving bytes (one untouched since
 * `staleBefore` no longer counts: a closed tab must not block its team for ever). Count and insert are one
 * transaction, so that parallel requests cannot all slip under the limit.
 */
export function createUpload(db: Db, upload: NewUpload, maxInFlight: number, staleBefore: number): boolean {
  return db.transaction(() => {
    const { n } = db
      .prepare(
        "SELECT count(*) AS n FROM uploads WHERE exhibition_id = ? AND defi_id = ? AND state = 'uploading' AND updated_at >= ?",
      )
      .get(upload.exhibitionId, upload.defiId, staleBefore) as { n: number }
    if (n >= maxInFlight) return false
    const now = Date.now()
    db.prepare(
      `INSERT INTO uploads (id, link_id, exhibition_id, defi_id, kind, lang, filename, size, state, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'uploading', ?, ?)`,
    ).run(
      upload.id,
      upload.linkId,
      upload.exhibitionId,
      upload.defiId,
      upload.kind,
      upload.lang,
      upload.filename,
      upload.size,
      now,
      now,
    )
    return true
  })()
}

/** One upload by its id, or null. */
export function getUpload(db: Db, id: string): UploadRow | null {
  const raw = db.prepare('SELECT * FROM uploads WHERE id = ?').get(id) as Raw | undefined
  return raw ? fromRaw(raw) : null
}

/** Forgets an upload that tus did not create after all. */
export function deleteUpload(db: Db, id: string): void {
  db.prepare('DELETE FROM uploads WHERE id = ?').run(id)
}

/** Moves an upload to `state`, with its progress (0–1), the reason of a refusal or failure, or what it produced. */
export function setUploadState(
  db: Db,
  id: string,
  state: UploadState,
  extra: { progress?: number; reason?: Bilingual; result?: unknown } = {},
): void {
  db.prepare(
    `UPDATE uploads SET state = ?, progress = ?, reason_fr = ?, reason_en = ?, result = coalesce(?, result), updated_at = ?
     WHERE id = ?`,
  ).run(
    state,
    extra.progress ?? (state === 'ready' ? 1 : 0),
    extra.reason?.fr ?? null,
    extra.reason?.en ?? null,
    extra.result === undefined ? null : JSON.stringify(extra.result),
    Date.now(),
    id,
  )
}

/** Records a transcode's progress (0–1) while it is running. */
export function setUploadProgress(db: Db, id: string, progress: number): void {
  db.prepare("UPDATE uploads SET progress = ?, updated_at = ? WHERE id = ? AND state = 'transcoding'").run(
    progress,
    Date.now(),
    id,
  )
}

/** Marks an upload as alive (bytes arrived), so that it keeps counting as in flight. */
export function touchUpload(db: Db, id: string): void {
  db.prepare('UPDATE uploads SET updated_at = ? WHERE id = ?').run(Date.now(), id)
}

/** Uploads in `state`, oldest first (e.g. those left `checking` by a server that stopped). */
export function uploadsInState(db: Db, state: UploadState): UploadRow[] {
  return (db.prepare('SELECT * FROM uploads WHERE state = ? ORDER BY created_at').all(state) as Raw[]).map(fromRaw)
}

/** True when the défi has a poster its team sent and the checks accepted (the transcode then makes none). */
export function hasReadyPoster(db: Db, exhibitionId: string, defiId: string): boolean {
  const row = db
    .prepare("SELECT 1 FROM uploads WHERE exhibition_id = ? AND defi_id = ? AND kind = 'poster' AND state = 'ready'")
    .get(exhibitionId, defiId)
  return row !== undefined
}

/** Uploads still receiving bytes that no byte reached since `before` (ms): abandoned. */
export function staleUploads(db: Db, before: number): UploadRow[] {
  const rows = db.prepare("SELECT * FROM uploads WHERE state = 'uploading' AND updated_at < ?").all(before) as Raw[]
  return rows.map(fromRaw)
}

/** An upload as its team sees it in `GET /api/team`: no owner, no server path. */
export type TeamUpload = {
  id: string
  kind: UploadKind
  lang?: string
  filename: string
  size: number
  state: UploadState
  percent?: number
  reason?: Bilingual
  media?: unknown
  createdAt: string
}

/** The uploads of one défi, newest first, cancelled ones left out, as `GET /api/team` shows them. */
export function listTeamUploads(db: Db, exhibitionId: string, defiId: string): TeamUpload[] {
  const rows = db
    .prepare(
      "SELECT * FROM uploads WHERE exhibition_id = ? AND defi_id = ? AND state != 'cancelled' ORDER BY created_at DESC, id LIMIT 50",
    )
    .all(exhibitionId, defiId) as Raw[]
  return rows.map(fromRaw).map((u) => ({
    id: u.id,
    kind: u.kind,
    ...(u.lang !== null && { lang: u.lang }),
    filename: u.filename,
    size: u.size,
    state: u.state,
    ...(u.state === 'transcoding' && { percent: Math.floor(u.progress * 100) }),
    ...(u.reason !== null && { reason: u.reason }),
    ...(u.state === 'ready' && u.result !== null && { media: u.result }),
    createdAt: new Date(u.createdAt).toISOString(),
  }))
}
