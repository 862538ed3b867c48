import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureDemoMedia } from '../../src/media/demo.ts'
import { probeMedia, runFfprobe } from '../../src/media/ffmpeg.ts'
import { parseMasterPlaylist, parseMediaPlaylist } from '../../src/media/hlsMaster.ts'

const FIXTURE = path.join(import.meta.dirname, '../fixtures/valid/minimal.json')
const SET = 'demo/demo/adex'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function manifest(title: string): Promise<string> {
  const doc = JSON.parse(await readFile(FIXTURE, 'utf8')) as Json
  doc.defis[0].title = title
  doc.defis[0].media.durationSeconds = 10
  return JSON.stringify(doc)
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

let gallery: string
let media: string

beforeAll(async () => {
  gallery = await mkdtemp(path.join(tmpdir(), 'vernissage-gallery-'))
  media = await mkdtemp(path.join(tmpdir(), 'vernissage-media-'))
  await writeFile(path.join(gallery, 'demo.json'), await manifest('ADEX'))
  // A défi without its administration: the manifest does not validate.
  const broken = JSON.parse(await manifest('Cassé')) as Json
  delete broken.defis[0].administration
  broken.defis[0].media.hls = 'demo/broken/master.m3u8'
  await writeFile(path.join(gallery, 'broken.json'), JSON.stringify(broken))
})

afterAll(async () => {
  await rm(gallery, { recursive: true, force: true })
  await rm(media, { recursive: true, force: true })
})

describe('ensureDemoMedia', () => {
  it('makes a 10 s set at the paths the manifest names, and reports the broken manifest', async () => {
    const result = await ensureDemoMedia({ galleryDir: gallery, mediaDir: media })
    expect(result).toMatchObject({ made: 1, skipped: 0, failed: 0 })
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]!.file).toMatch(/broken\.json$/)
    expect(result.problems[0]!.message.en).toMatch(/invalid manifest, skipped.*administration/)
    expect(await exists(path.join(media, 'demo/broken'))).toBe(false)

    const mp4 = await probeMedia(path.join(media, SET, 'restitution.mp4'))
    expect(mp4.streams.map((s) => s.codec).sort()).toEqual(['aac', 'h264'])
    expect(Math.abs(mp4.durationSeconds - 10)).toBeLessThan(0.5)

    const master = await readFile(path.join(media, SET, 'master.m3u8'), 'utf8')
    const variants = parseMasterPlaylist(master)
    expect(variants.map((v) => v.attributes.RESOLUTION)).toEqual(['854x480', '426x240'])
    let bytes = 0
    for (const variant of variants) {
      expect(variant.attributes.CODECS).toMatch(/^avc1\.[0-9a-f]{6},mp4a\.40\.2$/)
      expect(Number(variant.attributes.BANDWIDTH)).toBeGreaterThan(10_000)
      const file = path.join(media, SET, variant.uri)
      const playlist = parseMediaPlaylist(await readFile(file, 'utf8'))
      expect(playlist.vod).toBe(true)
      expect(playlist.map).toMatch(/\.mp4$/)
      expect(await exists(path.join(path.dirname(file), playlist.map!))).toBe(true)
      expect(playlist.segments.length).toBeGreaterThanOrEqual(2)
      const init = await readFile(path.join(path.dirname(file), playlist.map!))
      let start = 0
      for (const segment of playlist.segments) {
        expect(segment.uri).toMatch(/\.m4s$/)
        const data = await readFile(path.join(path.dirname(file), segment.uri))
        bytes += data.length
        // Each segment carries the sound of its own seconds: audio filed in a later segment is a gap, then a jump.
        const joined = path.join(media, 'joined.mp4')
        await writeFile(joined, Buffer.concat([init, data]))
        const csv = await runFfprobe(['-show_entries', 'packet=codec_type,pts_time', '-of', 'csv=p=0', joined])
        await rm(joined)
        const audio = csv
          .trim()
          .split('\n')
          .filter((line) => line.startsWith('audio,'))
          .map((line) => Number(line.split(',')[1]))
        expect(Math.min(...audio)).toBeCloseTo(start, 0)
        expect(Math.max(...audio)).toBeGreaterThan(start + segment.seconds - 0.5)
        start += segment.seconds
      }
      const seconds = playlist.segments.reduce((a, s) => a + s.seconds, 0)
      expect(Math.abs(seconds - 10)).toBeLessThan(0.5)
    }
    const ladder = await probeMedia(path.join(media, SET, variants[1]!.uri))
    expect(ladder.streams.map((s) => `${s.type}:${s.codec}`).sort()).toEqual(['audio:aac', 'video:h264'])

    const vtt = await readFile(path.join(media, SET, 'captions.fr.vtt'), 'utf8')
    const said = vtt.replace(/\s+/g, ' ')
    expect(vtt.startsWith('WEBVTT')).toBe(true)
    const ends = [...vtt.matchAll(/--> 00:00:(\d\d\.\d\d\d)/g)].map((m) => Number(m[1]))
    expect(ends.length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...ends)).toBeLessThanOrEqual(10)
    expect(said).toContain('ADEX')
    expect(said).toContain('Haute Autorité de Santé')

    const poster = await readFile(path.join(media, SET, 'poster.jpg'))
    expect([...poster.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    expect((await probeMedia(path.join(media, SET, 'poster.jpg'))).streams[0]).toMatchObject({ width: 1280, height: 720 })

    expect(bytes).toBeGreaterThan(0)
    expect(result.bytes).toBeGreaterThan(bytes)
    expect(result.bytes).toBeLessThan(400 * 1024)
  })

  it('skips the set on a second run', async () => {
    const result = await ensureDemoMedia({ galleryDir: gallery, mediaDir: media })
    expect(result).toMatchObject({ made: 0, skipped: 1, failed: 0 })
    expect(result.bytes).toBeGreaterThan(50_000)
  })

  it('makes the set again when its title changes, and drops the old ladder', async () => {
    // Quotes, colons, brackets and % would break an ffmpeg filter graph if the text were written into it.
    const title = "L'ADEX : [v2], 100 % d'intérêts ; fin"
    await writeFile(path.join(gallery, 'demo.json'), await manifest(title))
    const result = await ensureDemoMedia({ galleryDir: gallery, mediaDir: media })
    expect(result).toMatchObject({ made: 1, skipped: 0 })
    const vtt = await readFile(path.join(media, SET, 'captions.fr.vtt'), 'utf8')
    expect(vtt.replace(/\s+/g, ' ')).toContain(title)
    const entries = await readdir(path.join(media, SET))
    expect(entries.filter((e) => e.startsWith('master-'))).toHaveLength(1)
    expect(entries.filter((e) => e.includes('.tmp-'))).toEqual([])
  })

  it('leaves nothing that looks finished when the run is stopped, and finishes it next time', async () => {
    const fresh = await mkdtemp(path.join(tmpdir(), 'vernissage-media-'))
    try {
      const controller = new AbortController()
      const run = ensureDemoMedia({
        galleryDir: gallery,
        mediaDir: fresh,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.fraction > 0 && p.done === 0) controller.abort(new Error('stop'))
        },
      })
      await expect(run).rejects.toThrow('stop')
      expect(await exists(path.join(fresh, SET, 'master.m3u8'))).toBe(false)
      expect(await readdir(path.join(fresh, SET))).toEqual([])
      const again = await ensureDemoMedia({ galleryDir: gallery, mediaDir: fresh })
      expect(again).toMatchObject({ made: 1, skipped: 0 })
    } finally {
      await rm(fresh, { recursive: true, force: true })
    }
  })
})
