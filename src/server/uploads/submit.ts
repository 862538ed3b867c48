import type { Command } from '../../curation/index.ts'
import type { Actor } from '../auth/actor.ts'
import { applyCommandsToDraft, getDraft } from '../curate/drafts.ts'
import type { Db } from '../db/database.ts'
import { mergeMedia, type DraftMedia, type SubmitMedia } from './media.ts'

type DefiShape = { id?: unknown; media?: DraftMedia }

/**
 * The real `SubmitMedia`: reads the défi's media in the current draft, merges the upload's into them, and applies
 * `defi.set media` and `defi.set status submitted` as the team, in one transaction with the read, so that two
 * uploads finishing at once both land. The published manifest is untouched until the organisers publish.
 */
export function draftSubmitter(db: Db, galleryDir: string): SubmitMedia {
  return async ({ exhibitionId, defiId, linkId, patch }) => {
    const actor: Actor = { kind: 'team', linkId, exhibitionId, defiId }
    return db
      .transaction(() => {
        const draft = getDraft(db, galleryDir, exhibitionId)
        if (!draft) return { ok: false as const, reason: { fr: 'exposition introuvable', en: 'exhibition not found' } }
        const doc = JSON.parse(draft.body) as { defis?: DefiShape[] }
        const defi = (doc.defis ?? []).find((d) => d.id === defiId)
        if (!defi) {
          return { ok: false as const, reason: { fr: "ce défi n'existe plus", en: 'this défi no longer exists' } }
        }
        const commands: Command[] = [
          { type: 'defi.set', defi: defiId, field: 'media', value: mergeMedia(defi.media, patch) },
          { type: 'defi.set', defi: defiId, field: 'status', value: 'submitted' },
        ]
        const applied = applyCommandsToDraft(db, { exhibitionId, actor, commands, baseEtag: draft.etag })
        return applied.ok ? { ok: true as const } : { ok: false as const, reason: applied.error }
      })
      .immediate()
  }
}
