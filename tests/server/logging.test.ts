import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as, call, GALLERY, PASSWORD, seedOrganiser, signIn } from './authHelpers.ts'
import { listen, type Running } from './helpers.ts'

const lines: string[] = []
let server: Running

beforeAll(async () => {
  // Every level, one line per request, each request's headers: all that could carry a secret is written.
  server = await listen({
    galleryDir: GALLERY,
    mediaDir: GALLERY,
    distDir: '/nonexistent/dist',
    logger: { stream: { write: (line) => void lines.push(line) }, level: 'trace', requests: true },
  })
  await seedOrganiser(server.app.db, 'alice@example.org')
})
afterAll(() => server?.close())

describe('the logs', () => {
  it('never hold a password, session cookie, CSRF token or team token', async () => {
    const wrong = 'wrong-password-1234'
    await call(server.base, 'POST', '/api/auth/login', { body: { email: 'alice@example.org', password: wrong } })
    const alice = await signIn(server.base, 'alice@example.org')
    const made = await call(server.base, 'POST', '/api/curate/exhibitions/eig4/team-links', {
      headers: as(alice),
      body: { defi: 'adex' },
    })
    const { token } = made.json() as { token: string }
    await call(server.base, 'GET', '/api/team', { headers: { authorization: `Bearer ${token}` } })
    await call(server.base, 'GET', `/upload/${token}`)
    await call(server.base, 'GET', '/api/team', { headers: { authorization: `Bearer ${'B'.repeat(43)}` } })

    const log = lines.join('')
    // The requests were logged, headers and all…
    expect(log).toContain('/api/auth/login')
    expect(log).toContain('/api/team')
    expect(log).toContain('"authorization":"[redacted]"')
    expect(log).toContain('"cookie":"[redacted]"')
    expect(log).toContain('"x-csrf-token":"[redacted]"')
    expect(log).toContain('"set-cookie":"[redacted]"')
    expect(log).toContain('/upload/[redacted]')
    // …and not one secret with them.
    for (const secret of [PASSWORD, wrong, alice.cookieValue, alice.csrf, token, 'B'.repeat(43)]) {
      expect(log).not.toContain(secret)
    }
  })
})
