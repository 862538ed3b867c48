import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlayerRequest } from '../../src/video/player.ts'
import { CLIP, FIRST_CUES, startVideoRig, type VideoRig } from '../video/e2e/rig.ts'

let rig: VideoRig

beforeAll(async () => {
  rig = await startVideoRig()
})

afterAll(async () => {
  await rig?.close()
})

const clip = (key: string, priority: number, extra: Partial<PlayerRequest> = {}): PlayerRequest => ({
  key,
  hls: CLIP.hls,
  mp4: CLIP.mp4,
  poster: CLIP.poster,
  captions: [...CLIP.captions],
  lang: 'fr',
  priority,
  screenHeightPx: 400,
  ...extra,
})

const view = (page: Page, key: string) => page.evaluate((k) => window.videoTest.view(k), key)

async function waitForState(page: Page, key: string, state: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(([k, s]) => window.videoTest.view(k!).state === s, [key, state], { timeout })
}

async function waitForProgress(page: Page, key: string, seconds: number): Promise<void> {
  await page.waitForFunction(
    ([k, t]) => window.videoTest.view(k as string).currentTime > (t as number),
    [key, seconds],
    {
      timeout: 15_000,
    },
  )
}

const hlsModuleFetches = () => rig.count((url) => url === '/vendor/hls.mjs')

