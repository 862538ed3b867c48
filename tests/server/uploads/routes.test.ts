import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers.ts'
import { makeInputs } from './fixtures.ts'
import { filesUnder, uploadServer, waitForUpload } from './harness.ts'
import { metadata, tusClient, type Tus } from './tusClient.ts'

let TEAM_A: string
let TEAM_B: string
let EXPIRED: string
let REVOKED: string

let work: Awaited<ReturnType<typeof tempDir>>
let inputs: Awaited<ReturnType<typeof makeInputs>>
let server: Awaited<ReturnType<typeof uploadServer>>
let tus: Tus
const dataDir = () => path.join(work.dir, 'data')
const mediaDir = () => path.join(work.dir, 'media')

beforeAll(async () => {
  work = await tempDir('uploads')
  inputs = await makeInputs(path.join(work.dir))
  server = await uploadServer({ dataDir: dataDir(), mediaDir: mediaDir() })
  tus = tusClient(server.base)
  TEAM_A = server.link('adex').token
  TEAM_B = server.link('datalympics').token
  EXPIRED = server.link('adex', { days: 1, ageDays: 2 }).token
  const revoked = server.link('adex')
  server.revoke(revoked.id)
  REVOKED = revoked.token
})
afterAll(async () => {
  await server.close()
  await work.remove()
})

const idOf = (location: string) => location.split('/').at(-1)!

async function sendFile(token: string, name: string, meta: Record<string, string>) {
  const bytes = await readFile(inputs.at(name))
  return idOf(await tus.send(token, bytes, { filename: name, ...meta }))
}

describe('tus uploads: files refused by their checks', () => {
  it.each([
    ['passwd.mp4', 'video', 'this file is not an MP4, MOV, MKV or WebM video'],
    ['loopback.mp4', 'video', 'this file is not an MP4, MOV, MKV or WebM video'],
    ['concat.mp4', 'video', 'this file is not an MP4, MOV, MKV or WebM video'],
    ['truncated.mp4', 'video', 'the video cannot be read or is incomplete'],
    ['picture.png', 'video', 'this file is not an MP4, MOV, MKV or WebM video'],
    ['audio-only.mp4', 'video', 'the file holds no video stream'],
    ['poster.svg', 'poster', 'the poster must be a JPEG, PNG or WebP picture'],
    ['poster.html', 'poster', 'the poster must be a JPEG, PNG or WebP picture'],
    ['no-header.vtt', 'captions', 'the caption file must start with "WEBVTT"'],
    ['bad-timing.vtt', 'captions', 'cue 1: invalid timing'],
  ])('%s sent as %s is refused: %s', async (name, kind, reason) => {
    const id = await sendFile(TEAM_A, name, { kind, ...(kind === 'captions' && { lang: 'fr' }) })
    const row = await waitForUpload(server.db, id, (r) => r.state !== 'uploading' && r.state !== 'checking')
    expect(row.state).toBe('refused')
    expect(row.reason?.en).toBe(reason)
    expect(row.reason?.fr).toBeTruthy()
    // Nothing left behind: not the bytes, not tus's record, not a checked copy.
    expect((await filesUnder(dataDir())).filter((f) => f.includes(id))).toEqual([])
  })

  it('accepts a cue that looks like HTML, as text', async () => {
    const id = await sendFile(TEAM_A, 'xss.vtt', { kind: 'captions', lang: 'en' })
    const row = await waitForUpload(server.db, id, (r) => r.state === 'ready')
    const src = (row.result as { captions: { src: string }[] }).captions[0]!.src
    expect(src).toBe(`uploads/eig4/adex/${id}/captions.en.vtt`)
    expect(await readFile(path.join(mediaDir(), src), 'utf8')).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // Into the draft, as submitted; the French captions the défi had are kept.
    const defi = server.draftDefi('adex')
    expect(defi.status).toBe('submitted')
    expect((defi.media as { captions: unknown[] }).captions).toEqual([
      { lang: 'en', src },
      { lang: 'fr', src: 'demo/eig4/adex/captions.fr.vtt', label: 'Français' },
    ])
  })
})

