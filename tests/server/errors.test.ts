import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from '../../src/server/app.ts'
import { HttpError } from '../../src/server/errors.ts'
import { SECURITY_HEADERS } from '../../src/server/security.ts'
import { listen, rawGet, tempDir, type Running } from './helpers.ts'

let server: Running
let folder: Awaited<ReturnType<typeof tempDir>>
let media: string

const BILINGUAL = { error: { fr: expect.any(String), en: expect.any(String) } }

/** Sends bytes as they are on a new connection and returns everything the server wrote before closing it. */
function rawExchange(base: string, bytes: string): Promise<string> {
  const { port } = new URL(base)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(bytes))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')))
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value)
}

beforeAll(async () => {
  folder = await tempDir('errors')
  media = path.join(folder.dir, 'media')
  await mkdir(media)
  await writeFile(path.join(media, 'clip.mp4'), Buffer.alloc(4096, 1))
  const app = await createServer({
    galleryDir: folder.dir,
    mediaDir: media,
    distDir: path.join(folder.dir, 'dist'),
    dataDir: path.join(folder.dir, 'data'),
  })
  // Routes added after the server's own, as the write side adds its API: the same error handler must cover them.
  app.post('/api/echo', async (request) => ({ got: request.body }))
  await app.register(async (scope) => {
    scope.get('/api/boom', async () => {
      throw new Error('ENOENT: /srv/secret/path')
    })
    scope.get('/api/teapot', async () => {
      throw new HttpError(409, 'brouillon modifié entre-temps', 'draft changed in the meantime')
    })
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  server = { base: `http://127.0.0.1:${port}`, app, close: () => app.close() }
})

afterAll(async () => {
  await server.close()
  await folder.remove()
})

describe('errors of the routes, whoever registered them', () => {
  it('answers a malformed JSON body to an API route in the bilingual format, never stored', async () => {
    const res = await fetch(`${server.base}/api/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"oops": ',
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const body = await res.json()
    expect(body).toEqual(BILINGUAL)
    expect(body.error.en).toBe('invalid JSON body')
    // The route itself works with a valid body.
    const ok = await fetch(`${server.base}/api/echo`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(await ok.json()).toEqual({ got: { a: 1 } })
  })

  it('answers a thrown error 500 without its message, in a plugin registered later too', async () => {
    const res = await rawGet(server.base, '/api/boom')
    expect(res.status).toBe(500)
    expect(JSON.parse(res.body)).toEqual({ error: { fr: 'erreur du serveur', en: 'server error' } })
    expect(res.body).not.toContain('secret')
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('sends the words of an HttpError a route throws', async () => {
    const res = await rawGet(server.base, '/api/teapot')
    expect(res.status).toBe(409)
    expect(JSON.parse(res.body)).toEqual({
      error: { fr: 'brouillon modifié entre-temps', en: 'draft changed in the meantime' },
    })
  })
})

describe('errors made before any route', () => {
  it('answers a malformed URL (/%zz) 400 in the same format, with the security headers, without echoing it', async () => {
    const res = await rawGet(server.base, '/%zz')
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toEqual(BILINGUAL)
    expect(res.body).not.toContain('zz')
    expect(res.headers['cache-control']).toBe('no-store')
    expectSecurityHeaders(res.headers)
  })

  it('answers what Node cannot parse 400, and headers too large 431, in the same format and headers', async () => {
    const garbage = await rawExchange(server.base, 'GARBAGE / HTTP/1.1\r\nHost: x\r\n\r\n')
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /)
    expect(garbage).toContain('X-Content-Type-Options: nosniff')
    expect(garbage).toContain('Cache-Control: no-store')
    expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4))).toEqual(BILINGUAL)
    const huge = await rawExchange(server.base, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
    expect(huge).toMatch(/^HTTP\/1\.1 431 /)
    expect(huge).toContain('Content-Security-Policy: ')
  })
})

describe('a media file that cannot be read', () => {
  it('is answered with no-store and no ETag, and served again once readable, without a restart', async () => {
    const url = '/media/clip.mp4'
    const good = await rawGet(server.base, url)
    expect(good.status).toBe(200)
    expect(good.headers.etag).toBeTruthy()
    const file = path.join(media, 'clip.mp4')
    // Tests run as root, which reads any file whatever its mode: a folder in the file's place cannot be read either.
    await rm(file)
    await mkdir(file)
    const broken = await rawGet(server.base, url)
    expect(broken.status).toBeGreaterThanOrEqual(400)
    expect(broken.headers['cache-control']).toBe('no-store')
    expect(broken.headers.etag).toBeUndefined()
    expect(broken.headers['last-modified']).toBeUndefined()
    expect(JSON.parse(broken.body)).toEqual(BILINGUAL)
    await rm(file, { recursive: true })
    await writeFile(file, Buffer.alloc(4096, 2))
    const back = await rawGet(server.base, url)
    expect(back.status).toBe(200)
    expect(back.bytes.equals(Buffer.alloc(4096, 2))).toBe(true)
  })

  it('answers a segment that fails once its headers are made 500 without its year-long cache or its ETag', async () => {
    // /proc/self/mem looks like a file to stat, opens, and fails on the first read (EIO): as a disk error would.
    await symlink('/proc/self/mem', path.join(media, 'seg-1.m4s'))
    const res = await rawGet(server.base, '/media/seg-1.m4s')
    expect(res.status).toBe(500)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers.etag).toBeUndefined()
    expect(res.headers['last-modified']).toBeUndefined()
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(res.body)).toEqual(BILINGUAL)
  })

  it('answers a file the system refuses to open (a symbolic link loop) 5xx, never cached', async () => {
    await symlink('loop.mp4', path.join(media, 'loop.mp4'))
    const res = await rawGet(server.base, '/media/loop.mp4')
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers.etag).toBeUndefined()
    expect(JSON.parse(res.body)).toEqual(BILINGUAL)
  })
})

describe('HSTS', () => {
  it('comes with answers over https, read from X-Forwarded-Proto only when TRUST_PROXY says so', async () => {
    const plain = await rawGet(server.base, '/api/exhibitions', { 'X-Forwarded-Proto': 'https' })
    expect(plain.headers['strict-transport-security']).toBeUndefined()
    const proxied = await listen({
      galleryDir: folder.dir,
      mediaDir: media,
      distDir: folder.dir,
      trustProxy: '127.0.0.1',
    })
    try {
      const https = await rawGet(proxied.base, '/api/exhibitions', { 'X-Forwarded-Proto': 'https' })
      expect(https.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/)
      const http = await rawGet(proxied.base, '/api/exhibitions', { 'X-Forwarded-Proto': 'http' })
      expect(http.headers['strict-transport-security']).toBeUndefined()
    } finally {
      await proxied.close()
    }
  })
})