describe('video pool in Chromium', () => {
  it('plays HLS through hls.js, fetched once and only when the first HLS stand asks for it', async () => {
    const before = hlsModuleFetches()
    const page = await rig.open()
    await page.evaluate(() => window.videoTest.start())
    await page.evaluate((r) => window.videoTest.acquire(r), clip('mp4-only', 1, { hls: undefined }))
    await waitForState(page, 'mp4-only', 'playing')
    expect((await view(page, 'mp4-only')).source).toBe('file')
    expect(hlsModuleFetches() - before).toBe(0)

    await page.evaluate((r) => window.videoTest.acquire(r), clip('a', 5))
    await page.evaluate((r) => window.videoTest.acquire(r), clip('b', 4))
    await waitForState(page, 'a', 'playing')
    await waitForProgress(page, 'a', 1.5)
    const a = await view(page, 'a')
    expect(a.source).toBe('hls.js')
    // requestVideoFrameCallback fires for an element outside the page: the scene gets one call per new frame.
    expect(a.frames).toBeGreaterThan(5)
    expect(a.muted).toBe(true)
    await waitForState(page, 'b', 'playing')
    expect(hlsModuleFetches() - before).toBe(1)
    await page.close()
  })

  it('keeps at most two decoders: the two highest priorities play, the others show their posters', async () => {
    const page = await rig.open()
    await page.evaluate(() => window.videoTest.start())
    for (const [key, priority] of [
      ['p1', 1],
      ['p2', 2],
      ['p3', 3],
      ['p4', 4],
      ['p5', 5],
      ['off', 0],
    ] as const) {
      await page.evaluate((r) => window.videoTest.acquire(r), clip(key, priority))
    }
    await waitForState(page, 'p5', 'playing')
    await waitForState(page, 'p4', 'playing')
    expect(await page.evaluate(() => window.videoTest.activeDecoders())).toBe(2)
    for (const key of ['p1', 'p2', 'p3', 'off']) {
      expect(await view(page, key)).toMatchObject({ state: 'poster', hasVideo: false })
    }

    // The visitor turns to stand 1: it takes the decoder of the lowest of the two that were playing.
    await page.evaluate(() => window.videoTest.setPriority('p1', 10))
    await waitForState(page, 'p1', 'playing')
    expect((await view(page, 'p4')).state).toBe('poster')
    expect((await view(page, 'p5')).state).toBe('playing')
    expect(await page.evaluate(() => window.videoTest.activeDecoders())).toBe(2)

    for (const key of ['p1', 'p2', 'p3', 'p4', 'off']) await page.evaluate((k) => window.videoTest.release(k), key)
    expect(await page.evaluate(() => window.videoTest.activeDecoders())).toBe(1)
    await page.evaluate(() => window.videoTest.release('p5'))
    expect(await page.evaluate(() => window.videoTest.activeDecoders())).toBe(0)
    // Two elements served six stands, and released ones hold no source: their decoders are free.
    const elements = await page.evaluate(() => window.videoTest.elements())
    expect(elements).toHaveLength(2)
    expect(elements).toEqual([
      { src: null, empty: true },
      { src: null, empty: true },
    ])
    await page.close()
  })

  it('falls back to the MP4 when the HLS playlist is missing, without asking for it again', async () => {
    const page = await rig.open()
    await page.evaluate(() => window.videoTest.start())
    await page.evaluate((r) => window.videoTest.acquire(r), clip('gone', 1, { hls: 'missing/master.m3u8?v=1' }))
    await waitForState(page, 'gone', 'playing')
    await waitForProgress(page, 'gone', 1)
    expect((await view(page, 'gone')).source).toBe('file')
    expect(rig.count((url) => url.startsWith('/media/missing/master.m3u8'))).toBe(1)
    await page.close()
  })

  it('ends in a failed state with a message, and no request loop, when nothing can be played', async () => {
    const page = await rig.open()
    await page.evaluate(() => window.videoTest.start())
    const started = Date.now()
    await page.evaluate(
      (r) => window.videoTest.acquire(r),
      clip('dead', 3, { hls: 'nowhere/master.m3u8', mp4: 'nowhere/a.mp4' }),
    )
    await page.evaluate((r) => window.videoTest.acquire(r), clip('next', 1))
    await waitForState(page, 'dead', 'failed', 5_000)
    expect(Date.now() - started).toBeLessThan(5_000)
    const dead = await view(page, 'dead')
    expect(dead.hasVideo).toBe(false)
    expect(dead.error?.fr).toMatch(/introuvable/)
    expect(dead.error?.en).toMatch(/cannot be found/)
    // The failed stand gave its decoder back; another stand uses it.
    await waitForState(page, 'next', 'playing')
    await page.waitForTimeout(3_000)
    expect(rig.count((url) => url.startsWith('/media/nowhere/'))).toBeLessThanOrEqual(2)
    expect((await view(page, 'dead')).state).toBe('failed')
    await page.close()
  })

  it('gives up on a server that never answers, instead of loading forever', async () => {
    const page = await rig.open()
    await page.evaluate(() => window.videoTest.start({ loadTimeoutMs: 1_500 }))
    await page.evaluate(() =>
      window.videoTest.acquire({
        key: 'mute',
        mp4: '/hang/restitution.mp4',
        lang: 'en',
        priority: 1,
        screenHeightPx: 400,
      }),
    )
    await waitForState(page, 'mute', 'failed', 5_000)
    expect((await view(page, 'mute')).error?.en).toMatch(/not responding/)
    expect(await page.evaluate(() => window.videoTest.activeDecoders())).toBe(0)
    await page.close()
  })

  it('recovers from segments that fail for a while (503), with hls.js giving up at once', async () => {
    const page = await rig.open()
    await page.evaluate(() =>
      window.videoTest.start({
        hlsConfig: {
          fragLoadPolicy: {
            default: {
              maxTimeToFirstByteMs: 8000,
              maxLoadTimeMs: 20000,
              timeoutRetry: null,
              errorRetry: null,
            },
          },
        },
      }),
    )
    await page.evaluate(() =>
      window.videoTest.acquire({
        key: 'flaky',
        hls: '/flaky/clip/master.m3u8',
        lang: 'fr',
        priority: 1,
        screenHeightPx: 400,
      }),
    )
    await waitForState(page, 'flaky', 'playing')
    await waitForProgress(page, 'flaky', 1)
    expect(rig.count((url) => url.startsWith('/flaky/') && url.endsWith('.m4s'))).toBeGreaterThan(3)
    expect((await view(page, 'flaky')).source).toBe('hls.js')
    await page.close()
  })

  const segmentsSince = (mark: number) => (rendition: string) =>
    rig.count((url) => new RegExp(`^/media/clip/[^/]+/${rendition}/seg-\\d+\\.m4s$`).test(url), mark)

  it('caps the rendition to the height of the screen on screen', async () => {
    const page = await rig.open()
    const segments = segmentsSince(rig.requests.length)
    await page.evaluate(() => window.videoTest.start())
    await page.evaluate((r) => window.videoTest.acquire(r), clip('small', 1, { screenHeightPx: 150, mp4: undefined }))
    await waitForProgress(page, 'small', 1)
    expect((await view(page, 'small')).videoHeight).toBe(240)
    expect(segments('240p')).toBeGreaterThan(0)
    expect(segments('480p')).toBe(0)
    await page.close()
  })

  it('lowers the cap while playing when the screen shrinks on screen', async () => {
    const page = await rig.open()
    const segments = segmentsSince(rig.requests.length)
    // A one-second buffer leaves the second segment to fetch after the change; a generous bandwidth estimate makes
    // hls.js start on the sharp rendition, so that only the cap can bring it down.
    await page.evaluate(() =>
      window.videoTest.start({
        hlsConfig: { maxBufferLength: 1, maxMaxBufferLength: 1, abrEwmaDefaultEstimate: 50_000_000 },
      }),
    )
    await page.evaluate((r) => window.videoTest.acquire(r), clip('near', 1, { screenHeightPx: 700, mp4: undefined }))
    await waitForState(page, 'near', 'playing')
    expect(segments('480p')).toBeGreaterThan(0)
    expect(segments('240p')).toBe(0)

    // The visitor steps back: the screen is now 150 px tall, and the next segment comes from the 240p rendition.
    await page.evaluate(() => window.videoTest.setScreenHeight('near', 150))
    await expect.poll(() => segments('240p'), { timeout: 15_000, interval: 250 }).toBeGreaterThan(0)
    await page.close()
  })

  it('shows the caption cue in the interface language and switches with it', async () => {
    const page = await rig.open()
    await page.evaluate(() => window.videoTest.start())
    await page.evaluate((r) => window.videoTest.acquire(r), clip('talk', 1))
    await page.waitForFunction((text) => window.videoTest.view('talk').cueText === text, FIRST_CUES.fr, {
      timeout: 10_000,
    })
    await page.evaluate(() => window.videoTest.setLanguage('en'))
    await page.waitForFunction((text) => window.videoTest.view('talk').cueText === text, FIRST_CUES.en, {
      timeout: 5_000,
    })

    // A stand with English captions only still shows them to a visitor reading the interface in French.
    const englishOnly = clip('english-only', 1, { captions: CLIP.captions.filter((c) => c.lang === 'en') })
    await page.evaluate((r) => window.videoTest.acquire(r), englishOnly)
    await page.evaluate(() => window.videoTest.setLanguage('fr'))
    await page.waitForFunction((text) => window.videoTest.view('english-only').cueText === text, FIRST_CUES.en, {
      timeout: 10_000,
    })
    expect((await view(page, 'talk')).cueText).toBe(FIRST_CUES.fr)
    await page.close()
  })

  it('unmutes one player on request and keeps the others silent', async () => {
    const page = await rig.open()
    await page.evaluate(() => window.videoTest.start())
    await page.evaluate((r) => window.videoTest.acquire(r), clip('left', 2))
    await page.evaluate((r) => window.videoTest.acquire(r), clip('right', 1))
    await waitForState(page, 'right', 'playing')
    await page.evaluate(() => window.videoTest.act('left', 'unmute'))
    expect((await view(page, 'left')).muted).toBe(false)
    await page.evaluate(() => window.videoTest.act('right', 'unmute'))
    expect((await view(page, 'left')).muted).toBe(true)
    expect((await view(page, 'right')).muted).toBe(false)
    await page.evaluate(() => window.videoTest.act('right', 'pause'))
    await waitForState(page, 'right', 'paused')
    await page.close()
  })

  it("uses the browser's own HLS when Media Source Extensions are missing", async () => {
    const page = await rig.open(() => {
      Reflect.deleteProperty(window, 'MediaSource')
      Reflect.deleteProperty(window, 'ManagedMediaSource')
    })
    await page.evaluate(() => window.videoTest.start())
    await page.evaluate((r) => window.videoTest.acquire(r), clip('native', 1))
    await waitForProgress(page, 'native', 1)
    expect((await view(page, 'native')).source).toBe('native-hls')
    await page.close()
  })

  it('plays the MP4 in a browser with neither MSE nor native HLS', async () => {
    const before = hlsModuleFetches()
    const page = await rig.open(() => {
      Reflect.deleteProperty(window, 'MediaSource')
      Reflect.deleteProperty(window, 'ManagedMediaSource')
      const canPlayType = HTMLMediaElement.prototype.canPlayType
      HTMLMediaElement.prototype.canPlayType = function (type: string) {
        return type.includes('mpegurl') ? '' : canPlayType.call(this, type)
      }
    })
    await page.evaluate(() => window.videoTest.start())
    await page.evaluate((r) => window.videoTest.acquire(r), clip('old', 1))
    await waitForProgress(page, 'old', 1)
    expect((await view(page, 'old')).source).toBe('file')
    expect(hlsModuleFetches() - before).toBe(0)
    await page.close()
  })

  it('holds a decoder while a React stand is mounted and frees it on unmount', async () => {
    const page = await rig.open()
    await page.evaluate(() => window.videoTest.start())
    await page.evaluate((r) => window.videoTest.mountStand(r), clip('react', 1))
    await page.locator('[data-testid="stand"][data-state="playing"]').waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => window.videoTest.activeDecoders())).toBe(1)
    await page.evaluate(() => window.videoTest.unmountStand())
    expect(await page.evaluate(() => window.videoTest.activeDecoders())).toBe(0)
    expect(await page.evaluate(() => window.videoTest.elements())).toEqual([{ src: null, empty: true }])
    await page.close()
  })
})
