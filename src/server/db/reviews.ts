import type { Command } from '../../curation/index.ts'
import type { Db } from './database.ts'

/** The last message a défi's team was sent back with: what, by whom, when. */
export type ReviewMessage = { message: string; actor: string; at: string }

/** Keeps the messages of the `defi.sendBack` commands that landed, for the teams' upload page. */
export function recordReviewMessages(
  db: Db,
  exhibitionId: string,
  actor: string,
  commands: readonly Command[],
  at = Date.now(),
): void {
  const insert = db.prepare(
    'INSERT INTO review_messages (exhibition_id, defi_id, message, actor, at) VALUES (?, ?, ?, ?, ?)',
  )
  for (const command of commands) {
    if (command.type === 'defi.sendBack') insert.run(exhibitionId, command.defi, command.message, actor, at)
  }
}

/** The last message a défi was sent back with, or null when it never was. */
export function lastReviewMessage(db: Db, exhibitionId: string, defiId: string): ReviewMessage | null {
  const row = db
    .prepare(
      'SELECT message, actor, at FROM review_messages WHERE exhibition_id = ? AND defi_id = ? ORDER BY at DESC, id DESC LIMIT 1',
    )
    .get(exhibitionId, defiId) as { message: string; actor: string; at: number } | undefined
  return row ? { message: row.message, actor: row.actor, at: new Date(row.at).toISOString() } : null
}
