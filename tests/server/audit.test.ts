import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as, call, GALLERY, PASSWORD, seedOrganiser, signIn, type Signed } from './authHelpers.ts'
import { listen, type Running } from './helpers.ts'

type Entry = {
  at: string
  actor: { kind: string; label: string }
  exhibition: string | null
  action: string
  detail: unknown
}

let server: Running
let alice: Signed

beforeAll(async () => {
  server = await listen({ galleryDir: GALLERY, mediaDir: GALLERY, distDir: '/nonexistent/dist' })
  await seedOrganiser(server.app.db, 'alice@example.org')
  alice = await signIn(server.base, 'alice@example.org')
})
afterAll(() => server?.close())

const audit = async (query = '?exhibition=eig4') => {
  const answer = await call(server.base, 'GET', `/api/curate/audit${query}`, { headers: { cookie: alice.cookie } })
  expect(answer.status).toBe(200)
  return (answer.json() as { entries: Entry[] }).entries
}

describe('GET /api/curate/audit', () => {
  it('lists who did what to an exhibition and when, newest first', async () => {
    const started = Date.now()
    const made = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/team-links', {
      headers: as(alice),
      body: { defi: 'adex' },
    })
    const { id, token } = made.json() as { id: number; token: string }
    await call(server.base, 'DELETE', `/api/curate/team-links/${id}`, { headers: as(alice) })
    const entries = await audit()
    expect(entries.map((e) => e.action)).toEqual(['team-link.revoke', 'team-link.create'])
    expect(entries[0]).toMatchObject({
      actor: { kind: 'organiser', label: 'alice@example.org' },
      exhibition: 'eig4',
      detail: { link: id, defi: 'adex' },
    })
    expect(Date.parse(entries[1]!.at)).toBeGreaterThanOrEqual(started - 1000)
    expect(Date.parse(entries[0]!.at)).toBeGreaterThanOrEqual(Date.parse(entries[1]!.at))
    expect(JSON.stringify(entries)).not.toContain(token)
  })

  it('records logins and failed logins, never the password tried', async () => {
    const tried = 'my-secret-guess-123'
    await call(server.base, 'POST', '/api/auth/login', { body: { email: 'alice@example.org', password: tried } })
    // A password typed into the email field is not kept either: only known accounts are named.
    await call(server.base, 'POST', '/api/auth/login', { body: { email: tried, password: PASSWORD } })
    await signIn(server.base, 'alice@example.org')
    const all = await audit('')
    const actions = all.map((e) => e.action)
    expect(actions.slice(0, 3)).toEqual(['auth.login', 'auth.login-failed', 'auth.login-failed'])
    expect(all[2]).toMatchObject({ actor: { kind: 'anonymous' }, detail: { email: 'alice@example.org' } })
    expect(all[1]).toMatchObject({ detail: { email: null } })
    const stored = JSON.stringify(server.app.db.prepare('SELECT * FROM audit').all())
    expect(stored).not.toContain(tried)
    expect(stored).not.toContain(PASSWORD)
    // Logins belong to no exhibition, so they stay out of an exhibition's log.
    expect((await audit()).every((e) => e.exhibition === 'eig4')).toBe(true)
  })

  it('is for organisers only, and bounds its length', async () => {
    expect((await call(server.base, 'GET', '/api/curate/audit?exhibition=eig4')).status).toBe(401)
    expect((await audit('?limit=1')).length).toBe(1)
    const bad = await call(server.base, 'GET', '/api/curate/audit?limit=100000', { headers: { cookie: alice.cookie } })
    expect(bad.status).toBe(400)
  })
})
