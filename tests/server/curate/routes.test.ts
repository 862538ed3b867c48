import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { etagOf } from '../../../src/server/curate/canonical.ts'
import { organiser, request, startCurateServer, type CurateServer, type Organiser } from './http.ts'

type Doc = {
  exhibition: { id: string; title: unknown }
  rooms: { id: string; title: unknown }[]
  defis: { id: string }[]
}
type Failure = { error: { fr: string; en: string }; errors?: { path: string }[]; reasons?: { path: string }[] }

let server: CurateServer
let alice: Organiser
let bob: Organiser
const url = '/api/curate/exhibitions/eig4'
const published = () => readFileSync(path.join(server.galleryDir, 'eig4.json'), 'utf8')
const rename = (title: string) => ({ commands: [{ type: 'room.rename', room: 'accueil', title }] })

beforeAll(async () => {
  server = await startCurateServer()
  alice = await organiser(server, 'alice@example.org')
  bob = await organiser(server, 'bob@example.org')
}, 60_000)
afterAll(() => server.remove())

describe('who may use /api/curate', () => {
  it('answers 401 without a session and 403 to a write without the CSRF token', async () => {
    for (const [method, urlPath] of [
      ['GET', '/api/curate/exhibitions'],
      ['GET', url],
      ['GET', `${url}/versions`],
      ['POST', `${url}/commands`],
      ['POST', `${url}/publish`],
    ] as const) {
      expect((await request(server.base, method, urlPath, method === 'POST' ? {} : undefined)).status).toBe(401)
    }
    const noCsrf = await alice.send('POST', `${url}/commands`, rename('X'), { 'x-csrf-token': 'wrong' })
    expect(noCsrf.status).toBe(403)
  })
})

describe('GET and PUT /api/curate/exhibitions/:id', () => {
  it('opens the published file as the draft, byte for byte, with its ETag', async () => {
    const answer = await alice.send('GET', url)
    expect(answer.status).toBe(200)
    expect(answer.text).toBe(published())
    expect(answer.headers.get('etag')).toBe(etagOf(published()))
    const again = await alice.send('GET', url, undefined, { 'if-none-match': etagOf(published()) })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    expect((await alice.send('GET', '/api/curate/exhibitions/nope')).status).toBe(404)
  })

  it('wants If-Match (428), refuses a stale one with the current draft (412), an invalid manifest (422)', async () => {
    const current = await alice.send('GET', url)
    const doc = current.json<Doc>()
    doc.exhibition.title = 'EIG 4 (bis)'
    expect((await alice.send('PUT', url, doc)).status).toBe(428)
    const stale = await alice.send('PUT', url, doc, { 'if-match': '"0000"' })
    expect(stale.status).toBe(412)
    expect(stale.headers.get('etag')).toBe(current.headers.get('etag'))
    expect(stale.json<{ draft: unknown }>().draft).toEqual(current.json())
    const broken = structuredClone(doc) as unknown as { defis: { title: string }[] }
    broken.defis[2]!.title = ''
    const invalid = await alice.send('PUT', url, broken, { 'if-match': current.headers.get('etag')! })
    expect(invalid.status).toBe(422)
    const failure = invalid.json<Failure>()
    expect(failure.errors?.[0]?.path).toBe('$.defis[2].title')
    expect(failure.error.fr).toBeTruthy()
  })

  it('saves a PUT as a new version and answers its ETag', async () => {
    const current = await alice.send('GET', url)
    const doc = current.json<Doc>()
    doc.exhibition.title = 'EIG 4 (bis)'
    const saved = await alice.send('PUT', url, doc, { 'if-match': current.headers.get('etag')! })
    expect(saved.status).toBe(200)
    const after = await bob.send('GET', url)
    expect(after.headers.get('etag')).toBe(saved.headers.get('etag'))
    expect(after.json<Doc>().exhibition.title).toBe('EIG 4 (bis)')
    expect(after.text).toBe(`${JSON.stringify(doc, null, 2)}\n`)
  })
})

describe('POST /api/curate/exhibitions/:id/commands', () => {
  it('applies commands to the current draft; a stale base gets the draft as it now is', async () => {
    const base = (await alice.send('GET', url)).headers.get('etag')!
    const first = await alice.send('POST', `${url}/commands`, { baseEtag: base, ...rename('Hall') })
    expect(first.status).toBe(200)
    const body = first.json<{ etag: string; version: number; draft?: Doc }>()
    expect(body.draft).toBeUndefined()
    expect(first.headers.get('etag')).toBe(body.etag)
    const second = await bob.send('POST', `${url}/commands`, {
      baseEtag: base,
      commands: [{ type: 'defi.set', defi: 'adex', field: 'city', value: 'Saint-Denis' }],
    })
    expect(second.status).toBe(200)
    const rebased = second.json<{ version: number; draft: Doc }>()
    expect(rebased.version).toBe(body.version + 1)
    expect(rebased.draft.rooms[0]?.title).toBe('Hall')
  })

  it('saves nothing of a batch with a command that no longer applies (409, bilingual reason)', async () => {
    const before = await alice.send('GET', url)
    const answer = await alice.send('POST', `${url}/commands`, {
      commands: [
        { type: 'room.rename', room: 'accueil', title: 'Lost' },
        { type: 'stand.move', defi: 'deleted-defi', room: null },
      ],
    })
    expect(answer.status).toBe(409)
    expect(answer.json()).toEqual({
      error: { fr: "le défi « deleted-defi » n'existe plus", en: 'défi "deleted-defi" no longer exists' },
      command: 1,
    })
    expect((await alice.send('GET', url)).text).toBe(before.text)
  })

  it('refuses what is not a list of commands (400) and what makes an invalid manifest (422)', async () => {
    expect((await alice.send('POST', `${url}/commands`, { commands: [{ type: 'nope' }] })).status).toBe(400)
    const invalid = await alice.send('POST', `${url}/commands`, {
      commands: [{ type: 'defi.set', defi: 'adex', field: 'skills', value: ['juggling'] }],
    })
    expect(invalid.status).toBe(422)
    expect(invalid.json<Failure>().errors?.[0]?.path).toMatch(/^\$\.defis\[\d+\]\.skills\[0\]$/)
  })
})

