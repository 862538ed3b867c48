import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, limitsFromEnv } from '../../../src/server/uploads/limits.ts'
import { mergeMedia, uploadMediaFolder } from '../../../src/server/uploads/media.ts'
import { parseUploadMetadata } from '../../../src/server/uploads/routes.ts'

const b64 = (s: string) => Buffer.from(s).toString('base64')

describe('parseUploadMetadata', () => {
  it('reads tus pairs, a key without a value, and UTF-8 values', () => {
    expect(parseUploadMetadata(`kind ${b64('video')},filename ${b64('Démo.mp4')},is_confidential`)).toEqual({
      kind: 'video',
      filename: 'Démo.mp4',
      is_confidential: '',
    })
    expect(parseUploadMetadata(undefined)).toEqual({})
  })

  it.each([`kind ${b64('a')},kind ${b64('b')}`, 'kind not base64!', 'kind a b', 'bad key dmlkZW8='])(
    'refuses %j',
    (header) => {
      expect(parseUploadMetadata(header)).toBeNull()
    },
  )
})

describe('limitsFromEnv', () => {
  it('reads the README variables, and falls back to the defaults on nonsense', () => {
    const limits = limitsFromEnv({ UPLOAD_MAX_VIDEO_MB: '100', UPLOAD_MAX_MINUTES: '5', UPLOAD_MAX_POSTER_MB: 'lots' })
    expect(limits.maxBytes.video).toBe(100 * 1024 * 1024)
    expect(limits.maxDurationSeconds).toBe(300)
    expect(limits.maxBytes.poster).toBe(DEFAULT_LIMITS.maxBytes.poster)
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS)
  })
})

describe('mergeMedia', () => {
  it("replaces one language's captions, keeps the others and the rest of the media", () => {
    const current = {
      mp4: 'a.mp4',
      poster: { src: 'p.jpg', alt: 'Affiche' },
      captions: [
        { lang: 'fr', src: 'fr.vtt', label: 'Français' },
        { lang: 'en', src: 'en.vtt' },
      ],
    }
    expect(mergeMedia(current, { captions: [{ lang: 'en', src: 'new-en.vtt' }] })).toEqual({
      mp4: 'a.mp4',
      poster: { src: 'p.jpg', alt: 'Affiche' },
      captions: [
        { lang: 'en', src: 'new-en.vtt' },
        { lang: 'fr', src: 'fr.vtt', label: 'Français' },
      ],
    })
    expect(mergeMedia(undefined, { hls: 'm.m3u8', durationSeconds: 3 })).toEqual({ hls: 'm.m3u8', durationSeconds: 3 })
  })
})

describe('uploadMediaFolder', () => {
  it('builds the folder from ids, and refuses anything that is not one', () => {
    expect(uploadMediaFolder('eig4', 'adex', 'ab12')).toBe('uploads/eig4/adex/ab12')
    expect(() => uploadMediaFolder('eig4', '../etc', 'ab12')).toThrow()
    expect(() => uploadMediaFolder('', 'adex', 'ab12')).toThrow()
  })
})
