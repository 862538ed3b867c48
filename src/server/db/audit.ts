import { actorLabel, type Actor } from '../auth/actor.ts'
import type { Db } from './database.ts'

/** Appends a line to the audit log. `detail` is stored as JSON: never put a password, token or cookie in it. */
export function recordAudit(
  db: Db,
  actor: Actor,
  exhibitionId: string | null,
  action: string,
  detail: Record<string, unknown> = {},
): void {
  db.prepare('INSERT INTO audit (at, actor_kind, actor, exhibition_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    Date.now(),
    actor.kind,
    actorLabel(actor),
    exhibitionId,
    action,
    JSON.stringify(detail),
  )
}
