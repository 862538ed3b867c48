import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTeamLink, TEAM_FIELDS, teamMay, verifyTeamToken } from '../../src/server/auth/teamLinks.ts'
import { as, call, GALLERY, seedOrganiser, signIn, type Signed } from './authHelpers.ts'
import { listen, type Running } from './helpers.ts'

let server: Running
let alice: Signed

beforeAll(async () => {
  server = await listen({ galleryDir: GALLERY, mediaDir: GALLERY, distDir: '/nonexistent/dist' })
  await seedOrganiser(server.app.db, 'alice@example.org')
  alice = await signIn(server.base, 'alice@example.org')
})
afterAll(() => server?.close())

type Made = { id: number; defi: string; expiresAt: string; token: string; url: string }

async function makeLink(defi: string, days?: number): Promise<Made> {
  const made = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/team-links', {
    headers: as(alice),
    body: days === undefined ? { defi } : { defi, days },
  })
  expect(made.status).toBe(201)
  return made.json() as Made
}

const team = (token: string, path = '/api/team', method = 'GET') =>
  call(server.base, method, path, { headers: { authorization: `Bearer ${token}` } })

describe('team links made by organisers', () => {
  it('makes a link to a défi: 256-bit token shown once, stored only as its hash, expiry in days', async () => {
    const before = Date.now()
    const link = await makeLink('adex', 7)
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(link.url).toBe(`${server.base}/upload/${link.token}`)
    const expires = Date.parse(link.expiresAt)
    expect(expires - before).toBeGreaterThanOrEqual(7 * 86_400_000 - 1000)
    expect(expires - before).toBeLessThanOrEqual(7 * 86_400_000 + 5000)
    const rows = JSON.stringify(server.app.db.prepare('SELECT * FROM team_links').all())
    expect(rows).not.toContain(link.token)
    const listed = await call(server.base, 'GET', '/api/curate/exhibitions/eig4/team-links', {
      headers: { cookie: alice.cookie },
    })
    expect(listed.status).toBe(200)
    expect(listed.text).not.toContain(link.token)
    expect((listed.json() as { links: unknown[] }).links).toContainEqual(
      expect.objectContaining({ id: link.id, defi: 'adex', revoked: false, expired: false, createdBy: alice.email }),
    )
  })

  it('refuses a link to a défi or exhibition that does not exist (404), and odd durations (400)', async () => {
    const post = (id: string, body: unknown) =>
      call(server.base, 'POST', `/api/curate/exhibitions/${id}/team-links`, { headers: as(alice), body })
    expect((await post('eig4', { defi: 'no-such-defi' })).status).toBe(404)
    expect((await post('nowhere', { defi: 'adex' })).status).toBe(404)
    expect((await post('eig4', { defi: 'adex', days: 0 })).status).toBe(400)
    expect((await post('eig4', { defi: 'adex', days: 400 })).status).toBe(400)
  })

  it('needs an organiser: no session 401, no CSRF token 403', async () => {
    const anon = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/team-links', { body: { defi: 'adex' } })
    expect(anon.status).toBe(401)
    const noCsrf = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/team-links', {
      headers: { cookie: alice.cookie },
      body: { defi: 'adex' },
    })
    expect(noCsrf.status).toBe(403)
  })
})

