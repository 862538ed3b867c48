import { request, type IncomingHttpHeaders } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { createOrganiserAccount } from '../../src/server/auth/accounts.ts'
import type { Db } from '../../src/server/db/database.ts'

/** The repository's gallery, which the write side reads défis from. */
export const GALLERY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'gallery')

/** A cheap scrypt cost for test accounts: the format and the checks are the same, the hashing is not slow. */
export const CHEAP_SCRYPT = { N: 2 ** 10, r: 8, p: 1 }

/** A password long enough for the rules. */
export const PASSWORD = 'correct horse battery staple'

export type Answer = { status: number; headers: IncomingHttpHeaders; text: string; json: () => unknown }

/**
 * One HTTP request over loopback, optionally from another loopback address (`from: '127.0.0.7'`), so that tests can
 * act as several clients for the per-address limits. A non-string body is sent as JSON.
 */
export function call(
  base: string,
  method: string,
  urlPath: string,
  opts: { body?: unknown; headers?: Record<string, string>; from?: string } = {},
): Promise<Answer> {
  const url = new URL(base)
  const headers: Record<string, string> = { ...opts.headers }
  let payload: Buffer | undefined
  if (opts.body !== undefined) {
    payload = Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body))
    if (typeof opts.body !== 'string') headers['content-type'] ??= 'application/json'
    headers['content-length'] = String(payload.length)
  }
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: urlPath, method, headers, localAddress: opts.from },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown })
        })
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

/** Adds an organiser account with the cheap test cost. */
export async function seedOrganiser(db: Db, email: string, password = PASSWORD): Promise<void> {
  const added = await createOrganiserAccount(db, { kind: 'cli', user: 'test' }, email, password, CHEAP_SCRYPT)
  expect(added).toEqual({ ok: true })
}

/** A signed-in organiser: the cookie header to send and the CSRF token. */
export type Signed = { cookie: string; cookieValue: string; csrf: string; email: string }

/** The `name=value` of a Set-Cookie header. */
export function sessionCookie(headers: IncomingHttpHeaders): string {
  const set = headers['set-cookie']?.find((c) => c.startsWith('vernissage_session='))
  if (!set) throw new Error('no session cookie')
  return set.split(';')[0]!
}

/** Logs in (expecting 204) and fetches the session's CSRF token. */
export async function signIn(base: string, email: string, password = PASSWORD, from?: string): Promise<Signed> {
  const login = await call(base, 'POST', '/api/auth/login', { body: { email, password }, from })
  expect(login.status).toBe(204)
  const cookie = sessionCookie(login.headers)
  const session = await call(base, 'GET', '/api/auth/session', { headers: { cookie } })
  expect(session.status).toBe(200)
  const { csrfToken } = session.json() as { csrfToken: string }
  return { cookie, cookieValue: cookie.split('=')[1]!, csrf: csrfToken, email }
}

/** The headers of an organiser's state-changing request. */
export const as = (s: Signed): Record<string, string> => ({ cookie: s.cookie, 'x-csrf-token': s.csrf })