describe('publish, versions, restore', () => {
  it('publishes exactly the version If-Match names, and visitors get it at once, however alike', async () => {
    for (const title of ['Hall A', 'Hall B', 'Hall C']) {
      const changed = await alice.send('POST', `${url}/commands`, rename(title))
      const etag = changed.json<{ etag: string }>().etag
      expect((await alice.send('POST', `${url}/publish`)).status).toBe(428)
      const done = await alice.send('POST', `${url}/publish`, undefined, { 'if-match': etag })
      expect(done.status).toBe(200)
      expect(etagOf(published())).toBe(etag)
      // Same size, same second: the catalogue must still see the new file.
      const visible = await request(server.base, 'GET', '/api/exhibitions/eig4')
      expect(visible.json<Doc>().rooms[0]?.title).toBe(title)
    }
    const stale = await alice.send('POST', `${url}/publish`, undefined, { 'if-match': etagOf('old') })
    expect(stale.status).toBe(412)
  })

  it('refuses to publish, with every reason, while a gate fails', async () => {
    const stripped = await alice.send('POST', `${url}/commands`, {
      commands: [{ type: 'defi.set', defi: 'adex', field: 'media' }],
    })
    const etag = stripped.json<{ etag: string }>().etag
    const before = published()
    const refused = await alice.send('POST', `${url}/publish`, undefined, { 'if-match': etag })
    expect(refused.status).toBe(409)
    expect(refused.json<Failure>().reasons?.map((r) => r.path)).toEqual([
      '$.defis[0].media',
      '$.defis[0].media.captions',
    ])
    expect(published()).toBe(before)
  })

  it('lists every version, gives each byte for byte, and restores one as a new version', async () => {
    const versions = (await alice.send('GET', `${url}/versions`)).json<
      { n: number; actor: string; summary: string; etag: string; publishedAt: string | null }[]
    >()
    expect(versions[0]).toMatchObject({ n: 1, actor: 'gallery', summary: 'opened from gallery/eig4.json' })
    expect(versions.map((v) => v.summary)).toContain('PUT (whole draft)')
    expect(versions.map((v) => v.actor)).toContain('bob@example.org')
    const lastPublished = versions.filter((v) => v.publishedAt !== null).at(-1)!
    const one = await alice.send('GET', `${url}/versions/${lastPublished.n}`)
    expect(one.text).toBe(published())
    expect(one.headers.get('etag')).toBe(lastPublished.etag)
    const restored = await bob.send('POST', `${url}/versions/${lastPublished.n}/restore`)
    expect(restored.status).toBe(200)
    const draft = await alice.send('GET', url)
    expect(draft.text).toBe(published())
    expect(draft.headers.get('etag')).toBe(lastPublished.etag)
    const after = (await alice.send('GET', `${url}/versions`)).json<{ summary: string; actor: string }[]>()
    expect(after.at(-1)).toMatchObject({ summary: `restore of ${lastPublished.n}`, actor: 'bob@example.org' })
    expect((await alice.send('GET', `${url}/versions/999`)).status).toBe(404)
  })
})

describe('GET and POST /api/curate/exhibitions', () => {
  it('creates an exhibition from a minimal manifest once, and lists drafts and published ones', async () => {
    const minimal = JSON.parse(readFileSync('tests/fixtures/valid/minimal.json', 'utf8')) as Doc
    minimal.exhibition.id = 'eig9'
    const created = await bob.send('POST', '/api/curate/exhibitions', minimal)
    expect(created.status).toBe(201)
    expect(created.headers.get('location')).toBe('/api/curate/exhibitions/eig9')
    expect((await bob.send('POST', '/api/curate/exhibitions', minimal)).status).toBe(409)
    expect((await bob.send('POST', '/api/curate/exhibitions', { schemaVersion: 1 })).status).toBe(422)
    const list = (await alice.send('GET', '/api/curate/exhibitions')).json<
      { id: string; draft: { updatedBy: string; summary: string } | null; published: object | null }[]
    >()
    expect(list.map((e) => e.id)).toEqual(['eig4', 'eig9'])
    expect(list[1]).toMatchObject({ draft: { updatedBy: 'bob@example.org', summary: 'created' }, published: null })
    expect(list[0]?.published).toMatchObject({ version: expect.any(Number), publishedAt: expect.any(String) })
  })

  it('keeps an audit line for every write', async () => {
    const audit = (await alice.send('GET', '/api/curate/audit?exhibition=eig4')).json<{
      entries: { action: string }[]
    }>()
    const actions = new Set(audit.entries.map((a) => a.action))
    for (const action of ['draft.put', 'draft.commands', 'publish', 'draft.restore']) expect(actions).toContain(action)
  })
})
