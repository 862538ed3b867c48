import { mkdir, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseMasterPlaylist, parseMediaPlaylist } from '../../src/media/hlsMaster.ts'
import { ladderRungs, transcodeLadder } from '../../src/media/ladder.ts'
import { probeUpload } from '../../src/media/probe.ts'
import { tempDir } from '../server/helpers.ts'
import { makeClip } from '../server/uploads/fixtures.ts'

describe('ladderRungs', () => {
  it('never goes above the source, by its short side', () => {
    expect(ladderRungs({ width: 1920, height: 1080 }).map((r) => r.name)).toEqual(['360p', '720p', '1080p'])
    expect(ladderRungs({ width: 1280, height: 720 }).map((r) => `${r.width}x${r.height}`)).toEqual([
      '640x360',
      '1280x720',
    ])
    expect(ladderRungs({ width: 1080, height: 1920 }).map((r) => `${r.width}x${r.height}`)).toEqual([
      '360x640',
      '720x1280',
      '1080x1920',
    ])
    expect(ladderRungs({ width: 320, height: 240 }).map((r) => `${r.width}x${r.height}`)).toEqual(['320x240'])
  })
})

describe('transcodeLadder', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>
  beforeAll(async () => {
    dir = await tempDir('ladder')
  })
  afterAll(() => dir.remove())

  async function ladderOf(clip: string, poster: boolean) {
    const probe = await probeUpload(clip)
    const video = probe.streams.find((s) => s.type === 'video')!
    const out = path.join(dir.dir, path.basename(clip, '.mp4'))
    await mkdir(out)
    const progress: number[] = []
    const source = {
      width: video.width!,
      height: video.height!,
      hasAudio: probe.streams.some((s) => s.type === 'audio'),
      durationSeconds: probe.durationSeconds,
    }
    const result = await transcodeLadder(clip, source, out, { poster, onProgress: (f) => progress.push(f) })
    return { out, result, progress }
  }

  it('makes a ladder with a master listing bandwidth, resolution and codecs, an MP4 and a poster', async () => {
    const clip = await makeClip(path.join(dir.dir, 'src720.mp4'), { size: '1280x720', seconds: 5, rate: 10 })
    const { out, result, progress } = await ladderOf(clip, true)
    expect(result.rungs.map((r) => r.name)).toEqual(['360p', '720p'])
    const variants = parseMasterPlaylist(await readFile(path.join(out, 'master.m3u8'), 'utf8'))
    expect(variants.map((v) => v.attributes.RESOLUTION)).toEqual(['640x360', '1280x720'])
    for (const v of variants) {
      expect(Number(v.attributes.BANDWIDTH)).toBeGreaterThan(0)
      expect(v.attributes.CODECS).toMatch(/avc1\.[0-9a-fA-F]{6},mp4a\.40\.2/)
      const playlist = parseMediaPlaylist(await readFile(path.join(out, v.uri), 'utf8'))
      expect(playlist.vod).toBe(true)
      expect(playlist.map).toMatch(/^init_\d\.mp4$/)
      // 5 s in segments of 4 s: two segments, the first exactly 4 s long.
      expect(playlist.segments.map((s) => Math.round(s.seconds))).toEqual([4, 1])
    }
    expect((await readdir(out)).sort()).toEqual(['hls', 'master.m3u8', 'poster.jpg', 'video.mp4'])
    const mp4 = await readFile(path.join(out, 'video.mp4'))
    // faststart: the index (moov) comes before the media data (mdat).
    expect(mp4.indexOf('moov')).toBeLessThan(mp4.indexOf('mdat'))
    // The fallback is the 720p rendition, sound included, whole.
    const fallback = await probeUpload(path.join(out, 'video.mp4'))
    expect(fallback.streams.map((s) => `${s.type}:${s.width ?? ''}`)).toEqual(['video:1280', 'audio:'])
    expect(fallback.durationSeconds).toBeCloseTo(5, 0)
    expect(progress.at(-1)).toBe(1)
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true)
  })

  it('handles a source without sound', async () => {
    const clip = await makeClip(path.join(dir.dir, 'mute.mp4'), { audio: false, seconds: 1 })
    const { out } = await ladderOf(clip, false)
    const variants = parseMasterPlaylist(await readFile(path.join(out, 'master.m3u8'), 'utf8'))
    expect(variants).toHaveLength(1)
    expect(variants[0]!.attributes.CODECS).not.toContain('mp4a')
    expect((await probeUpload(path.join(out, 'video.mp4'))).streams.map((s) => s.type)).toEqual(['video'])
  })
})
