import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localize, type Manifest } from '../../src/manifest/index.ts'
import type { ExhibitionSummary } from '../../src/server/catalogue.ts'
import { startHarness, type Harness } from './harness.ts'

let h: Harness

// From a clean clone this builds the app and makes every demo clip with ffmpeg: minutes on two cores.
// Later runs find both up to date and start in seconds.
beforeAll(async () => {
  h = await startHarness()
}, 900_000)

afterAll(async () => {
  await h?.close()
})

async function api<T>(path: string): Promise<T> {
  const res = await fetch(h.baseUrl + path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

describe('smoke: the real server in a real Chromium', () => {
  // The smoke test's "no console errors" means something only if errors are caught: prove it on a page that fails.
  it('collects console errors and uncaught exceptions from the pages it opens', async () => {
    const page = await h.newPage()
    await page.goto(`${h.baseUrl}/api/nothing`)
    await page.evaluate(() => {
      console.error('boom from the page')
      setTimeout(() => {
        throw new Error('uncaught in the page')
      })
    })
    // Wait for the three to arrive (the uncaught one comes from a timer), not for a fixed time.
    await expect.poll(() => h.errors.length).toBeGreaterThanOrEqual(3)
    await page.close()
    const caught = h.errors.splice(0)
    expect(caught).toEqual(
      expect.arrayContaining([
        expect.stringContaining('404 (Not Found)'),
        expect.stringContaining('boom from the page'),
        expect.stringContaining('uncaught in the page'),
      ]),
    )
  })

  it('has WebGL2 (SwiftShader), which the 3D rooms need', async () => {
    expect(await h.webgl2()).toBe(true)
  })

  it('lists every exhibition on the home page, with no console error', async () => {
    const exhibitions = await api<ExhibitionSummary[]>('/api/exhibitions')
    expect(exhibitions.length).toBeGreaterThan(0)
    const page = await h.newPage()
    await page.goto(`${h.baseUrl}/?lang=fr`)
    for (const e of exhibitions) {
      await page.getByRole('heading', { name: localize(e.title, 'fr'), exact: true }).waitFor({ timeout: 15_000 })
    }
    await page.close()
    expect(h.errors).toEqual([])
  })

  it('opens a défi straight from a deep link, with no console error', async () => {
    const [first] = await api<ExhibitionSummary[]>('/api/exhibitions')
    const manifest = await api<Manifest>(`/api/exhibitions/${first!.id}`)
    const room = manifest.rooms.find((r) => r.stands.length > 0)!
    const defi = manifest.defis.find((d) => d.id === room.stands[0])!
    const page = await h.newPage()
    const res = await page.goto(`${h.baseUrl}/${manifest.exhibition.id}/${room.id}/${defi.id}?view=2d&lang=fr`)
    expect(res?.status()).toBe(200)
    await page.getByRole('heading', { level: 1, name: defi.title, exact: true }).waitFor({ timeout: 15_000 })
    // Give the poster and captions time to load: a missing media file shows up as a console error.
    await page.waitForLoadState('networkidle')
    await page.close()
    expect(h.errors).toEqual([])
  })

  it('opens an exhibition in 3D by default when the browser has WebGL, with the 2D version one link away', async () => {
    const page = await h.newPage()
    await page.goto(`${h.baseUrl}/eig4?lang=fr`)
    await page.locator('canvas').first().waitFor({ timeout: 60_000 })
    const twoD = page.getByRole('link', { name: 'Version 2D' })
    expect(await twoD.getAttribute('href')).toMatch(/view=2d/)
    await page.close()
  })
})
