import { execFile } from 'node:child_process'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  FIXTURE_MEDIA,
  frenchOnlyGallery,
  LONG_TITLE,
  PROTOTYPE_PAGES,
  prototypeIdsGallery,
  realDataGallery,
} from '../fixtures/galleries.ts'
import { tempDir } from '../server/helpers.ts'
import { ROOT, startHarness, type Harness } from './harness.ts'

// Galleries other than EIG's own, served by the real server to the real browser: what the archive's data and
// other programmes' manifests break.
const run = promisify(execFile)
let h: Harness
let page: Page
let dir = ''
let remove: () => Promise<void> = async () => {}

beforeAll(async () => {
  const temp = await tempDir('content')
  ;({ dir, remove } = temp)
  const galleryDir = path.join(dir, 'gallery')
  await mkdir(galleryDir)
  const galleries = [prototypeIdsGallery(), frenchOnlyGallery(), realDataGallery()]
  for (const doc of galleries) await writeFile(path.join(galleryDir, `${doc.exhibition.id}.json`), JSON.stringify(doc))
  // A media folder of its own: the fixtures' clip is a copy of EIG 4's ADEX, the shared demo media stay untouched.
  const mediaDir = path.join(dir, 'media')
  await cp(path.join(ROOT, 'media/demo/eig4/adex'), path.join(mediaDir, FIXTURE_MEDIA), { recursive: true })
  h = await startHarness({ galleryDir, mediaDir })
  page = await h.newPage()
})
afterAll(async () => {
  await page?.close()
  await h?.close()
  await remove()
})

const heading = () => page.locator('main h1').first()

async function open2d(url: string, lang = 'fr'): Promise<void> {
  await page.goto(`${h.baseUrl}${url}${url.includes('?') ? '&' : '?'}view=2d&lang=${lang}`)
  await heading().waitFor({ timeout: 20_000 })
}

describe('an exhibition whose ids are all Object.prototype property names', () => {
  it('shows every 2D page, with no error', async () => {
    for (const target of PROTOTYPE_PAGES) {
      await open2d(target.path)
      await expect.poll(() => heading().textContent(), { timeout: 15_000 }).toBe(target.heading)
      expect(await page.getByRole('alert').count(), target.path).toBe(0)
    }
    expect(h.errors).toEqual([])
  })

  it('opens its stand `constructor` in 3D, panel open, with no error', async () => {
    if (!(await h.webgl2())) return
    await page.goto(`${h.baseUrl}/constructor/constructor/constructor?view=3d&lang=fr`)
    await page.locator('canvas').first().waitFor({ timeout: 60_000 })
    const panel = page.getByTestId('stand-panel')
    await panel.waitFor({ timeout: 60_000 })
    expect(await panel.getByRole('heading', { level: 2 }).first().textContent()).toBe('Défi constructor')
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(h.errors).toEqual([])
  })
})

describe('a French-only exhibition', () => {
  it('keeps its content lang="fr" and offers no English switch, even with ?lang=en', async () => {
    await open2d('/francais/salle/defi', 'en')
    await expect.poll(() => heading().textContent()).toBe('Un défi')
    const langOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))
    expect(await langOf('main h1')).toBe('fr')
    expect(await langOf('main .fr-text--lead')).toBe('fr')
    expect(await page.getByTestId('language-switch').count()).toBe(0)
    // The visitor's English is remembered for the exhibitions that have it.
    await page.goto(`${h.baseUrl}/reel?view=2d`)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
  })
})

describe('what the archive’s real data holds', () => {
  it('plays a défi that has only an HLS playlist, fetching hls.js only when asked', async () => {
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname)
    })
    await open2d('/reel/sante/hls-seul')
    const hlsChunk = () => scripts.filter((s) => /\/hls-[\w-]+\.js$/.test(s))
    expect(hlsChunk()).toEqual([])
    await page.getByTestId('hls-play').click()
    await expect
      .poll(() => page.locator('main video').evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 })
      .toBeGreaterThan(0)
    // Chromium without native HLS fetched hls.js now; one with it played the playlist itself.
    const native = await page.evaluate(() =>
      document.createElement('video').canPlayType('application/vnd.apple.mpegurl'),
    )
    if (native === '') expect(hlsChunk().length).toBeGreaterThan(0)
  })

  it('shows "##" headings as headings, on the stand page and in the printed booklet', async () => {
    await open2d('/reel/sante/hls-seul')
    expect(await page.locator('main h3').allTextContents()).toEqual(
      expect.arrayContaining(['La problématique', 'Les étapes clés']),
    )
    expect(await page.getByTestId('coming-soon').textContent()).toBe('à venir')
    await open2d('/reel/booklet')
    expect(await page.locator('.booklet-description h4').allTextContents()).toEqual([
      'La problématique',
      'Les étapes clés',
    ])
    const file = path.join(dir, 'livret.pdf')
    await writeFile(file, await page.pdf({ format: 'A4' }))
    await run('pdftotext', ['-layout', file, `${file}.txt`])
    const text = await readFile(`${file}.txt`, 'utf8')
    expect(text).toContain('La problématique')
    expect(text).toContain('+200 000 visiteurs')
  })

  it('never scrolls sideways at 320 px with a 3,000-letter title, which is cut with its full text as tooltip', async () => {
    await page.setViewportSize({ width: 320, height: 640 })
    try {
      for (const url of ['/reel/sante/long', '/reel/sante', '/reel', '/reel/booklet']) {
        await open2d(url)
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
        expect(widths[0], url).toBeLessThanOrEqual(widths[1]!)
      }
      await open2d('/reel/sante/long')
      expect(await heading().getAttribute('title')).toBe(LONG_TITLE)
      const box = await heading().boundingBox()
      expect(box!.height).toBeLessThan(200)
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 })
    }
  })
})
