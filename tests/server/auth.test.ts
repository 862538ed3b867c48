import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { removeOrganiserAccount } from '../../src/server/auth/accounts.ts'
import { as, call, GALLERY, PASSWORD, seedOrganiser, sessionCookie, signIn } from './authHelpers.ts'
import { listen, type Running } from './helpers.ts'

const dirs = { galleryDir: GALLERY, mediaDir: GALLERY, distDir: '/nonexistent/dist' }
const REFUSED = { error: { fr: 'adresse ou mot de passe incorrect', en: 'wrong email or password' } }

let server: Running

beforeAll(async () => {
  server = await listen(dirs)
  for (const email of ['alice@example.org', 'bob@example.org', 'carol@example.org']) {
    await seedOrganiser(server.app.db, email)
  }
})
afterAll(() => server?.close())

describe('POST /api/auth/login', () => {
  it('answers 204 with an HttpOnly, SameSite=Strict session cookie, stored only as its hash', async () => {
    const login = await call(server.base, 'POST', '/api/auth/login', {
      body: { email: 'Alice@Example.org', password: PASSWORD },
    })
    expect(login.status).toBe(204)
    const set = login.headers['set-cookie']!.find((c) => c.startsWith('vernissage_session='))!
    expect(set).toMatch(/; HttpOnly/)
    expect(set).toMatch(/; SameSite=Strict/)
    expect(set).toMatch(/; Path=\//)
    // Served over plain http here: a Secure cookie would never come back.
    expect(set).not.toMatch(/; Secure/)
    const value = sessionCookie(login.headers).split('=')[1]!
    const stored = server.app.db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[]
    expect(stored.map((r) => r.id_hash)).toContain(createHash('sha256').update(value).digest('hex'))
    expect(JSON.stringify(stored)).not.toContain(value)
  })

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const wrong = await call(server.base, 'POST', '/api/auth/login', {
      body: { email: 'alice@example.org', password: 'not the right password' },
      from: '127.0.0.2',
    })
    const unknown = await call(server.base, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: PASSWORD },
      from: '127.0.0.2',
    })
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(wrong.json()).toEqual(REFUSED)
    expect(unknown.text).toBe(wrong.text)
    expect(wrong.headers['set-cookie']).toBeUndefined()
  })

  it('refuses a body that is not JSON (415) or too large (413), and a malformed one (400)', async () => {
    const body = JSON.stringify({ email: 'alice@example.org', password: PASSWORD })
    const plain = await call(server.base, 'POST', '/api/auth/login', {
      body,
      headers: { 'content-type': 'text/plain' },
    })
    expect(plain.status).toBe(415)
    expect(plain.json()).toMatchObject({ error: { fr: expect.any(String), en: expect.stringContaining('JSON') } })
    const bare = await call(server.base, 'POST', '/api/auth/login', { body })
    expect(bare.status).toBe(415)
    const form = await call(server.base, 'POST', '/api/auth/login', {
      body: 'email=alice%40example.org',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(form.status).toBe(415)
    const big = await call(server.base, 'POST', '/api/auth/login', {
      body: { email: 'alice@example.org', password: 'x'.repeat(20_000) },
    })
    expect(big.status).toBe(413)
    const missing = await call(server.base, 'POST', '/api/auth/login', { body: { email: 'alice@example.org' } })
    expect(missing.status).toBe(400)
  })

  it("limits other write routes' bodies to the manifest's 5 MB (413)", async () => {
    const alice = await signIn(server.base, 'alice@example.org')
    const huge = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/team-links', {
      headers: as(alice),
      body: { defi: 'x'.repeat(5 * 1024 * 1024) },
    })
    expect(huge.status).toBe(413)
    expect(huge.json()).toEqual({ error: { fr: 'contenu trop volumineux', en: 'body too large' } })
  })
})

