import { readFile, stat } from 'node:fs/promises'
import { publishBlockers, type PublishBlocker } from '../../curation/gates.ts'
import { MAX_MANIFEST_BYTES, type Bilingual } from '../../manifest/index.ts'
import type { Actor } from '../auth/actor.ts'
import { writeFileAtomic } from '../atomicWrite.ts'
import { recordAudit } from '../db/audit.ts'
import type { Db } from '../db/database.ts'
import { hasVersion, keepVersion, markPublished, readDraft, type DraftRow } from '../db/drafts.ts'
import { etagOf, ifMatches, publishedFile } from './canonical.ts'

/** A publish that did not happen: 404, 412 (stale `If-Match`, with the current draft) or 409 (`reasons`). */
export type PublishFailure = {
  ok: false
  status: 404 | 409 | 412
  error: Bilingual
  reasons?: PublishBlocker[]
  current?: DraftRow
}

/** A publish that happened: which version is now `gallery/ID.json`. */
export type Published = { ok: true; etag: string; version: number; file: string }

/**
 * Saves the published file as a version, for the record, when it holds bytes no version has: someone changed it
 * outside the server (by hand, a git pull) since the draft was opened. Publishing replaces it; nothing is lost.
 */
async function keepWhatIsThere(db: Db, file: string, exhibitionId: string, actor: Actor): Promise<void> {
  // A file over the manifest limit was never served to anyone: not worth a place in the history.
  const size = (await stat(file).catch(() => null))?.size
  if (size === undefined || size > MAX_MANIFEST_BYTES) return
  const there = await readFile(file, 'utf8').catch(() => null)
  if (there === null) return
  const etag = etagOf(there)
  if (hasVersion(db, exhibitionId, etag)) return
  const n = keepVersion(db, {
    exhibitionId,
    body: there,
    etag,
    actor: 'gallery',
    summary: `kept: gallery/${exhibitionId}.json as found before publishing, changed outside the server`,
    at: Date.now(),
  })
  recordAudit(db, actor, exhibitionId, 'draft.kept', { version: n })
}

// One publish at a time per file, so that two renames never land in the opposite order of their checks.
const queues = new Map<string, Promise<unknown>>()

function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const next = previous.then(run, run)
  const settled = next.catch(() => undefined)
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return next
}

/**
 * Publishes the draft's version that `ifMatch` names, byte for byte, to `file` (atomically), once the publish gates
 * pass, to the exhibition's `gallery/ID.json`; marks that version published.
 */
export function publishDraft(
  db: Db,
  galleryDir: string,
  opts: { exhibitionId: string; actor: Actor; ifMatch: string },
): Promise<Published | PublishFailure> {
  const file = publishedFile(galleryDir, opts.exhibitionId)
  return oneAtATime(file, async (): Promise<Published | PublishFailure> => {
    const draft = readDraft(db, opts.exhibitionId)
    if (!draft) return { ok: false, status: 404, error: { fr: 'exposition introuvable', en: 'exhibition not found' } }
    if (!ifMatches(opts.ifMatch, draft.etag)) {
      return {
        ok: false,
        status: 412,
        error: {
          fr: "le brouillon a changé depuis votre lecture : voici l'actuel",
          en: 'the draft changed since you read it: here is the current one',
        },
        current: draft,
      }
    }
    let doc: unknown
    try {
      doc = JSON.parse(draft.body)
    } catch {
      doc = undefined
    }
    const reasons = publishBlockers(doc)
    if (reasons.length > 0) {
      return {
        ok: false,
        status: 409,
        error: { fr: 'publication impossible pour le moment', en: 'cannot be published yet' },
        reasons,
      }
    }
    await keepWhatIsThere(db, file, opts.exhibitionId, opts.actor)
    await writeFileAtomic(file, draft.body)
    const at = Date.now()
    db.transaction(() => {
      markPublished(db, opts.exhibitionId, draft.version, at)
      recordAudit(db, opts.actor, opts.exhibitionId, 'publish', { version: draft.version, etag: draft.etag })
    })()
    return { ok: true, etag: draft.etag, version: draft.version, file }
  })
}
