import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '../../../src/server/auth/actor.ts'
import {
  applyCommandsToDraft,
  createExhibition,
  getDraft,
  publishDraft,
  restoreVersion,
  saveDraft,
} from '../../../src/server/curate/drafts.ts'
import { canonicalJson, etagOf } from '../../../src/server/curate/canonical.ts'
import { openDatabase, type Db } from '../../../src/server/db/database.ts'
import { listVersions, readVersion } from '../../../src/server/db/drafts.ts'
import { tempDir } from '../helpers.ts'

const alice: Actor = { kind: 'organiser', organiserId: 1, email: 'alice@example.org' }
const team: Actor = { kind: 'team', linkId: 7, exhibitionId: 'eig4', defiId: 'adex' }

let db: Db
let galleryDir: string
let remove: () => Promise<void>

beforeEach(async () => {
  const temp = await tempDir('drafts')
  remove = temp.remove
  galleryDir = path.join(temp.dir, 'gallery')
  db = openDatabase(path.join(temp.dir, 'data'))
  mkdirSync(galleryDir)
  copyFileSync('gallery/eig4.json', path.join(galleryDir, 'eig4.json'))
})
afterEach(async () => {
  db.close()
  await remove()
})

const published = () => readFileSync(path.join(galleryDir, 'eig4.json'), 'utf8')
const audit = () =>
  db.prepare('SELECT actor, action FROM audit ORDER BY id').all() as { actor: string; action: string }[]

describe('getDraft', () => {
  it('opens the published file as version 1, byte for byte, once', () => {
    const first = getDraft(db, galleryDir, 'eig4')
    expect(first?.body).toBe(published())
    expect(first?.etag).toBe(etagOf(published()))
    expect(first?.version).toBe(1)
    expect(getDraft(db, galleryDir, 'eig4')?.version).toBe(1)
    expect(listVersions(db, 'eig4')).toHaveLength(1)
  })

  it('knows nothing of an exhibition without draft or file, nor of ids that are not slugs', () => {
    expect(getDraft(db, galleryDir, 'nope')).toBeUndefined()
    expect(getDraft(db, galleryDir, '../gallery/eig4')).toBeUndefined()
  })
})