describe('GET /api/team', () => {
  it('answers a team with its exhibition, its défi as the manifest holds it, and the fields it may change', async () => {
    const link = await makeLink('adex')
    const answer = await team(link.token)
    expect(answer.status).toBe(200)
    const body = answer.json() as { exhibition: unknown; defi: { id: string; title: string }; may: string[] }
    expect(body.exhibition).toEqual({
      id: 'eig4',
      title: { fr: 'Demo Day de la promotion EIG 4', en: 'EIG 4 Demo Day' },
    })
    expect(body.defi).toMatchObject({ id: 'adex', title: 'ADEX', status: 'approved' })
    expect(body.may).toEqual([...TEAM_FIELDS])
    expect(body.may).not.toContain('status')
    expect(answer.headers['cache-control']).toBe('no-store')
  })

  it('shows the défi as the draft holds it, before any publish', async () => {
    const link = await makeLink('capqualif')
    const edit = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/commands', {
      headers: as(alice),
      body: { commands: [{ type: 'defi.set', defi: 'capqualif', field: 'city', value: 'Quimper' }] },
    })
    expect(edit.status).toBe(200)
    expect(((await team(link.token)).json() as { defi: { city?: string } }).defi.city).toBe('Quimper')
  })

  it('opens only its own défi: a token for A never shows B', async () => {
    const a = await makeLink('adex')
    const b = await makeLink('atlas-culture')
    expect(((await team(a.token)).json() as { defi: { id: string } }).defi.id).toBe('adex')
    expect(((await team(b.token)).json() as { defi: { id: string } }).defi.id).toBe('atlas-culture')
    expect(verifyTeamToken(server.app.db, a.token)).toMatchObject({ exhibitionId: 'eig4', defiId: 'adex' })
  })

  it('never opens an /api/curate route, existing or not (401)', async () => {
    const link = await makeLink('adex')
    const routes: [string, string][] = [
      ['GET', '/api/curate/exhibitions/eig4/team-links'],
      ['POST', '/api/curate/exhibitions/eig4/team-links'],
      ['DELETE', `/api/curate/team-links/${link.id}`],
      ['GET', '/api/curate/audit?exhibition=eig4'],
      ['GET', '/api/curate/exhibitions'],
      ['GET', '/api/curate/exhibitions/eig4'],
      ['PUT', '/api/curate/exhibitions/eig4'],
      ['POST', '/api/curate/exhibitions/eig4/commands'],
      ['POST', '/api/curate/exhibitions/eig4/publish'],
      ['GET', '/api/curate/exhibitions/eig4/versions'],
    ]
    for (const [method, path] of routes) {
      const answer = await team(link.token, path, method)
      expect(answer.status, `${method} ${path}`).toBe(401)
    }
    // The link still works for its own route: the refusals were about the routes, not the token.
    expect((await team(link.token)).status).toBe(200)
  })

  it('refuses unknown, malformed, expired and revoked tokens with a message a team can act on', async () => {
    const expired = createTeamLink(
      server.app.db,
      { exhibitionId: 'eig4', defiId: 'adex', days: 1, createdBy: 'test' },
      Date.now() - 2 * 86_400_000,
    )
    const revoked = await makeLink('adex')
    const revoke = await call(server.base, 'DELETE', `/api/curate/team-links/${revoked.id}`, { headers: as(alice) })
    expect(revoke.status).toBe(204)
    const unknown = 'A'.repeat(43)
    for (const token of [expired.token, revoked.token, unknown, 'not-a-token']) {
      const answer = await team(token)
      expect(answer.status).toBe(401)
      expect(answer.json()).toEqual({
        error: {
          fr: expect.stringContaining('demandez-en un nouveau aux organisateurs'),
          en: 'this team link has expired or was revoked: ask the organisers for a new one',
        },
      })
    }
    expect((await call(server.base, 'GET', '/api/team')).status).toBe(401)
    const listed = await call(server.base, 'GET', '/api/curate/exhibitions/eig4/team-links', {
      headers: { cookie: alice.cookie },
    })
    const links = (listed.json() as { links: { id: number; revoked: boolean; expired: boolean }[] }).links
    expect(links.find((l) => l.id === revoked.id)).toMatchObject({ revoked: true })
    expect(links.find((l) => l.id === expired.id)).toMatchObject({ expired: true, revoked: false })
    expect((await call(server.base, 'DELETE', '/api/curate/team-links/999999', { headers: as(alice) })).status).toBe(
      404,
    )
  })
})

describe('teamMay', () => {
  const grant = { linkId: 1, exhibitionId: 'eig4', defiId: 'adex' }
  it("allows setting its own défi's team fields, nothing else", () => {
    expect(teamMay(grant, { type: 'defi.set', defi: 'adex', field: 'pitch', value: { fr: 'x', en: 'x' } })).toBe(true)
    expect(teamMay(grant, { type: 'defi.set', defi: 'adex', field: 'media', value: {} })).toBe(true)
    expect(teamMay(grant, { type: 'defi.set', defi: 'atlas-culture', field: 'pitch', value: 'x' })).toBe(false)
    expect(teamMay(grant, { type: 'defi.set', defi: 'adex', field: 'status', value: 'approved' })).toBe(false)
    expect(teamMay(grant, { type: 'defi.set', defi: 'adex', field: 'title', value: 'Other' })).toBe(false)
    expect(teamMay(grant, { type: 'stand.move', defi: 'adex', room: null })).toBe(false)
    expect(teamMay(grant, { type: 'room.rename', room: 'lobby', title: { fr: 'x', en: 'x' } })).toBe(false)
  })
})
