import { readFile, writeFile } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { probeUpload } from '../../../src/media/probe.ts'
import { checkUpload, sniff } from '../../../src/server/uploads/checks.ts'
import { DEFAULT_LIMITS } from '../../../src/server/uploads/limits.ts'
import { checkClientFilename } from '../../../src/server/uploads/names.ts'
import { sanitizeWebVtt } from '../../../src/server/uploads/webvtt.ts'
import { tempDir } from '../helpers.ts'
import { makeClip, makeInputs } from './fixtures.ts'

let dir: Awaited<ReturnType<typeof tempDir>>
let inputs: Awaited<ReturnType<typeof makeInputs>>
beforeAll(async () => {
  dir = await tempDir('checks')
  inputs = await makeInputs(dir.dir)
})
afterAll(() => dir.remove())

const out = () => path.join(dir.dir, `out-${Math.random().toString(36).slice(2)}`)

describe('sniff', () => {
  it('names formats by their first bytes, not their names', async () => {
    expect(sniff(await readFile(inputs.clip))).toBe('mp4')
    expect(sniff(await readFile(inputs.at('picture.png')))).toBe('png')
    expect(sniff(await readFile(inputs.at('picture.jpg')))).toBe('jpeg')
    expect(sniff(await readFile(inputs.at('passwd.mp4')))).toBeNull()
    expect(sniff(Buffer.alloc(0))).toBeNull()
  })
})

describe('probeUpload', () => {
  it('reads a real clip', async () => {
    const probe = await probeUpload(inputs.clip)
    expect(probe.durationSeconds).toBeCloseTo(2, 0)
    expect(probe.streams.map((s) => s.type).sort()).toEqual(['audio', 'video'])
  })

  it.each(['passwd.mp4', 'loopback.mp4', 'concat.mp4'])(
    'refuses %s (a playlist or a script renamed .mp4) even without the magic-bytes check',
    async (name) => {
      await expect(probeUpload(inputs.at(name))).rejects.toThrow()
    },
  )
})