describe('sessions and CSRF', () => {
  it('GET /api/auth/session names the organiser and gives the CSRF token; 401 without a cookie', async () => {
    const alice = await signIn(server.base, 'alice@example.org')
    const session = await call(server.base, 'GET', '/api/auth/session', { headers: { cookie: alice.cookie } })
    expect(session.json()).toEqual({ organiser: { email: 'alice@example.org' }, csrfToken: alice.csrf })
    expect(session.headers['cache-control']).toBe('no-store')
    expect((await call(server.base, 'GET', '/api/auth/session')).status).toBe(401)
    const forged = await call(server.base, 'GET', '/api/auth/session', {
      headers: { cookie: `vernissage_session=${'A'.repeat(43)}` },
    })
    expect(forged.status).toBe(401)
  })

  it('refuses a state-changing request without the CSRF token, or with a wrong one (403)', async () => {
    const alice = await signIn(server.base, 'alice@example.org')
    const none = await call(server.base, 'POST', '/api/auth/logout', { headers: { cookie: alice.cookie } })
    expect(none.status).toBe(403)
    expect(none.json()).toMatchObject({ error: { fr: expect.any(String), en: expect.stringContaining('token') } })
    const wrong = await call(server.base, 'POST', '/api/auth/logout', {
      headers: { cookie: alice.cookie, 'x-csrf-token': 'x'.repeat(43) },
    })
    expect(wrong.status).toBe(403)
    // Neither ended the session.
    expect((await call(server.base, 'GET', '/api/auth/session', { headers: { cookie: alice.cookie } })).status).toBe(
      200,
    )
  })

  it("gives a cookie its own account's identity only, and refuses another session's CSRF token", async () => {
    const alice = await signIn(server.base, 'alice@example.org')
    const bob = await signIn(server.base, 'bob@example.org')
    const asAlice = await call(server.base, 'GET', '/api/auth/session', { headers: { cookie: alice.cookie } })
    expect(asAlice.json()).toMatchObject({ organiser: { email: 'alice@example.org' } })
    const mixed = await call(server.base, 'POST', '/api/auth/logout', {
      headers: { cookie: alice.cookie, 'x-csrf-token': bob.csrf },
    })
    expect(mixed.status).toBe(403)
    const links = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/team-links', {
      headers: { cookie: alice.cookie, 'x-csrf-token': bob.csrf },
      body: { defi: 'adex' },
    })
    expect(links.status).toBe(403)
  })

  it('gives a new session at each login and ends the one the browser came with', async () => {
    const first = await signIn(server.base, 'alice@example.org')
    const again = await call(server.base, 'POST', '/api/auth/login', {
      headers: { cookie: first.cookie },
      body: { email: 'alice@example.org', password: PASSWORD },
    })
    expect(again.status).toBe(204)
    expect(sessionCookie(again.headers)).not.toBe(first.cookie)
    expect((await call(server.base, 'GET', '/api/auth/session', { headers: { cookie: first.cookie } })).status).toBe(
      401,
    )
  })

  it('logs out: 204, the session is deleted and its cookie opens nothing any more', async () => {
    const alice = await signIn(server.base, 'alice@example.org')
    const out = await call(server.base, 'POST', '/api/auth/logout', { headers: as(alice) })
    expect(out.status).toBe(204)
    expect(out.headers['set-cookie']?.[0]).toMatch(/^vernissage_session=;/)
    expect((await call(server.base, 'GET', '/api/auth/session', { headers: { cookie: alice.cookie } })).status).toBe(
      401,
    )
    const hash = createHash('sha256').update(alice.cookieValue).digest('hex')
    expect(server.app.db.prepare('SELECT 1 FROM sessions WHERE id_hash = ?').get(hash)).toBeUndefined()
  })

  it("refuses a removed account's session: removal ends its sessions", async () => {
    const carol = await signIn(server.base, 'carol@example.org')
    expect(removeOrganiserAccount(server.app.db, { kind: 'cli', user: 'test' }, 'carol@example.org')).toBe(true)
    expect((await call(server.base, 'GET', '/api/auth/session', { headers: { cookie: carol.cookie } })).status).toBe(
      401,
    )
    const write = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/team-links', {
      headers: as(carol),
      body: { defi: 'adex' },
    })
    expect(write.status).toBe(401)
    const login = await call(server.base, 'POST', '/api/auth/login', {
      body: { email: 'carol@example.org', password: PASSWORD },
      from: '127.0.0.3',
    })
    expect(login.status).toBe(401)
  })
})

