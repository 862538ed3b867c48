import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { createOrganiserAccount } from '../../../src/server/auth/accounts.ts'
import { listen, tempDir, type Running } from '../helpers.ts'

/** A password long enough for the account rules. */
export const PASSWORD = 'correct horse battery staple'

/** A server on loopback over a temporary gallery (holding a copy of `gallery/eig4.json`) and a fresh store. */
export type CurateServer = Running & { galleryDir: string; remove(): Promise<void> }

export async function startCurateServer(): Promise<CurateServer> {
  const temp = await tempDir('curate')
  const galleryDir = path.join(temp.dir, 'gallery')
  mkdirSync(galleryDir)
  copyFileSync('gallery/eig4.json', path.join(galleryDir, 'eig4.json'))
  const server = await listen({
    galleryDir,
    mediaDir: galleryDir,
    distDir: path.join(temp.dir, 'none'),
    dataDir: path.join(temp.dir, 'data'),
  })
  return {
    ...server,
    galleryDir,
    remove: async () => {
      await server.close()
      await temp.remove()
    },
  }
}

/** What came back: status, headers, the body as text. */
export type Answer = { status: number; headers: Headers; text: string; json<T = unknown>(): T }

/** A signed-in organiser, as a client of the API: every request carries its session cookie and CSRF token. */
export type Organiser = {
  email: string
  send(method: string, urlPath: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>
}

/** Sends one request (JSON body when given) and reads the whole answer. */
export async function request(
  base: string,
  method: string,
  urlPath: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'content-type': 'application/json', ...headers }
  }
  const res = await fetch(base + urlPath, init)
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T }
}

/** Makes an organiser account with the store's own module (a cheap scrypt cost), then signs in over HTTP. */
export async function organiser(server: Running, email: string, create = true): Promise<Organiser> {
  if (create) {
    const added = await createOrganiserAccount(server.app.db, { kind: 'cli', user: 'test' }, email, PASSWORD, {
      N: 2 ** 10,
      r: 8,
      p: 1,
    })
    expect(added).toEqual({ ok: true })
  }
  const login = await request(server.base, 'POST', '/api/auth/login', { email, password: PASSWORD })
  expect(login.status).toBe(204)
  const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('vernissage_session=')) ?? '').split(';')[0]!
  const session = await request(server.base, 'GET', '/api/auth/session', undefined, { cookie })
  const { csrfToken } = session.json<{ csrfToken: string }>()
  return {
    email,
    send: (method, urlPath, body, headers = {}) =>
      request(server.base, method, urlPath, body, { cookie, 'x-csrf-token': csrfToken, ...headers }),
  }
}
