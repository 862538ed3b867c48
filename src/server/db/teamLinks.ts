import type { Db } from './database.ts'

/** A team link as stored: its token only as a SHA-256 hash (hex). */
export type TeamLinkRow = {
  id: number
  tokenHash: string
  exhibitionId: string
  defiId: string
  createdAt: number
  createdBy: string
  expiresAt: number
  revokedAt: number | null
}

const COLUMNS = `id, token_hash AS tokenHash, exhibition_id AS exhibitionId, defi_id AS defiId, created_at AS createdAt,
  created_by AS createdBy, expires_at AS expiresAt, revoked_at AS revokedAt`

/** Stores a new link; returns its id. */
export function insertTeamLink(db: Db, link: Omit<TeamLinkRow, 'id' | 'revokedAt'>): number {
  const result = db
    .prepare(
      `INSERT INTO team_links (token_hash, exhibition_id, defi_id, created_at, created_by, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(link.tokenHash, link.exhibitionId, link.defiId, link.createdAt, link.createdBy, link.expiresAt)
  return Number(result.lastInsertRowid)
}

/** The link whose token has this hash. */
export function findTeamLinkByHash(db: Db, tokenHash: string): TeamLinkRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM team_links WHERE token_hash = ?`).get(tokenHash) as TeamLinkRow | undefined
}

/** One link by id. */
export function findTeamLink(db: Db, id: number): TeamLinkRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM team_links WHERE id = ?`).get(id) as TeamLinkRow | undefined
}

/** The links of an exhibition, newest first. */
export function listTeamLinks(db: Db, exhibitionId: string): TeamLinkRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM team_links WHERE exhibition_id = ? ORDER BY created_at DESC, id DESC`)
    .all(exhibitionId) as TeamLinkRow[]
}

/** Revokes a link (once: a second revocation keeps the first date); false when there is no such link. */
export function revokeTeamLink(db: Db, id: number, now: number): boolean {
  return db.prepare('UPDATE team_links SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(now, id).changes > 0
}
