import { actorLabel, type Actor } from '../auth/actor.ts'
import type { Db } from './database.ts'

/**
 * Who did something: an organiser or a team link (`Actor`), someone at the command line, or someone not signed in
 * (a failed login), known only by address.
 */
export type AuditActor = Actor | { kind: 'cli'; user: string } | { kind: 'anonymous'; ip: string }

/** One line of the audit log, as the API answers it. */
export type AuditEntry = {
  id: number
  at: string
  actor: { kind: AuditActor['kind']; label: string }
  exhibition: string | null
  action: string
  detail: unknown
}

function label(actor: AuditActor): string {
  if (actor.kind === 'cli') return `command line (${actor.user})`
  if (actor.kind === 'anonymous') return `not signed in (${actor.ip})`
  return actorLabel(actor)
}

/** Appends a line to the audit log. `detail` is stored as JSON: never put a password, token or cookie in it. */
export function recordAudit(
  db: Db,
  actor: AuditActor,
  exhibitionId: string | null,
  action: string,
  detail: Record<string, unknown> = {},
): void {
  db.prepare('INSERT INTO audit (at, actor_kind, actor, exhibition_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    Date.now(),
    actor.kind,
    label(actor),
    exhibitionId,
    action,
    JSON.stringify(detail),
  )
}

type Row = {
  id: number
  at: number
  actor_kind: string
  actor: string
  exhibition_id: string | null
  action: string
  detail: string
}

/** The newest lines of the log, newest first: of one exhibition, or of everything when `exhibitionId` is null. */
export function listAudit(db: Db, exhibitionId: string | null, limit: number): AuditEntry[] {
  const rows = (
    exhibitionId === null
      ? db.prepare('SELECT * FROM audit ORDER BY at DESC, id DESC LIMIT ?').all(limit)
      : db
          .prepare('SELECT * FROM audit WHERE exhibition_id = ? ORDER BY at DESC, id DESC LIMIT ?')
          .all(exhibitionId, limit)
  ) as Row[]
  return rows.map((row) => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: { kind: row.actor_kind as AuditActor['kind'], label: row.actor },
    exhibition: row.exhibition_id,
    action: row.action,
    detail: JSON.parse(row.detail) as unknown,
  }))
}
