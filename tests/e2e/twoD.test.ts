import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localize, type Manifest } from '../../src/manifest/index.ts'
import { startHarness, type Harness } from './harness.ts'

let h: Harness
let manifest: Manifest
let page: Page

beforeAll(async () => {
  h = await startHarness()
  const res = await fetch(`${h.baseUrl}/api/exhibitions/eig4`)
  expect(res.status).toBe(200)
  manifest = (await res.json()) as Manifest
  page = await h.newPage()
})

afterAll(async () => {
  await page?.close()
  await h?.close()
})

const h1 = () => page.getByRole('heading', { level: 1 })
const firstThemedRoom = () => manifest.rooms.find((r) => r.kind === 'themed' && r.stands.length > 0)!
const defi = (id: string) => manifest.defis.find((d) => d.id === id)!

describe('2D views in a real Chromium', () => {
  it('shows the EIG 4 lobby: title, promotion, programme and the rooms in order', async () => {
    await page.goto(`${h.baseUrl}/eig4?view=2d&lang=fr`)
    await expect.poll(() => h1().textContent()).toBe(localize(manifest.exhibition.title, 'fr'))
    const main = await page.locator('main').innerText()
    expect(main).toContain(manifest.exhibition.promotion.name)
    const firstSession = manifest.exhibition.programme[0]
    if (firstSession) expect(main).toContain(localize(firstSession.title, 'fr'))
    const rooms = await page.locator('[data-testid=rooms] h3').allTextContents()
    expect(rooms).toEqual(manifest.rooms.map((r) => localize(r.title, 'fr')))
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
  })

  it('goes to a room without reloading the page, and shows its défis as cards', async () => {
    const room = firstThemedRoom()
    // A value on window survives an in-app navigation but not a full page load.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }))
    await page.locator(`[data-testid=rooms] h3 a[href="/eig4/${room.id}"]`).click()
    await expect.poll(() => h1().textContent()).toBe(localize(room.title, 'fr'))
    // The link names no view: the visitor stays in the 2D view they are in.
    expect(page.url()).toBe(`${h.baseUrl}/eig4/${room.id}?view=2d`)
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true)
    const cards = await page.locator('[data-testid=stands] .fr-card__title').allTextContents()
    expect(cards).toEqual(room.stands.map((id) => defi(id).title))
  })

  it('opens a défi with its pitch, administration and a video that plays', async () => {
    const room = firstThemedRoom()
    const target = defi(room.stands[0]!)
    await page.locator(`a[href="/eig4/${room.id}/${target.id}"]`).click()
    await expect.poll(() => h1().textContent()).toBe(target.title)
    const main = await page.locator('main').innerText()
    expect(main).toContain(localize(target.pitch, 'fr'))
    expect(main).toContain(target.administration.name)
    expect(await page.title()).toContain(target.title)
    const currentTime = await page.evaluate(async () => {
      const video = document.querySelector('main video') as HTMLVideoElement
      video.muted = true
      await video.play()
      await new Promise((resolve) => setTimeout(resolve, 1500))
      return video.currentTime
    })
    expect(currentTime).toBeGreaterThan(0.5)
  })

  it('follows the back and forward buttons', async () => {
    const room = firstThemedRoom()
    const target = defi(room.stands[0]!)
    await page.goBack()
    await expect.poll(() => h1().textContent()).toBe(localize(room.title, 'fr'))
    await page.goForward()
    await expect.poll(() => h1().textContent()).toBe(target.title)
  })

  it('switches the interface to English and remembers it', async () => {
    await page.getByTestId('language-switch').first().click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.goto(`${h.baseUrl}/eig4?view=2d`)
    await expect.poll(() => h1().textContent()).toBe(localize(manifest.exhibition.title, 'en'))
    expect(await page.locator('main').innerText()).toContain('Rooms')
  })

  it('answers an unknown exhibition with an error page in French and English', async () => {
    await page.goto(`${h.baseUrl}/no-such-exhibition`)
    await expect.poll(() => h1().textContent()).toContain('Page introuvable')
    expect(await h1().textContent()).toContain('Page not found')
    // The API's 404 is expected here; any other error is not.
    expect(h.errors.filter((e) => !e.includes('404'))).toEqual([])
  })
})
