import { existsSync, readFileSync } from 'node:fs'
import { applyCommand, type Command, type DraftDocument } from '../../curation/index.ts'
import {
  MAX_MANIFEST_BYTES,
  message,
  parseManifest,
  type Bilingual,
  type Manifest,
  type ManifestError,
} from '../../manifest/index.ts'
import { actorLabel, type Actor } from '../auth/actor.ts'
import { recordAudit } from '../db/audit.ts'
import type { Db } from '../db/database.ts'
import { insertVersion, readDraft, readVersion, type DraftRow } from '../db/drafts.ts'
import { canonicalJson, etagOf, ifMatches, isExhibitionId, publishedFile } from './canonical.ts'
import { describeCommands } from './summary.ts'

export { isExhibitionId, publishedFile } from './canonical.ts'
export { publishDraft, type Published, type PublishFailure } from './publish.ts'

/** The current draft of an exhibition: its exact bytes, ETag, version, and who saved it when. */
export type Draft = DraftRow

/** A write that landed: the draft's new ETag and version. */
export type Saved = { ok: true; etag: string; version: number }

/**
 * A write that did not land, and why: 404 no such exhibition, 409 a command no longer applies (`command` is its
 * index) or the id is taken, 412 the `If-Match` is stale (`current` is the draft to start again from), 422 the
 * manifest it would make is invalid (`errors`, with JSON paths).
 */
export type DraftFailure = {
  ok: false
  status: 404 | 409 | 412 | 422
  error: Bilingual
  errors?: ManifestError[]
  command?: number
  current?: Draft
}

const notFound = (): DraftFailure => ({
  ok: false,
  status: 404,
  error: { fr: 'exposition introuvable', en: 'exhibition not found' },
})

const invalid = (errors: ManifestError[]): DraftFailure => ({
  ok: false,
  status: 422,
  error: { fr: 'le manifeste serait invalide', en: 'the manifest would be invalid' },
  errors,
})

const stale = (current: Draft): DraftFailure => ({
  ok: false,
  status: 412,
  error: {
    fr: "le brouillon a changé depuis votre lecture : voici l'actuel",
    en: 'the draft changed since you read it: here is the current one',
  },
  current,
})

/** A draft's bytes once it passes the app's own parser and stays within the size the catalogue reads. */
function checked(
  doc: unknown,
): { ok: true; body: string; manifest: Manifest } | { ok: false; errors: ManifestError[] } {
  const parsed = parseManifest(doc)
  if (!parsed.ok) return parsed
  const body = canonicalJson(doc)
  const size = Buffer.byteLength(body)
  if (size > MAX_MANIFEST_BYTES) {
    return {
      ok: false,
      errors: [{ path: '$', message: message('file.tooLarge', { size, limit: MAX_MANIFEST_BYTES }) }],
    }
  }
  return { ok: true, body, manifest: parsed.manifest }
}

function save(db: Db, exhibitionId: string, body: string, actor: Actor, summary: string, action: string): Saved {
  const etag = etagOf(body)
  const version = insertVersion(db, { exhibitionId, body, etag, actor: actorLabel(actor), summary, at: Date.now() })
  recordAudit(db, actor, exhibitionId, action, { version, summary })
  return { ok: true, etag, version }
}

/**
 * The draft of an exhibition, opened from its published file `gallery/ID.json` the first time it is asked for
 * (version 1 holds that file's exact bytes); undefined when there is neither draft nor file.
 */
