import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/manifest/index.ts'
import type { Harness } from './harness.ts'
import { axeViolations, beforeAllVisit } from './pages.ts'

let h: Harness
let manifest: Manifest
let page: Page

beforeAllVisit((visit) => ({ h, manifest, page } = visit))

const alert = () => page.getByRole('alert')

describe('a part of the app that cannot be fetched', () => {
  it('leaves a bilingual explanation and a reload button, not a blank page, and the reload gets back in', async () => {
    // As after a dropped connection, or a rebuild that removed the files this tab still asks for.
    const blocked = /\/assets\/CurrentPage-[\w-]+\.js$/
    await page.route(blocked, (route) => route.abort('internetdisconnected'))
    await page.goto(`${h.baseUrl}/eig4?view=2d&lang=fr`)
    await alert().waitFor({ timeout: 30_000 })
    expect(await alert().getByRole('heading', { level: 1 }).textContent()).toBe('La page n’a pas pu se charger')
    const english = alert().getByRole('heading', { level: 2 })
    expect(await english.textContent()).toBe('The page could not load')
    expect(await english.getAttribute('lang')).toBe('en')
    expect(await axeViolations(page)).toEqual([])

    await page.unroute(blocked)
    await alert()
      .getByRole('button', { name: /Recharger la page/ })
      .click()
    await expect
      .poll(() => page.locator('main h1').first().textContent(), { timeout: 30_000 })
      .toBe('Demo Day de la promotion EIG 4')
    expect(new URL(page.url()).pathname).toBe('/eig4')
    expect(manifest.exhibition.id).toBe('eig4')
  })

  it('does the same for the 3D scene', async () => {
    const blocked = /\/assets\/Exhibition3D-[\w-]+\.js$/
    await page.route(blocked, (route) => route.abort('internetdisconnected'))
    try {
      await page.goto(`${h.baseUrl}/eig4?lang=en`)
      await alert().waitFor({ timeout: 30_000 })
      expect(await alert().getByRole('heading', { level: 2 }).textContent()).toBe('The page could not load')
      expect(await alert().getByRole('button').count()).toBe(1)
    } finally {
      await page.unroute(blocked)
    }
  })
})