describe('checkUpload', () => {
  it.each([
    ['passwd.mp4', 'not an MP4'],
    ['loopback.mp4', 'not an MP4'],
    ['concat.mp4', 'not an MP4'],
    ['empty.mp4', 'not an MP4'],
    ['picture.png', 'not an MP4'],
    ['truncated.mp4', 'cannot be read'],
    ['audio-only.mp4', 'no video stream'],
  ])('refuses %s as a video', async (name, reason) => {
    const result = await checkUpload('video', inputs.at(name), out(), DEFAULT_LIMITS)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.reason.en).toContain(reason)
      expect(result.reason.fr.length).toBeGreaterThan(5)
    }
  })

  it('accepts a clip, with or without sound', async () => {
    const a = await checkUpload('video', inputs.clip, out(), DEFAULT_LIMITS)
    expect(a).toMatchObject({ ok: true, checked: { kind: 'video', width: 320, height: 240, hasAudio: true } })
    const b = await checkUpload('video', inputs.noAudio, out(), DEFAULT_LIMITS)
    expect(b).toMatchObject({ ok: true, checked: { hasAudio: false } })
  })

  it('refuses a video over the duration and resolution limits', async () => {
    const short = { ...DEFAULT_LIMITS, maxDurationSeconds: 1 }
    expect(await checkUpload('video', inputs.clip, out(), short)).toMatchObject({ ok: false })
    const big = await makeClip(inputs.at('wide.mp4'), { size: '4100x64', seconds: 0.2, audio: false, rate: 5 })
    const result = await checkUpload('video', big, out(), DEFAULT_LIMITS)
    expect(result).toMatchObject({ ok: false, reason: { en: 'resolution too high (at most 4K)' } })
  })

  it.each(['poster.svg', 'poster.html', 'clip.mp4', 'empty.mp4'])(
    'refuses %s as a poster, leaving nothing',
    async (name) => {
      const target = out()
      const result = await checkUpload('poster', inputs.at(name), target, DEFAULT_LIMITS)
      expect(result).toMatchObject({ ok: false, reason: { en: 'the poster must be a JPEG, PNG or WebP picture' } })
      expect(existsSync(target)).toBe(false)
    },
  )

  it('re-encodes a PNG or JPEG poster to WebP', async () => {
    for (const name of ['picture.png', 'picture.jpg']) {
      const target = out()
      const result = await checkUpload('poster', inputs.at(name), target, DEFAULT_LIMITS)
      expect(result).toMatchObject({ ok: true, checked: { kind: 'poster', width: 64, height: 48 } })
      expect(sniff(await readFile(target))).toBe('webp')
    }
  })

  it('stores a picture drawn again, not the bytes sent: the metadata a poster carried is gone', async () => {
    // A PNG text chunk, as cameras and editors write (place, author, software), inserted before IEND.
    const png = await readFile(inputs.at('picture.png'))
    const data = Buffer.from('Comment\0SECRET-GPS 48.8566,2.3522', 'latin1')
    const type = Buffer.from('tEXt', 'latin1')
    const chunk = Buffer.alloc(12 + data.length)
    chunk.writeUInt32BE(data.length, 0)
    type.copy(chunk, 4)
    data.copy(chunk, 8)
    chunk.writeUInt32BE(crc32(Buffer.concat([type, data])), 8 + data.length)
    const iend = png.length - 12
    const tagged = inputs.at('tagged.png')
    await writeFile(tagged, Buffer.concat([png.subarray(0, iend), chunk, png.subarray(iend)]))
    expect((await readFile(tagged)).includes('SECRET-GPS')).toBe(true)
    const target = out()
    expect(await checkUpload('poster', tagged, target, DEFAULT_LIMITS)).toMatchObject({ ok: true })
    expect((await readFile(target)).includes('SECRET-GPS')).toBe(false)
  })

  it('refuses captions without WEBVTT or with a cue ending before it starts', async () => {
    const a = await checkUpload('captions', inputs.at('no-header.vtt'), out(), DEFAULT_LIMITS)
    expect(a).toMatchObject({ ok: false, reason: { en: 'the caption file must start with "WEBVTT"' } })
    const b = await checkUpload('captions', inputs.at('bad-timing.vtt'), out(), DEFAULT_LIMITS)
    expect(b).toMatchObject({ ok: false, reason: { en: 'cue 1: invalid timing' } })
  })

  it('keeps a cue that looks like HTML as text', async () => {
    const target = out()
    const result = await checkUpload('captions', inputs.at('xss.vtt'), target, DEFAULT_LIMITS)
    expect(result).toMatchObject({ ok: true, checked: { cues: 2 } })
    const text = await readFile(target, 'utf8')
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(text).not.toContain('<img')
    expect(text).toContain('<i>Merci</i>')
  })
})

describe('sanitizeWebVtt', () => {
  it('drops STYLE blocks and keeps cue identifiers and settings', () => {
    const result = sanitizeWebVtt(
      'WEBVTT - titre\r\n\r\nSTYLE\r\n::cue { color: red }\r\n\r\nintro\r\n00:01.000 --> 00:02.000 line:0\r\nSalut\r\n',
    )
    expect(result).toEqual({ ok: true, cues: 1, text: 'WEBVTT\n\nintro\n00:01.000 --> 00:02.000 line:0\nSalut\n' })
  })
})

describe('checkClientFilename', () => {
  it.each([
    '../../etc/passwd',
    '%2e%2e%2fsecret.mp4',
    'a\u0000.mp4',
    'gpj\u202e.mp4',
    'CON.mp4',
    'x'.repeat(10_000),
    '..',
    'dossier\\video.mp4',
  ])('refuses %#', (name) => {
    expect(checkClientFilename(name)).not.toBeNull()
  })

  it.each(['Démo finale (v2).mp4', 'affiche.png', 'sous-titres.en.vtt', 'console.mp4'])('accepts %j', (name) => {
    expect(checkClientFilename(name)).toBeNull()
  })
})
