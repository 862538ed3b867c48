import { describe, expect, it } from 'vitest'
import { detectCapabilities, isHlsUrl, planSources, resolveMediaUrl } from '../../src/video/source.ts'

const PAGE = 'https://vernissage.example/eig4/salle/donnees'
const ALL = { mse: true, nativeHls: true }
const SAFARI_IOS = { mse: false, nativeHls: true }
const OLD = { mse: false, nativeHls: false }

describe('isHlsUrl', () => {
  it('recognises a playlist by its pathname, whatever the query string or fragment', () => {
    expect(isHlsUrl('/media/eig4/adex/master.m3u8', PAGE)).toBe(true)
    expect(isHlsUrl('/media/eig4/adex/master.m3u8?v=3', PAGE)).toBe(true)
    expect(isHlsUrl('https://cdn.example/a/master.M3U8?token=x#t=10', PAGE)).toBe(true)
    expect(isHlsUrl('eig4/adex/master.m3u8', PAGE)).toBe(true)
  })

  it('does not mistake a file whose query mentions .m3u8 for a playlist', () => {
    expect(isHlsUrl('/media/eig4/adex/restitution.mp4?from=master.m3u8', PAGE)).toBe(false)
    expect(isHlsUrl('/media/eig4/adex/restitution.mp4', PAGE)).toBe(false)
    expect(isHlsUrl('http://[bad', PAGE)).toBe(false)
  })
})

describe('resolveMediaUrl', () => {
  it('puts manifest paths under the media base and leaves absolute ones alone', () => {
    expect(resolveMediaUrl('eig4/adex/master.m3u8', '/media/')).toBe('/media/eig4/adex/master.m3u8')
    expect(resolveMediaUrl('eig4/adex/master.m3u8', 'https://cdn.example/media')).toBe(
      'https://cdn.example/media/eig4/adex/master.m3u8',
    )
    expect(resolveMediaUrl('/uploads/preview.mp4', '/media/')).toBe('/uploads/preview.mp4')
    expect(resolveMediaUrl('blob:https://x/1', '/media/')).toBe('blob:https://x/1')
  })
})

describe('planSources', () => {
  const media = { hls: '/media/a/master.m3u8?v=2', mp4: '/media/a/restitution.mp4' }

  it('uses hls.js where Media Source Extensions exist, with the MP4 as fallback', () => {
    expect(planSources(media, ALL, PAGE)).toEqual([
      { kind: 'hls.js', url: media.hls },
      { kind: 'file', url: media.mp4 },
    ])
  })

  it("uses the element's own HLS when there is no MSE (Safari on older iOS)", () => {
    expect(planSources(media, SAFARI_IOS, PAGE)).toEqual([
      { kind: 'native-hls', url: media.hls },
      { kind: 'file', url: media.mp4 },
    ])
  })

  it('plays the MP4 when the browser can play HLS in no way', () => {
    expect(planSources(media, OLD, PAGE)).toEqual([{ kind: 'file', url: media.mp4 }])
  })

  it('leaves only the poster when there is no video at all, or only HLS that cannot be played', () => {
    expect(planSources({}, ALL, PAGE)).toEqual([])
    expect(planSources({ hls: media.hls }, OLD, PAGE)).toEqual([])
  })

  it('plays a non-playlist "hls" source as a plain file instead of handing it to hls.js', () => {
    expect(planSources({ hls: '/media/a/clip.mp4' }, ALL, PAGE)).toEqual([{ kind: 'file', url: '/media/a/clip.mp4' }])
  })
})

describe('detectCapabilities', () => {
  it('reports nothing it cannot see (Node has neither MSE nor a DOM)', () => {
    expect(detectCapabilities()).toEqual({ mse: false, nativeHls: false })
  })
})
