import type { LocalizedText } from '../../manifest/index.ts'
import type { Catalogue } from '../catalogue.ts'
import type { Db } from '../db/database.ts'
import { lastPublished, listDrafts } from '../db/drafts.ts'

/** One exhibition as the curation screen lists it: its draft (who changed what last, when) and what is published. */
export type CurateSummary = {
  id: string
  title: LocalizedText | null
  draft: { version: number; etag: string; updatedAt: string; updatedBy: string; summary: string } | null
  published: { version: number | null; publishedAt: string | null } | null
}

function titleOf(body: string): LocalizedText | null {
  try {
    const doc = JSON.parse(body) as { exhibition?: { title?: LocalizedText } }
    return doc.exhibition?.title ?? null
  } catch {
    return null
  }
}

/** Every exhibition with a draft or a published file, by id. */
export async function listExhibitions(db: Db, catalogue: Catalogue): Promise<CurateSummary[]> {
  const published = new Map((await catalogue.list()).map((s) => [s.id, s]))
  const drafts = new Map(listDrafts(db).map((d) => [d.exhibitionId, d]))
  const ids = [...new Set([...published.keys(), ...drafts.keys()])].sort()
  return ids.map((id) => {
    const draft = drafts.get(id)
    const file = published.get(id)
    const last = lastPublished(db, id)
    return {
      id,
      title: draft ? titleOf(draft.body) : (file?.title ?? null),
      draft: draft
        ? {
            version: draft.version,
            etag: draft.etag,
            updatedAt: new Date(draft.updatedAt).toISOString(),
            updatedBy: draft.updatedBy,
            summary: draft.summary,
          }
        : null,
      published: file
        ? {
            version: last?.n ?? null,
            publishedAt: last?.publishedAt ? new Date(last.publishedAt).toISOString() : null,
          }
        : null,
    }
  })
}
