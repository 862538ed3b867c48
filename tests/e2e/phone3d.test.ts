import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Harness } from './harness.ts'
import { beforeAllVisit } from './pages.ts'
import { open3D, stats } from './scene3d.ts'

const [WIDTH, HEIGHT] = [390, 844]
let h: Harness
let page: Page
let cdp: CDPSession

beforeAllVisit(async (visit) => {
  ;({ h, page } = visit)
  // A phone: its size, and touch as the main pointer (`pointer: coarse`), which shows the walking stick.
  cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: WIDTH,
    height: HEIGHT,
    deviceScaleFactor: 1,
    mobile: true,
  })
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 })
})

type Box = { name: string; x: number; y: number; width: number; height: number }

/** Every control over the 3D view, with its box on screen. */
function controls(): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.v3d-overlays :is(a, button, input), .v3d-stick')]
      .map((el) => {
        const r = el.getBoundingClientRect()
        const name = el.classList.contains('v3d-stick')
          ? 'stick'
          : el.textContent?.trim() || (el.getAttribute('aria-label') ?? '')
        return { name, x: r.x, y: r.y, width: r.width, height: r.height }
      })
      .filter((b) => b.width > 0 && b.height > 0),
  )
}

/** Walking to a stand takes a glide of a few seconds. */
const LONG = { timeout: 20_000 }
const location = () => page.evaluate(() => window.__vernissage!.store.getState().location)
/** A finger's tap in the middle of an element, as the phone's touch screen sends it. */
async function tapOn(locator: ReturnType<Page['locator']>): Promise<void> {
  const box = await locator.boundingBox()
  expect(box).not.toBeNull()
  const [x, y] = [box!.x + box!.width / 2, box!.y + box!.height / 2]
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}
const tap = (name: string) => tapOn(page.getByRole('button', { name, exact: true }))

describe('the 3D view on a phone (390 × 844, touch)', () => {
  it('lays its controls out as 44 px targets, none on another, and leaves most of the screen to the view', async () => {
    await open3D(page, `${h.baseUrl}/eig4?view=3d&stats&lang=fr`)
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true)
    const boxes = await controls()
    expect(boxes.map((b) => b.name)).toEqual(
      expect.arrayContaining(['Version 2D', 'English', 'Visite guidée « Vernissage »', 'Stand suivant', 'stick']),
    )
    for (const b of boxes) {
      expect(b.width, b.name).toBeGreaterThanOrEqual(44)
      expect(b.height, b.name).toBeGreaterThanOrEqual(44)
      expect(b.x, b.name).toBeGreaterThanOrEqual(0)
      expect(b.y, b.name).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width, b.name).toBeLessThanOrEqual(WIDTH)
      expect(b.y + b.height, b.name).toBeLessThanOrEqual(HEIGHT)
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
          Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))
        expect(overlap, `${a.name} / ${b.name}`).toBe(0)
      }
    }
    // The overlays' boxes take at most a third of the screen.
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll('.v3d-overlays .v3d-box, .v3d-stick')]
        .map((el) => el.getBoundingClientRect())
        .reduce((sum, r) => sum + r.width * r.height, 0),
    )
    expect(covered / (WIDTH * HEIGHT)).toBeLessThan(1 / 3)
  })

  it('answers a tap on each control', async () => {
    await tapOn(page.locator('.v3d-search input'))
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search')
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

    await tapOn(page.getByTestId('language-switch-3d'))
    await expect.poll(() => page.locator('.v3d-overlays').getAttribute('lang')).toBe('en')
    await tapOn(page.getByTestId('language-switch-3d'))
    await expect.poll(() => page.locator('.v3d-overlays').getAttribute('lang')).toBe('fr')

    await tap('Stand suivant')
    await expect.poll(async () => (await location()) as unknown, LONG).toMatchObject({ defi: expect.any(String) })
    const first = ((await location()) as { defi: string }).defi
    await tap('Stand suivant')
    await expect.poll(async () => ((await location()) as { defi?: string }).defi, LONG).not.toBe(first)
    await tap('Stand précédent')
    await expect.poll(async () => ((await location()) as { defi?: string }).defi, LONG).toBe(first)
    const room = ((await location()) as { room?: string }).room
    await tap('Salle suivante')
    await expect.poll(async () => ((await location()) as { room?: string }).room, LONG).not.toBe(room)

    await tap('Visite guidée « Vernissage »')
    await expect.poll(() => page.evaluate(() => window.__vernissage!.store.getState().tour.status)).toBe('playing')
    await tap('Quitter la visite')
    await expect.poll(() => page.evaluate(() => window.__vernissage!.store.getState().tour.status)).toBe('off')

    // The stick: a thumb pushed up walks the visitor forward, and the view is drawn as it moves.
    await page.waitForTimeout(1500)
    const stick = await page.locator('.v3d-stick').boundingBox()
    const [x, y] = [stick!.x + stick!.width / 2, stick!.y + stick!.height / 2]
    const before = (await stats(page)).frames
    const probe = { x: 0, y: 1.6, z: -30 }
    const seen = await page.evaluate((p) => window.__vernissage!.project(p), probe)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    for (let k = 1; k <= 5; k++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 8 * k }] })
    }
    await page.waitForTimeout(800)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    expect((await stats(page)).frames).toBeGreaterThan(before)
    expect(await page.evaluate((p) => window.__vernissage!.project(p), probe)).not.toEqual(seen)

    await tapOn(page.getByRole('link', { name: 'Version 2D' }))
    await expect.poll(() => page.url()).toContain('view=2d')
    expect(h.errors).toEqual([])
  })
})