describe('applyCommandsToDraft', () => {
  it('applies commands to the current draft even from a stale base, as a new version saying what changed', () => {
    const base = getDraft(db, galleryDir, 'eig4')!
    const one = applyCommandsToDraft(db, {
      exhibitionId: 'eig4',
      actor: alice,
      baseEtag: base.etag,
      commands: [{ type: 'defi.set', defi: 'adex', field: 'city', value: 'Lyon' }],
    })
    expect(one).toMatchObject({ ok: true, version: 2, rebased: false })
    const two = applyCommandsToDraft(db, {
      exhibitionId: 'eig4',
      actor: team,
      baseEtag: base.etag,
      commands: [{ type: 'defi.set', defi: 'enki', field: 'city', value: 'Lille' }],
    })
    expect(two).toMatchObject({ ok: true, version: 3, rebased: true })
    const draft = JSON.parse(getDraft(db, galleryDir, 'eig4')!.body) as { defis: { id: string; city?: string }[] }
    expect(draft.defis.find((d) => d.id === 'adex')?.city).toBe('Lyon')
    expect(draft.defis.find((d) => d.id === 'enki')?.city).toBe('Lille')
    expect(getDraft(db, galleryDir, 'eig4')!.body).toBe(canonicalJson(draft))
    expect(listVersions(db, 'eig4').map((v) => [v.n, v.actor, v.summary])).toEqual([
      [1, 'gallery', 'opened from gallery/eig4.json'],
      [2, 'alice@example.org', 'defi.set adex.city'],
      [3, 'team-link:7 (eig4/adex)', 'defi.set enki.city'],
    ])
    expect(audit()).toEqual([
      { actor: 'alice@example.org', action: 'draft.commands' },
      { actor: 'team-link:7 (eig4/adex)', action: 'draft.commands' },
    ])
  })

  it('saves nothing of a batch when one of its commands no longer applies, and says which and why', () => {
    getDraft(db, galleryDir, 'eig4')
    const result = applyCommandsToDraft(db, {
      exhibitionId: 'eig4',
      actor: alice,
      commands: [
        { type: 'defi.set', defi: 'adex', field: 'city', value: 'Lyon' },
        { type: 'defi.set', defi: 'gone', field: 'city', value: 'Nantes' },
      ],
    })
    expect(result).toMatchObject({ ok: false, status: 409, command: 1, error: { en: 'défi "gone" no longer exists' } })
    expect(getDraft(db, galleryDir, 'eig4')!.body).toBe(published())
    expect(listVersions(db, 'eig4')).toHaveLength(1)
  })

  it('refuses with 422 and JSON paths what would make an invalid manifest', () => {
    getDraft(db, galleryDir, 'eig4')
    const result = applyCommandsToDraft(db, {
      exhibitionId: 'eig4',
      actor: alice,
      commands: [{ type: 'defi.set', defi: 'adex', field: 'title', value: '' }],
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.status).toBe(422)
    expect(result.errors?.[0]?.path).toMatch(/^\$\.defis\[\d+\]\.title$/)
    expect(result.errors?.[0]?.message.fr).toBeTruthy()
    expect(listVersions(db, 'eig4')).toHaveLength(1)
  })

  it('refuses a draft that would outgrow the 5 MB the catalogue reads', () => {
    getDraft(db, galleryDir, 'eig4')
    const result = applyCommandsToDraft(db, {
      exhibitionId: 'eig4',
      actor: alice,
      commands: [{ type: 'defi.set', defi: 'adex', field: 'description', value: 'x'.repeat(5 * 1024 * 1024) }],
    })
    expect(result).toMatchObject({ ok: false, status: 422, errors: [{ path: '$' }] })
    if (!result.ok) expect(result.errors?.[0]?.message.en).toMatch(/^file too large/)
    expect(listVersions(db, 'eig4')).toHaveLength(1)
  })

  it('opens the draft itself when given the gallery folder (the uploads flow)', () => {
    const result = applyCommandsToDraft(db, {
      exhibitionId: 'eig4',
      actor: team,
      galleryDir,
      commands: [{ type: 'defi.set', defi: 'adex', field: 'status', value: 'submitted' }],
    })
    expect(result).toMatchObject({ ok: true, version: 2 })
  })
})

describe('saveDraft, restoreVersion, createExhibition', () => {
  it('replaces the draft only when If-Match names it, and restores any version byte for byte', () => {
    const v1 = getDraft(db, galleryDir, 'eig4')!
    const doc = JSON.parse(v1.body) as { exhibition: { title: unknown } }
    doc.exhibition.title = 'Changed'
    expect(saveDraft(db, { exhibitionId: 'eig4', actor: alice, doc, ifMatch: '"nope"' })).toMatchObject({
      ok: false,
      status: 412,
      current: { etag: v1.etag, version: 1 },
    })
    const saved = saveDraft(db, { exhibitionId: 'eig4', actor: alice, doc, ifMatch: v1.etag })
    expect(saved).toMatchObject({ ok: true, version: 2 })
    const restored = restoreVersion(db, { exhibitionId: 'eig4', n: 1, actor: alice })
    expect(restored).toMatchObject({ ok: true, version: 3, etag: v1.etag })
    expect(readVersion(db, 'eig4', 3)?.body).toBe(published())
    expect(listVersions(db, 'eig4').at(-1)?.summary).toBe('restore of 1')
  })

  it('creates an exhibition once, from a valid manifest', () => {
    const doc = JSON.parse(readFileSync('tests/fixtures/valid/minimal.json', 'utf8')) as { exhibition: { id: string } }
    expect(createExhibition(db, galleryDir, { doc, actor: alice })).toMatchObject({ ok: true, version: 1 })
    expect(createExhibition(db, galleryDir, { doc, actor: alice })).toMatchObject({ ok: false, status: 409 })
    doc.exhibition.id = 'eig4'
    expect(createExhibition(db, galleryDir, { doc, actor: alice })).toMatchObject({ ok: false, status: 409 })
    expect(createExhibition(db, galleryDir, { doc: { schemaVersion: 1 }, actor: alice })).toMatchObject({
      ok: false,
      status: 422,
    })
  })
})

describe('publishDraft', () => {
  it('writes exactly the version If-Match names, leaves no temporary file, and marks it published', async () => {
    const v1 = getDraft(db, galleryDir, 'eig4')!
    const moved = applyCommandsToDraft(db, {
      exhibitionId: 'eig4',
      actor: alice,
      commands: [{ type: 'room.rename', room: 'accueil', title: 'Hall' }],
    })
    if (!moved.ok) throw new Error('command refused')
    expect(await publishDraft(db, galleryDir, { exhibitionId: 'eig4', actor: alice, ifMatch: v1.etag })).toMatchObject({
      ok: false,
      status: 412,
    })
    const result = await publishDraft(db, galleryDir, { exhibitionId: 'eig4', actor: alice, ifMatch: moved.etag })
    expect(result).toMatchObject({ ok: true, version: 2 })
    expect(published()).toBe(readVersion(db, 'eig4', 2)?.body)
    expect(readdirSync(galleryDir)).toEqual(['eig4.json'])
    expect(listVersions(db, 'eig4').map((v) => v.publishedAt !== null)).toEqual([false, true])
  })

  it('keeps, as a version, a published file changed outside the server before replacing it', async () => {
    const v1 = getDraft(db, galleryDir, 'eig4')!
    const byHand = v1.body.replace('"accueil"', '"accueil" ')
    writeFileSync(path.join(galleryDir, 'eig4.json'), byHand)
    const result = await publishDraft(db, galleryDir, { exhibitionId: 'eig4', actor: alice, ifMatch: v1.etag })
    expect(result).toMatchObject({ ok: true, version: 1 })
    expect(published()).toBe(v1.body)
    const kept = listVersions(db, 'eig4').at(-1)!
    expect(kept).toMatchObject({ n: 2, actor: 'gallery', etag: etagOf(byHand) })
    expect(readVersion(db, 'eig4', 2)?.body).toBe(byHand)
    expect(getDraft(db, galleryDir, 'eig4')?.version).toBe(1)
    // Published again as it is: nothing new to keep.
    await publishDraft(db, galleryDir, { exhibitionId: 'eig4', actor: alice, ifMatch: v1.etag })
    expect(listVersions(db, 'eig4')).toHaveLength(2)
  })

  it('refuses with every reason when a gate fails, and leaves the file as it was', async () => {
    const v1 = getDraft(db, galleryDir, 'eig4')!
    const stripped = applyCommandsToDraft(db, {
      exhibitionId: 'eig4',
      actor: alice,
      commands: [
        { type: 'defi.set', defi: 'adex', field: 'media' },
        { type: 'defi.set', defi: 'enki', field: 'media' },
      ],
    })
    if (!stripped.ok) throw new Error('command refused')
    const result = await publishDraft(db, galleryDir, { exhibitionId: 'eig4', actor: alice, ifMatch: stripped.etag })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.status).toBe(409)
    expect(result.reasons?.map((r) => r.message.en)).toEqual([
      'défi "adex" is approved but has no video',
      'défi "adex" is approved but has no French captions',
      'défi "enki" is approved but has no video',
      'défi "enki" is approved but has no French captions',
    ])
    expect(published()).toBe(v1.body)
  })
})
