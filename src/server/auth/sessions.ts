import type { Db } from '../db/database.ts'
import { deleteExpiredSessions, deleteSession, findSession, insertSession, touchSession } from '../db/sessions.ts'
import { hashSecret, isSecretShaped, newSecret } from './secrets.ts'
import type { AuthSettings } from './settings.ts'

/** The name of the session cookie. */
export const SESSION_COOKIE = 'vernissage_session'

/** A live session: who, and the CSRF token that state-changing requests must carry. */
export type LiveSession = { organiserId: number; email: string; csrfToken: string }

/** Starts a session for an organiser; returns the cookie value (stored only as its hash). */
export function startSession(db: Db, settings: AuthSettings, organiserId: number, now = Date.now()): string {
  // Sweeping at each login keeps the table to the live sessions without a timer.
  deleteExpiredSessions(db, now - settings.idleMs, now - settings.absoluteMs)
  const cookie = newSecret()
  insertSession(db, hashSecret(cookie), organiserId, newSecret(), now)
  return cookie
}

/** The session a cookie opens, renewed for another idle period; null when none, expired, or its account is gone. */
export function resumeSession(
  db: Db,
  settings: AuthSettings,
  cookie: string | undefined,
  now = Date.now(),
): LiveSession | null {
  if (!isSecretShaped(cookie)) return null
  const idHash = hashSecret(cookie)
  const session = findSession(db, idHash)
  if (!session) return null
  if (now - session.lastSeenAt >= settings.idleMs || now - session.createdAt >= settings.absoluteMs) {
    deleteSession(db, idHash)
    return null
  }
  // One write per request would queue every GET behind the drafts' transactions: the idle clock only needs
  // to be roughly right, so it is moved on at most once per tenth of the idle time (a minute at most).
  if (now - session.lastSeenAt >= Math.min(60_000, settings.idleMs / 10)) touchSession(db, idHash, now)
  return { organiserId: session.organiserId, email: session.email, csrfToken: session.csrf }
}

/** Ends the session of a cookie, if any. */
export function endSession(db: Db, cookie: string | undefined): void {
  if (isSecretShaped(cookie)) deleteSession(db, hashSecret(cookie))
}
