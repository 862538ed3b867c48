import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mediaCacheControl } from '../../src/server/media.ts'
import { listen, rawGet, tempDir, type Running } from './helpers.ts'

let server: Running
let root: Awaited<ReturnType<typeof tempDir>>
let media: string
let segment: Buffer

beforeAll(async () => {
  root = await tempDir('media')
  media = path.join(root.dir, 'media')
  const hls = path.join(media, 'demo', 'eig4', 'adex', 'hls')
  await mkdir(hls, { recursive: true })
  // A real two-second fMP4 HLS rendition, as the demo media are made: init.mp4, .m4s segments, a playlist.
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=size=128x72:rate=10', '-t', '2'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-g', '10', '-f', 'hls', '-hls_time', '1'],
    ...['-hls_playlist_type', 'vod', '-hls_segment_type', 'fmp4', '-hls_fmp4_init_filename', 'init.mp4'],
    ...['-hls_segment_filename', path.join(hls, 'seg-%d.m4s'), path.join(hls, 'index.m3u8')],
  ])
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=size=128x72:rate=10', '-t', '1'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-movflags', '+faststart'],
    path.join(media, 'demo', 'eig4', 'adex', 'restitution.mp4'),
  ])
  const dir = path.join(media, 'demo', 'eig4', 'adex')
  await writeFile(path.join(dir, 'captions.fr.vtt'), 'WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour à tous\n')
  for (const image of ['poster.jpg', 'poster.png', 'poster.webp']) {
    execFileSync('ffmpeg', [
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=64x36',
      '-frames:v',
      '1',
      path.join(dir, image),
    ])
  }
  await writeFile(path.join(media, '.stamp.json'), '{"secret":true}')
  await mkdir(path.join(media, '.cache'))
  await writeFile(path.join(media, '.cache', 'x.mp4'), 'hidden')
  await writeFile(path.join(media, 'upload.part'), 'half an upload')
  await writeFile(path.join(root.dir, 'outside.json'), '{"outside":true}')
  segment = await readFile(path.join(hls, 'seg-1.m4s'))
  server = await listen({ galleryDir: root.dir, mediaDir: media, distDir: path.join(root.dir, 'dist') })
})

afterAll(async () => {
  await server.close()
  await root.remove()
})

const at = (file: string) => `${server.base}/media/demo/eig4/adex/${file}`

describe('GET /media/*', () => {
  it.each([
    ['hls/index.m3u8', 'application/vnd.apple.mpegurl', 'no-cache'],
    ['hls/init.mp4', 'video/mp4', 'public, max-age=31536000, immutable'],
    ['hls/seg-0.m4s', 'video/iso.segment', 'public, max-age=31536000, immutable'],
    ['restitution.mp4', 'video/mp4', 'no-cache'],
    ['captions.fr.vtt', 'text/vtt; charset=utf-8', 'no-cache'],
    ['poster.jpg', 'image/jpeg', 'no-cache'],
    ['poster.png', 'image/png', 'no-cache'],
    ['poster.webp', 'image/webp', 'no-cache'],
  ])('serves %s as %s with Cache-Control "%s"', async (file, type, cache) => {
    const res = await fetch(at(file))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(type)
    expect(res.headers.get('cache-control')).toBe(cache)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0)
  })

  it('answers a Range request with 206 and exactly the bytes asked for', async () => {
    const res = await fetch(at('hls/seg-1.m4s'), { headers: { Range: 'bytes=100-1099' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(res.headers.get('content-range')).toBe(`bytes 100-1099/${segment.length}`)
    expect(Buffer.from(await res.arrayBuffer()).equals(segment.subarray(100, 1100))).toBe(true)
  })

  it('answers an open-ended Range with the rest of the file', async () => {
    const res = await fetch(at('hls/seg-1.m4s'), { headers: { Range: `bytes=${segment.length - 10}-` } })
    expect(res.status).toBe(206)
    expect(Buffer.from(await res.arrayBuffer()).equals(segment.subarray(segment.length - 10))).toBe(true)
  })

  it('answers 416 to a Range beyond the end', async () => {
    const res = await fetch(at('hls/seg-1.m4s'), { headers: { Range: `bytes=${segment.length + 10}-` } })
    expect(res.status).toBe(416)
  })

  it('answers 304 to a revalidation of an unchanged playlist', async () => {
    const first = await fetch(at('hls/index.m3u8'))
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await rawGet(server.base, '/media/demo/eig4/adex/hls/index.m3u8', { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
  })

  it.each(['.stamp.json', '.cache/x.mp4', 'upload.part', 'demo/', 'demo', '', 'demo/eig4/adex/missing.mp4'])(
    'does not serve /media/%s (dotfiles, unknown types, folders, missing files)',
    async (file) => {
      const res = await fetch(`${server.base}/media/${file}`)
      expect(res.status).toBe(404)
      expect(await res.text()).not.toMatch(/secret|hidden|half an upload|seg-0/)
    },
  )
})

describe('paths that try to leave the media folder', () => {
  it.each([
    '/media/../outside.json',
    '/media/demo/../../outside.json',
    '/media/%2e%2e/outside.json',
    '/media/%2E%2E/outside.json',
    '/media/demo%2f..%2f..%2foutside.json',
    '/media/..%2foutside.json',
    '/media/..%5coutside.json',
    '/media/..\\outside.json',
    '/media//etc/passwd',
    '/media/%2fetc%2fpasswd',
    '/media/%00.mp4',
    '/media/./demo/eig4/adex/poster.jpg',
    '/gallery/../media/demo/eig4/adex/poster.jpg',
  ])('refuses %s with 400 or 404 and shows nothing of the file', async (rawPath) => {
    const { status, body } = await rawGet(server.base, rawPath)
    expect([400, 404]).toContain(status)
    expect(body).not.toContain('outside')
    expect(body).not.toContain('root:')
  })
})

describe('mediaCacheControl', () => {
  const IMMUTABLE = 'public, max-age=31536000, immutable'
  it.each(['a/240p/seg-12.m4s', 'a/240p/init.mp4', 'a/240p/init_1.mp4', 'a/init-720p.mp4', 'a/SEG.M4S'])(
    'caches the segment %s for a year',
    (file) => expect(mediaCacheControl(file)).toBe(IMMUTABLE),
  )
  it.each(['a/restitution.mp4', 'a/initiative.mp4', 'a/master.m3u8', 'a/240p/index.m3u8', 'a/poster.jpg'])(
    'has %s revalidated',
    (file) => expect(mediaCacheControl(file)).toBe('no-cache'),
  )
})
