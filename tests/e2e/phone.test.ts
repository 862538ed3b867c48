import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/manifest/index.ts'
import type { Harness } from './harness.ts'
import { beforeAllVisit, open, twoDPages } from './pages.ts'

// The DSFR script the app ships is trimmed to its core and the components used (src/app/dsfrScript.ts): on a phone
// the header's menu and the breadcrumb depend on it, so this checks that they still open, close and work.
let h: Harness
let manifest: Manifest
let page: Page

beforeAllVisit(async (visit) => {
  ;({ h, manifest, page } = visit)
  await page.setViewportSize({ width: 390, height: 844 })
})

const stand = () => twoDPages(manifest, 'fr').find((p) => p.name === 'stand')!
const menuDialog = () => page.locator('.fr-header__menu')
const dsfrStarted = () => page.evaluate(() => document.documentElement.hasAttribute('data-fr-js'))

describe('the 2D twin on a phone', () => {
  it('opens the header menu as a dialog, and Escape closes it back to its button', async () => {
    await open(page, h, stand(), 'fr')
    await expect.poll(dsfrStarted).toBe(true)
    const menuButton = page.getByRole('button', { name: 'Menu', exact: true })
    expect(await menuDialog().isVisible()).toBe(false)
    await menuButton.click()
    await expect.poll(() => menuDialog().isVisible()).toBe(true)
    expect(await menuDialog().getAttribute('class')).toMatch(/fr-modal--opened/)
    await page.keyboard.press('Escape')
    await expect.poll(() => menuDialog().isVisible()).toBe(false)
    await expect.poll(() => menuButton.evaluate((el) => el === document.activeElement)).toBe(true)
  })

  it('switches language from inside the menu', async () => {
    await open(page, h, stand(), 'fr')
    await expect.poll(dsfrStarted).toBe(true)
    await page.getByRole('button', { name: 'Menu', exact: true }).click()
    const inMenu = menuDialog().getByTestId('language-switch')
    await expect.poll(() => inMenu.isVisible()).toBe(true)
    await inMenu.click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe(stand().heading)
    expect(await page.getByRole('button', { name: 'Menu', exact: true }).count()).toBe(1)
  })

  it('folds the breadcrumb behind a button that unfolds it and moves the focus into it', async () => {
    await open(page, h, stand(), 'fr')
    await expect.poll(dsfrStarted).toBe(true)
    const breadcrumb = page.getByRole('navigation', { name: /vous êtes ici/i })
    const unfold = breadcrumb.getByRole('button')
    expect(await unfold.getAttribute('aria-expanded')).toBe('false')
    const lobbyLink = breadcrumb.getByRole('link').first()
    expect(await lobbyLink.isVisible()).toBe(false)
    await unfold.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => lobbyLink.isVisible()).toBe(true)
    expect(await unfold.isVisible()).toBe(false)
    // The button is gone once unfolded: the keyboard user lands on the breadcrumb's first link, not on nothing.
    await expect.poll(() => lobbyLink.evaluate((el) => el === document.activeElement)).toBe(true)
  })

  it('raised no error in the page', () => {
    expect(h.errors).toEqual([])
  })
})
