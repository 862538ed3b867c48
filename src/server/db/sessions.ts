import type { Db } from './database.ts'

/** A signed-in organiser's session; it is found by the hash of its cookie, never by the cookie itself. */
export type SessionRow = { organiserId: number; email: string; csrf: string; createdAt: number; lastSeenAt: number }

/** Stores a new session. */
export function insertSession(db: Db, idHash: string, organiserId: number, csrf: string, now: number): void {
  db.prepare('INSERT INTO sessions (id_hash, organiser_id, csrf, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)').run(
    idHash,
    organiserId,
    csrf,
    now,
    now,
  )
}

/** The session of a cookie hash with its organiser's email, if the account still exists. */
export function findSession(db: Db, idHash: string): SessionRow | undefined {
  return db
    .prepare(
      `SELECT s.organiser_id AS organiserId, o.email, s.csrf, s.created_at AS createdAt, s.last_seen_at AS lastSeenAt
       FROM sessions s JOIN organisers o ON o.id = s.organiser_id WHERE s.id_hash = ?`,
    )
    .get(idHash) as SessionRow | undefined
}

/** Records that a session was used now (its idle expiry starts again). */
export function touchSession(db: Db, idHash: string, now: number): void {
  db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, idHash)
}

/** Ends one session. */
export function deleteSession(db: Db, idHash: string): void {
  db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash)
}

/** Removes the sessions idle since before `idleSince` or begun before `startedSince`. */
export function deleteExpiredSessions(db: Db, idleSince: number, startedSince: number): number {
  return db.prepare('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?').run(idleSince, startedSince)
    .changes
}
