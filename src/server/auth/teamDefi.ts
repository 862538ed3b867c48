import { getDraft } from '../curate/drafts.ts'
import type { Db } from '../db/database.ts'

/** An exhibition's id and title and one of its défis, as its document holds them (no defaults filled in). */
export type TeamDefi = { exhibition: { id: string; title: unknown }; defi: { id: string } & Record<string, unknown> }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The document of an exhibition as it stands: its draft (opened from `gallery/ID.json` the first time). */
function currentDocument(db: Db, galleryDir: string, exhibitionId: string): unknown {
  const draft = getDraft(db, galleryDir, exhibitionId)
  try {
    return draft && (JSON.parse(draft.body) as unknown)
  } catch {
    return undefined
  }
}

/** A défi of an exhibition, or undefined when either does not exist (any more). */
export function findTeamDefi(db: Db, galleryDir: string, exhibitionId: string, defiId: string): TeamDefi | undefined {
  const doc = currentDocument(db, galleryDir, exhibitionId)
  if (!isRecord(doc) || !isRecord(doc.exhibition) || doc.exhibition.id !== exhibitionId) return undefined
  const defis = Array.isArray(doc.defis) ? doc.defis : []
  const defi = defis.find((d): d is TeamDefi['defi'] => isRecord(d) && d.id === defiId)
  return defi && { exhibition: { id: exhibitionId, title: doc.exhibition.title }, defi }
}