describe('tus uploads: requests refused before a byte is stored', () => {
  const video = (filename: string) => ({ kind: 'video', filename })

  it.each([
    ['../../etc/passwd.mp4', 'the file name holds a path'],
    ['%2e%2e%2fpasswd.mp4', 'the file name holds a path'],
    ['video\u0000.mp4', 'the file name holds control characters'],
    ['gpj.\u202emp4', 'the file name holds control characters'],
    ['CON.mp4', 'file name reserved by Windows'],
    ['x'.repeat(10_000), 'file name too long (over 255 characters)'],
  ])('a file named %# is refused (400): %s', async (filename, reason) => {
    const res = await tus.create(TEAM_A, 1000, video(filename))
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { en: string } }).error.en).toBe(reason)
  })

  it.each(['none', 'unknown', 'expired', 'revoked'])('a request with %s token gets 401', async (which) => {
    const token = { none: null, unknown: 'x'.repeat(43), expired: EXPIRED, revoked: REVOKED }[which] ?? null
    const res = await tus.create(token, 1000, video('a.mp4'))
    expect(res.status).toBe(401)
    expect(((await res.json()) as { error: { en: string } }).error.en).toBe('team link invalid, expired or revoked')
  })

  it.each([
    ['a declared length over the video limit', 4 * 1024 ** 3 + 1, { kind: 'video', filename: 'a.mp4' }, 413],
    ['a poster over 8 MB', 8 * 1024 ** 2 + 1, { kind: 'poster', filename: 'a.png' }, 413],
    ['captions over 2 MB', 2 * 1024 ** 2 + 1, { kind: 'captions', filename: 'a.vtt', lang: 'fr' }, 413],
    ['zero bytes', 0, { kind: 'video', filename: 'a.mp4' }, 400],
    ['an unknown kind', 10, { kind: 'script', filename: 'a.sh' }, 400],
    ['captions without a language', 10, { kind: 'captions', filename: 'a.vtt' }, 400],
    [
      'captions in a language the exhibition does not have',
      10,
      { kind: 'captions', filename: 'a.vtt', lang: 'xx' },
      400,
    ],
  ])('%s is refused', async (_label, length, meta, status) => {
    const res = await tus.create(TEAM_A, length, meta)
    expect(res.status).toBe(status)
    const body = (await res.json()) as { error: { fr: string; en: string } }
    expect(body.error.fr).toBeTruthy()
    expect(body.error.en).toBeTruthy()
  })

  it('malformed Upload-Metadata is refused', async () => {
    const res = await tus.create(TEAM_A, 10, 'kind dmlkZW8=,kind dmlkZW8=')
    expect(res.status).toBe(400)
  })

  it("another team's token cannot HEAD, PATCH or DELETE an upload", async () => {
    const created = await tus.create(TEAM_A, 100, video('mine.mp4'))
    expect(created.status).toBe(201)
    const location = created.headers.get('location')!
    expect((await tus.head(TEAM_B, location)).status).toBe(404)
    expect((await tus.patch(TEAM_B, location, 0, new Uint8Array(10))).status).toBe(404)
    expect((await tus.remove(TEAM_B, location)).status).toBe(404)
    const post = await fetch(new URL(location, server.base), {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEAM_A}`, 'Tus-Resumable': '1.0.0', 'Upload-Length': '10' },
    })
    expect(post.status).toBe(405)
    // Nor can the owner read the bytes back: they are not checked yet.
    expect(
      (await fetch(new URL(location, server.base), { headers: { Authorization: `Bearer ${TEAM_A}` } })).status,
    ).toBe(405)
    const head = await tus.head(TEAM_A, location)
    expect(head.headers.get('upload-offset')).toBe('0')
    expect((await tus.remove(TEAM_A, location)).status).toBe(204)
  })

  it('a chunk at the wrong offset gets 409, and the upload carries on from where it is', async () => {
    const created = await tus.create(TEAM_A, 100, video('offset.mp4'))
    const location = created.headers.get('location')!
    expect((await tus.patch(TEAM_A, location, 0, new Uint8Array(40))).status).toBe(204)
    const wrong = await tus.patch(TEAM_A, location, 10, new Uint8Array(10))
    expect(wrong.status).toBe(409)
    expect(((await wrong.json()) as { error: { en: string } }).error.en).toContain('Upload-Offset does not match')
    expect((await tus.head(TEAM_A, location)).headers.get('upload-offset')).toBe('40')
    expect((await tus.remove(TEAM_A, location)).status).toBe(204)
  })

  it('a 4th upload in flight for the same défi is refused with 429', async () => {
    const open = await Promise.all([1, 2, 3].map((i) => tus.create(TEAM_A, 100, video(`p${i}.mp4`))))
    expect(open.map((r) => r.status)).toEqual([201, 201, 201])
    const fourth = await tus.create(TEAM_A, 100, video('p4.mp4'))
    expect(fourth.status).toBe(429)
    expect(((await fourth.json()) as { error: { en: string } }).error.en).toContain('already 3 uploads in flight')
    // Another team is not held up by this one.
    const other = await tus.create(TEAM_B, 100, video('b.mp4'))
    expect(other.status).toBe(201)
    await tus.remove(TEAM_B, other.headers.get('location')!)
    for (const r of open) expect((await tus.remove(TEAM_A, r.headers.get('location')!)).status).toBe(204)
    expect((await tus.create(TEAM_A, 100, video('p5.mp4'))).status).toBe(201)
  })

  it('started no job, and wrote nothing outside DATA_DIR/uploads but the accepted captions', async () => {
    const { n } = server.db.prepare('SELECT count(*) AS n FROM jobs').get() as { n: number }
    // What GET /api/team shows the team: each upload's state, refusals with their reasons.
    const team = await fetch(`${server.base}/api/team`, { headers: { Authorization: `Bearer ${TEAM_A}` } })
    const { uploads } = (await team.json()) as { uploads: { state: string; reason?: { en: string } }[] }
    expect(uploads.filter((u) => u.state === 'refused')).toHaveLength(10)
    expect(uploads.filter((u) => u.state === 'ready')).toHaveLength(1)
    expect(uploads.find((u) => u.state === 'refused')?.reason?.en).toBeTruthy()
    expect(n).toBe(0)
    const data = await filesUnder(dataDir())
    expect(data.filter((f) => !f.startsWith('uploads/') && !f.startsWith('vernissage.sqlite'))).toEqual([])
    const media = await filesUnder(mediaDir())
    expect(media).toHaveLength(1)
    expect(media[0]).toMatch(/^uploads\/eig4\/adex\/[0-9a-f]{32}\/captions\.en\.vtt$/)
    expect(metadata({ a: 'b' })).toBe('a Yg==')
  })
})