export function getDraft(db: Db, galleryDir: string, exhibitionId: string): Draft | undefined {
  if (!isExhibitionId(exhibitionId)) return undefined
  const draft = readDraft(db, exhibitionId)
  if (draft) return draft
  const file = publishedFile(galleryDir, exhibitionId)
  let body: string
  try {
    body = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  if (Buffer.byteLength(body) > MAX_MANIFEST_BYTES) return undefined
  // Two organisers may open it at once: the second finds the first one's draft inside the transaction.
  return db
    .transaction(() => {
      const first = readDraft(db, exhibitionId)
      if (first) return first
      insertVersion(db, {
        exhibitionId,
        body,
        etag: etagOf(body),
        actor: 'gallery',
        summary: `opened from gallery/${exhibitionId}.json`,
        at: Date.now(),
      })
      return readDraft(db, exhibitionId)
    })
    .immediate()
}

/** Creates an exhibition from a manifest; 409 when its id already has a draft or a published file. */
export function createExhibition(
  db: Db,
  galleryDir: string,
  opts: { doc: unknown; actor: Actor },
): Saved | DraftFailure {
  const next = checked(opts.doc)
  if (!next.ok) return invalid(next.errors)
  const id = next.manifest.exhibition.id
  const body = next.body
  return db
    .transaction((): Saved | DraftFailure => {
      if (readDraft(db, id) || existsSync(publishedFile(galleryDir, id))) {
        return {
          ok: false,
          status: 409,
          error: { fr: `l'exposition « ${id} » existe déjà`, en: `exhibition "${id}" already exists` },
        }
      }
      return save(db, id, body, opts.actor, 'created', 'exhibition.create')
    })
    .immediate()
}

/** Replaces a draft as a whole (`PUT`), only if `ifMatch` names the current version; validated first. */
export function saveDraft(
  db: Db,
  opts: { exhibitionId: string; actor: Actor; doc: unknown; ifMatch: string },
): Saved | DraftFailure {
  const next = checked(opts.doc)
  return db
    .transaction((): Saved | DraftFailure => {
      const draft = readDraft(db, opts.exhibitionId)
      if (!draft) return notFound()
      if (!ifMatches(opts.ifMatch, draft.etag)) return stale(draft)
      if (!next.ok) return invalid(next.errors)
      const body = next.body
      if (body === draft.body) return { ok: true, etag: draft.etag, version: draft.version }
      return save(db, opts.exhibitionId, body, opts.actor, 'PUT (whole draft)', 'draft.put')
    })
    .immediate()
}

/** What `applyCommandsToDraft` answers when the commands landed: `rebased` when `baseEtag` was not the draft's. */
export type CommandsApplied = Saved & { rebased: boolean; body: string }

/**
 * Applies commands to the CURRENT draft in one transaction, whatever version the caller started from (`baseEtag` only
 * tells whether it was stale): they all land, or none does (409 with the reason of the first one that no longer
 * applies, 422 when the manifest they make is invalid). `galleryDir` opens the draft first when nobody has yet.
 */
export function applyCommandsToDraft(
  db: Db,
  opts: { exhibitionId: string; actor: Actor; commands: readonly Command[]; baseEtag?: string; galleryDir?: string },
): CommandsApplied | DraftFailure {
  if (opts.galleryDir !== undefined) getDraft(db, opts.galleryDir, opts.exhibitionId)
  return db
    .transaction((): CommandsApplied | DraftFailure => {
      const draft = readDraft(db, opts.exhibitionId)
      if (!draft) return notFound()
      const rebased = opts.baseEtag !== draft.etag
      let doc: DraftDocument
      try {
        doc = JSON.parse(draft.body) as DraftDocument
      } catch {
        return invalid([
          { path: '$', message: { fr: 'le brouillon est du JSON invalide', en: 'the draft is invalid JSON' } },
        ])
      }
      for (const [index, command] of opts.commands.entries()) {
        const result = applyCommand(doc, command)
        if (!result.ok) return { ok: false, status: 409, error: result.reason, command: index }
        doc = result.doc
      }
      const next = checked(doc)
      if (!next.ok) return invalid(next.errors)
      const body = next.body
      if (body === draft.body) return { ok: true, etag: draft.etag, version: draft.version, rebased, body }
      const saved = save(db, opts.exhibitionId, body, opts.actor, describeCommands(opts.commands), 'draft.commands')
      return { ...saved, rebased, body }
    })
    .immediate()
}

/** Makes version `n` the draft again, as a new version with the very same bytes: nothing is erased. */
export function restoreVersion(db: Db, opts: { exhibitionId: string; n: number; actor: Actor }): Saved | DraftFailure {
  return db
    .transaction((): Saved | DraftFailure => {
      const version = readVersion(db, opts.exhibitionId, opts.n)
      if (!version) {
        return { ok: false, status: 404, error: { fr: 'version introuvable', en: 'version not found' } }
      }
      let doc: unknown
      try {
        doc = JSON.parse(version.body)
      } catch {
        doc = undefined
      }
      const parsed = parseManifest(doc)
      if (!parsed.ok) return invalid(parsed.errors)
      return save(db, opts.exhibitionId, version.body, opts.actor, `restore of ${opts.n}`, 'draft.restore')
    })
    .immediate()
}
