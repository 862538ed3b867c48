import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeCompressed } from '../../src/node/precompress.ts'
import { CATCH_ALL, createMethodIndex } from '../../src/server/methods.ts'
import { listen, rawGet, tempDir, type Running } from './helpers.ts'

let server: Running
let folder: Awaited<ReturnType<typeof tempDir>>
const SEGMENT = Buffer.alloc(5000, 7)
const SCRIPT = `export const x = ${JSON.stringify('vernissage '.repeat(300))}\n`

beforeAll(async () => {
  folder = await tempDir('methods')
  const media = path.join(folder.dir, 'media', 'demo')
  const dist = path.join(folder.dir, 'dist')
  await mkdir(media, { recursive: true })
  await mkdir(path.join(dist, 'assets'), { recursive: true })
  await writeFile(path.join(media, 'seg-1.m4s'), SEGMENT)
  await writeFile(path.join(media, 'captions.fr.vtt'), 'WEBVTT\n')
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(path.join(dist, 'assets', 'app-Zz9.js'), SCRIPT)
  await writeCompressed(path.join(dist, 'assets', 'app-Zz9.js'), Buffer.from(SCRIPT))
  server = await listen({ galleryDir: folder.dir, mediaDir: path.join(folder.dir, 'media'), distDir: dist })
})

afterAll(async () => {
  await server.close()
  await folder.remove()
})

async function call(method: string, url: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.base + url, { method, headers })
  return { status: res.status, headers: res.headers, body: await res.text() }
}

describe('a method a path does not answer', () => {
  it.each([
    ['POST', '/api/exhibitions', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/api/exhibitions/eig4', 'GET, HEAD, OPTIONS'],
    ['PUT', '/media/demo/seg-1.m4s', 'GET, HEAD, OPTIONS'],
    ['POST', '/gallery/eig4.json', 'GET, HEAD, OPTIONS'],
    ['POST', '/eig4/data.csv', 'GET, HEAD, OPTIONS'],
    ['PATCH', '/eig4/salle', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/', 'GET, HEAD, OPTIONS'],
  ])('%s %s is 405 with Allow: %s, in the bilingual format, never stored', async (method, url, allow) => {
    const res = await call(method, url)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe(allow)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(JSON.parse(res.body)).toEqual({ error: { fr: expect.any(String), en: 'method not allowed' } })
  })

  it('is still 404 on an API path that does not exist', async () => {
    const res = await call('POST', '/api/nothing')
    expect(res.status).toBe(404)
    expect(res.headers.get('allow')).toBeNull()
  })

  it('answers a plain OPTIONS with 204 and Allow', async () => {
    const res = await call('OPTIONS', '/api/exhibitions')
    expect(res.status).toBe(204)
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
  })

  it('answers HEAD like GET, without a body', async () => {
    const res = await call('HEAD', '/media/demo/seg-1.m4s')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe(String(SEGMENT.length))
    expect(res.body).toBe('')
  })
})

describe('a Range beyond the end', () => {
  it('is 416 with Content-Range: bytes */size, never stored', async () => {
    const res = await call('GET', '/media/demo/seg-1.m4s', { Range: `bytes=${SEGMENT.length + 10}-` })
    expect(res.status).toBe(416)
    expect(res.headers.get('content-range')).toBe(`bytes */${SEGMENT.length}`)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('etag')).toBeNull()
  })
})

describe('the compressed copies of the build', () => {
  it.each(['/assets/app-Zz9.js.br', '/assets/app-Zz9.js.gz'])(
    'are not reachable by their own name: %s',
    async (url) => {
      for (const encoding of ['br, gzip', '']) {
        const res = await rawGet(server.base, url, encoding ? { 'Accept-Encoding': encoding } : {})
        expect(res.status).toBe(404)
      }
    },
  )

  it('are still what a browser that accepts them gets for the file', async () => {
    const res = await rawGet(server.base, '/assets/app-Zz9.js', { 'Accept-Encoding': 'br' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
  })
})

describe('media read from another site', () => {
  const ORIGIN = 'https://programme.example.org'

  it.each(['/media/demo/seg-1.m4s', '/media/demo/captions.fr.vtt'])('%s may be read from any origin', async (url) => {
    const res = await call('GET', url, { Origin: ORIGIN, Range: 'bytes=0-9' })
    expect(res.status).toBe(206)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Content-Range/)
  })

  it('answers the preflight of a Range request', async () => {
    const res = await call('OPTIONS', '/media/demo/seg-1.m4s', {
      Origin: ORIGIN,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'range',
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toMatch(/GET/)
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('range')
  })

  it('may be turned off (MEDIA_CORS=off), or given one origin', async () => {
    for (const [cors, expected] of [
      [null, null],
      [ORIGIN, ORIGIN],
    ] as const) {
      const other = await listen({
        galleryDir: folder.dir,
        mediaDir: path.join(folder.dir, 'media'),
        distDir: folder.dir,
        mediaCors: cors,
      })
      try {
        const res = await fetch(`${other.base}/media/demo/seg-1.m4s`, { headers: { Origin: ORIGIN } })
        expect(res.headers.get('access-control-allow-origin')).toBe(expected)
      } finally {
        await other.close()
      }
    }
  })

  it('leaves the API to its own origin', async () => {
    const res = await call('GET', '/api/exhibitions', { Origin: ORIGIN })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('createMethodIndex', () => {
  const index = createMethodIndex()
  const add = (method: string | string[], url: string, config?: object) =>
    index.onRoute({ method, url, config } as unknown as Parameters<typeof index.onRoute>[0])
  add('GET', '/api/exhibitions/:id')
  add(['PUT', 'DELETE'], '/api/curate/exhibitions/:id(^[a-z0-9-]+$)')
  add(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'], '/api/*', CATCH_ALL)
  add('GET', '/*')
  add(['POST', 'HEAD', 'PATCH'], '/api/uploads/:id')

  it.each([
    ['/api/exhibitions/eig4', ['GET', 'HEAD']],
    ['/api/curate/exhibitions/eig4', ['PUT', 'DELETE']],
    ['/api/uploads/abc', ['POST', 'HEAD', 'PATCH']],
    ['/api/nothing', []],
    ['/eig4/salle', ['GET', 'HEAD']],
  ])('lists for %s the methods of the most specific routes: %j', (url, methods) => {
    expect(index.allowed(url).sort()).toEqual([...methods].sort())
  })
})
