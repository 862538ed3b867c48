import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, rawGet, tempDir, type Running } from './helpers.ts'

// The real gallery: EIG 4's manifest is about 100 KB of JSON, what every visit downloads first.
const GALLERY = fileURLToPath(new URL('../../gallery', import.meta.url))

let server: Running
let folder: Awaited<ReturnType<typeof tempDir>>
let media: string

beforeAll(async () => {
  folder = await tempDir('compression')
  media = path.join(folder.dir, 'media')
  await mkdir(media)
  await writeFile(
    path.join(media, 'captions.fr.vtt'),
    `WEBVTT\n\n${'00:00.000 --> 00:01.000\nBonjour\n\n'.repeat(200)}`,
  )
  server = await listen({ galleryDir: GALLERY, mediaDir: media, distDir: path.join(folder.dir, 'dist') })
})

afterAll(async () => {
  await server.close()
  await folder.remove()
})

describe('responses made per request', () => {
  it.each([
    ['/api/exhibitions/eig4', 'br', brotliDecompressSync],
    ['/api/exhibitions/eig4', 'gzip', gunzipSync],
    ['/eig4/data.json', 'br', brotliDecompressSync],
    ['/eig4/data.csv', 'gzip', gunzipSync],
  ])(
    '%s travels %s-compressed to a browser that accepts it, and reads back the same',
    async (url, encoding, decode) => {
      const plain = await rawGet(server.base, url)
      expect(plain.status).toBe(200)
      expect(plain.headers['content-encoding']).toBeUndefined()
      const packed = await rawGet(server.base, url, { 'Accept-Encoding': encoding })
      expect(packed.status).toBe(200)
      expect(packed.headers['content-encoding']).toBe(encoding)
      expect(packed.headers['vary']).toMatch(/accept-encoding/i)
      expect(packed.headers['content-type']).toBe(plain.headers['content-type'])
      expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 2)
      expect(decode(packed.bytes).equals(plain.bytes)).toBe(true)
    },
  )

  it('leaves a small answer, such as a 404, uncompressed', async () => {
    const res = await rawGet(server.base, '/api/exhibitions/nowhere', { 'Accept-Encoding': 'br, gzip' })
    expect(res.status).toBe(404)
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(res.body)).toHaveProperty('error')
  })
})

describe('media', () => {
  it('are sent as stored, so that Range requests keep counting the file’s own bytes', async () => {
    const whole = await rawGet(server.base, '/media/captions.fr.vtt', { 'Accept-Encoding': 'br, gzip' })
    expect(whole.status).toBe(200)
    expect(whole.headers['content-encoding']).toBeUndefined()
    const part = await rawGet(server.base, '/media/captions.fr.vtt', { 'Accept-Encoding': 'gzip', Range: 'bytes=0-5' })
    expect(part.status).toBe(206)
    expect(part.headers['content-encoding']).toBeUndefined()
    expect(part.body).toBe('WEBVTT')
  })
})
