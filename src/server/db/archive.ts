import type { Db } from './database.ts'

/** Archives an exhibition (true) or takes it out of the archive (false); either way, nothing of it is erased. */
export function setArchived(db: Db, exhibitionId: string, archived: boolean, actor: string, at = Date.now()): void {
  if (archived) {
    db.prepare(
      'INSERT INTO archived_exhibitions (exhibition_id, archived_at, actor) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(exhibitionId, at, actor)
  } else {
    db.prepare('DELETE FROM archived_exhibitions WHERE exhibition_id = ?').run(exhibitionId)
  }
}

/** The ids of the archived exhibitions. */
export function archivedIds(db: Db): Set<string> {
  const rows = db.prepare('SELECT exhibition_id FROM archived_exhibitions').all() as { exhibition_id: string }[]
  return new Set(rows.map((r) => r.exhibition_id))
}