describe('behind a trusted TLS proxy', () => {
  it('sets Secure on the cookie and limits by the forwarded address', async () => {
    const proxied = await listen({ ...dirs, trustProxy: '127.0.0.1' })
    try {
      await seedOrganiser(proxied.app.db, 'erin@example.org')
      await seedOrganiser(proxied.app.db, 'fred@example.org')
      const login = (email: string, password: string, client: string) =>
        call(proxied.base, 'POST', '/api/auth/login', {
          body: { email, password },
          headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': client },
        })
      const ok = await login('erin@example.org', PASSWORD, '203.0.113.1')
      expect(ok.status).toBe(204)
      expect(ok.headers['set-cookie']!.find((c) => c.startsWith('vernissage_session='))).toMatch(/; Secure/)
      for (let i = 0; i < 10; i++)
        expect((await login('fred@example.org', 'wrong password!', '203.0.113.2')).status).toBe(401)
      const audit = proxied.app.db.prepare("SELECT actor FROM audit WHERE action = 'auth.login-failed'").get()
      expect(audit).toEqual({ actor: 'not signed in (203.0.113.2)' })
      // 203.0.113.2 is held back; another client behind the same proxy is not.
      expect((await login('erin@example.org', PASSWORD, '203.0.113.2')).status).toBe(429)
      expect((await login('erin@example.org', PASSWORD, '203.0.113.3')).status).toBe(204)
    } finally {
      await proxied.close()
    }
  })
})

describe('session expiry (short settings)', () => {
  let short: Running
  beforeAll(async () => {
    short = await listen({ ...dirs, auth: { idleMs: 600, absoluteMs: 1500 } })
    await seedOrganiser(short.app.db, 'dora@example.org')
  })
  afterAll(() => short?.close())
  const sessionOf = (s: { cookie: string }) =>
    call(short.base, 'GET', '/api/auth/session', { headers: { cookie: s.cookie } })
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('ends a session left idle longer than the idle expiry', async () => {
    const dora = await signIn(short.base, 'dora@example.org')
    await sleep(300)
    expect((await sessionOf(dora)).status).toBe(200)
    await sleep(800)
    expect((await sessionOf(dora)).status).toBe(401)
  })

  it('ends a session at its absolute expiry, however busy', async () => {
    const dora = await signIn(short.base, 'dora@example.org')
    const started = Date.now()
    // Used every 250 ms, it never goes idle; yet 1.5 s after login it is over.
    while (Date.now() - started < 1200) {
      expect((await sessionOf(dora)).status).toBe(200)
      await sleep(250)
    }
    await sleep(Math.max(0, 1600 - (Date.now() - started)))
    expect((await sessionOf(dora)).status).toBe(401)
  })
})

describe('login rate limits (10 failures per 15 minutes, per address and per account)', () => {
  let limited: Running
  const accounts = Array.from({ length: 12 }, (_, i) => `user${i}@example.org`)
  beforeAll(async () => {
    limited = await listen(dirs)
    for (const email of accounts) await seedOrganiser(limited.app.db, email)
  })
  afterAll(() => limited?.close())
  const attempt = (email: string, password: string, from: string) =>
    call(limited.base, 'POST', '/api/auth/login', { body: { email, password }, from })

  it('counts failures, not successes', async () => {
    for (let i = 0; i < 12; i++) expect((await attempt(accounts[11]!, PASSWORD, '127.0.0.20')).status).toBe(204)
  })

  it('answers the 11th failed attempt from one address with 429 and Retry-After, even with the right password', async () => {
    for (let i = 0; i < 10; i++) expect((await attempt(accounts[i]!, 'wrong password!', '127.0.0.30')).status).toBe(401)
    const eleventh = await attempt(accounts[10]!, PASSWORD, '127.0.0.30')
    expect(eleventh.status).toBe(429)
    const retryAfter = Number(eleventh.headers['retry-after'])
    expect(retryAfter).toBeGreaterThan(800)
    expect(retryAfter).toBeLessThanOrEqual(900)
    expect(eleventh.json()).toMatchObject({
      error: { fr: expect.any(String), en: expect.stringContaining('too many') },
    })
    // Another address is not held back by this one.
    expect((await attempt(accounts[10]!, PASSWORD, '127.0.0.31')).status).toBe(204)
  })

  it('lets at most 10 of 30 simultaneous guesses through', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(accounts[i % 10]!, `guess number ${i}`, '127.0.0.40')),
    )
    const statuses = burst.map((a) => a.status)
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20)
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true)
  })

  it('answers the 11th failed attempt on one account with 429, from whatever address', async () => {
    const target = accounts[10]!
    for (let i = 0; i < 10; i++) expect((await attempt(target, 'wrong password!', `127.0.1.${i + 1}`)).status).toBe(401)
    const eleventh = await attempt(target, PASSWORD, '127.0.1.99')
    expect(eleventh.status).toBe(429)
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(0)
    // Other accounts still sign in from a fresh address.
    expect((await attempt(accounts[11]!, PASSWORD, '127.0.1.100')).status).toBe(204)
  })
})
