import { copyFile, mkdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encode, noneMatch, pickCoding } from '../../src/server/encoded.ts'
import { listen, rawGet, tempDir, type Running } from './helpers.ts'

const GALLERY = fileURLToPath(new URL('../../gallery', import.meta.url))
const MINIMAL = fileURLToPath(new URL('../fixtures/valid/minimal.json', import.meta.url))
const INDEX = `<!doctype html><html lang="fr"><head><title>app</title></head><body>${'<p>vernissage</p>'.repeat(100)}</body></html>`

let server: Running
let folder: Awaited<ReturnType<typeof tempDir>>
let gallery: string

beforeAll(async () => {
  folder = await tempDir('encoded')
  gallery = path.join(folder.dir, 'gallery')
  const dist = path.join(folder.dir, 'dist')
  const media = path.join(folder.dir, 'media')
  await mkdir(gallery)
  await mkdir(path.join(dist, 'assets'), { recursive: true })
  await mkdir(media)
  // EIG 4's real manifest (~100 KB, what every visit downloads first) and the schema it names.
  await copyFile(path.join(GALLERY, 'eig4.json'), path.join(gallery, 'eig4.json'))
  await copyFile(path.join(GALLERY, 'schema.json'), path.join(gallery, 'schema.json'))
  await copyFile(MINIMAL, path.join(gallery, 'demo.json'))
  await writeFile(path.join(dist, 'index.html'), INDEX)
  await writeFile(path.join(dist, 'assets', 'app-Ab12.js'), 'console.log(1)')
  await writeFile(path.join(media, 'captions.fr.vtt'), 'WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n')
  server = await listen({ galleryDir: gallery, mediaDir: media, distDir: dist })
})

afterAll(async () => {
  await server.close()
  await folder.remove()
})

const HTML = 'text/html,*/*;q=0.8'

describe('every cacheable route', () => {
  it.each([
    ['/api/exhibitions', '*/*'],
    ['/api/exhibitions/eig4', '*/*'],
    ['/eig4/data.json', '*/*'],
    ['/eig4/data.csv', '*/*'],
    ['/gallery/eig4.json', '*/*'],
    ['/gallery/schema.json', '*/*'],
    ['/', HTML],
    ['/eig4/anticiper-et-gerer-les-risques', HTML],
    ['/index.html', HTML],
    ['/assets/app-Ab12.js', '*/*'],
    ['/media/captions.fr.vtt', '*/*'],
  ])(
    'answers %s with an ETag, and 304 with no body to a client that holds it, whatever it accepts',
    async (url, accept) => {
      for (const encoding of ['br, gzip', 'gzip', '']) {
        const headers: Record<string, string> = { Accept: accept }
        if (encoding) headers['Accept-Encoding'] = encoding
        const first = await rawGet(server.base, url, headers)
        expect(first.status, `${url} ${encoding}`).toBe(200)
        const etag = first.headers.etag
        expect(etag, `${url} ${encoding}`).toBeTruthy()
        const again = await rawGet(server.base, url, { ...headers, 'If-None-Match': etag! })
        expect(again.status, `${url} ${encoding}`).toBe(304)
        expect(again.bytes.length).toBe(0)
        expect(again.headers.etag).toBe(etag)
      }
    },
  )

  it.each([
    ['/api/exhibitions/eig4', 'br', brotliDecompressSync],
    ['/eig4/data.json', 'br', brotliDecompressSync],
    ['/eig4/data.csv', 'gzip', gunzipSync],
    ['/gallery/schema.json', 'br', brotliDecompressSync],
    ['/eig4', 'br', brotliDecompressSync],
    ['/', 'gzip', gunzipSync],
  ])(
    'sends %s %s-compressed, with its own strong ETag and Vary, and the same bytes once decoded',
    async (url, coding, decode) => {
      const plain = await rawGet(server.base, url, { Accept: HTML })
      const packed = await rawGet(server.base, url, { Accept: HTML, 'Accept-Encoding': coding })
      expect(packed.headers['content-encoding']).toBe(coding)
      expect(packed.headers.vary).toMatch(/accept-encoding/i)
      expect(packed.headers.etag).toMatch(/^"[^"]+"$/)
      expect(packed.headers.etag).not.toBe(plain.headers.etag)
      expect(Number(packed.headers['content-length'])).toBe(packed.bytes.length)
      expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 2)
      expect(decode(packed.bytes).equals(plain.bytes)).toBe(true)
    },
  )

  it('answers 200 to a client holding the copy of another encoding, or an old version', async () => {
    const br = await rawGet(server.base, '/api/exhibitions/eig4', { 'Accept-Encoding': 'br' })
    const gz = await rawGet(server.base, '/api/exhibitions/eig4', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': br.headers.etag!,
    })
    expect(gz.status).toBe(200)
    const old = await rawGet(server.base, '/api/exhibitions/eig4', { 'If-None-Match': '"an-old-version"' })
    expect(old.status).toBe(200)
  })
})

describe('a manifest published while the server runs', () => {
  it('is served in its new version at once, even renamed over the old one with the same size and mtime', async () => {
    const file = path.join(gallery, 'demo.json')
    // A whole second, so that both files can hold exactly the same mtime.
    const when = new Date('2026-01-02T03:04:05Z')
    await utimes(file, when, when)
    const before = await rawGet(server.base, '/api/exhibitions/demo')
    const original = await readFile(file, 'utf8')
    const renamed = original.replace('"fr": "Démo"', '"fr": "Démi"')
    expect(renamed.length).toBe(original.length)
    // As publishing does: a new file written beside, renamed over the old one. Same size, same mtime.
    const next = path.join(gallery, '.demo.json.tmp')
    await writeFile(next, renamed)
    await utimes(next, when, when)
    await rename(next, file)
    expect((await stat(file)).mtimeMs).toBe(when.getTime())
    for (const url of ['/api/exhibitions/demo', '/demo/data.json', '/gallery/demo.json']) {
      const after = await rawGet(server.base, url, { 'If-None-Match': before.headers.etag! })
      expect(after.status, url).toBe(200)
      expect(after.body).toContain('Démi')
      expect(after.headers.etag).not.toBe(before.headers.etag)
    }
    const csv = await rawGet(server.base, '/demo/data.csv')
    expect(csv.status).toBe(200)
  })
})

describe('encode, pickCoding, noneMatch', () => {
  it('leaves a small text uncompressed, and compresses a large one both ways', async () => {
    const small = await encode('{}', 'application/json')
    expect(small.br).toBeNull()
    expect(pickCoding('br, gzip', small)).toBe('identity')
    const large = await encode('x'.repeat(5000), 'text/plain')
    expect(brotliDecompressSync(large.br!).toString()).toBe('x'.repeat(5000))
    expect(gunzipSync(large.gzip!).toString()).toBe('x'.repeat(5000))
  })

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
  ])('picks for Accept-Encoding "%s" the %s copy', async (header, coding) => {
    const large = await encode('x'.repeat(5000), 'text/plain')
    expect(pickCoding(header, large)).toBe(coding)
  })

  it('compares If-None-Match weakly, in a list, and with *', () => {
    expect(noneMatch('"a", W/"b"', '"b"')).toBe(true)
    expect(noneMatch('*', '"b"')).toBe(true)
    expect(noneMatch('"a"', '"b"')).toBe(false)
    expect(noneMatch(undefined, '"b"')).toBe(false)
  })
})
