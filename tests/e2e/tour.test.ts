import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/manifest/index.ts'
import type { Harness } from './harness.ts'
import { beforeAllVisit } from './pages.ts'

let h: Harness
let manifest: Manifest
let page: Page

beforeAllVisit((visit) => ({ h, manifest, page } = visit))

/** The défi titles in tour order: rooms in manifest order, each room's stands in order. */
function tourTitles(): string[] {
  const byId = new Map(manifest.defis.map((d) => [d.id, d.title]))
  return manifest.rooms.flatMap((room) => room.stands.flatMap((id) => byId.get(id) ?? []))
}

/** What has the keyboard focus: its text, and whether the focus can be seen. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    const style = el ? getComputedStyle(el) : null
    return {
      text: el?.textContent?.trim() ?? '',
      rel: el?.getAttribute('rel') ?? '',
      visible: style !== null && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    }
  })

/** Presses Tab until `wanted` holds for the focused element, at most 150 times, as a keyboard user would. */
async function tabTo(wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab')
    const f = await focused()
    if (wanted(f)) {
      expect(f.visible, `focus ring on "${f.text}"`).toBe(true)
      return
    }
  }
  throw new Error('never reached by Tab')
}

const h1 = () => page.locator('main h1').textContent()

describe('the guided tour with the keyboard alone', () => {
  it('starts from the lobby and goes through three stands with Tab and Enter', async () => {
    await page.goto(`${h.baseUrl}/eig4?view=2d&lang=fr`)
    await expect.poll(h1).toBe('Demo Day de la promotion EIG 4')
    const [first, second, third] = tourTitles()

    await tabTo((f) => f.text === 'Commencer la visite guidée')
    await page.keyboard.press('Enter')
    await expect.poll(h1).toBe(first)
    expect(await page.getByTestId('tour-step').textContent()).toMatch(/Étape 1 sur 17/)

    for (const title of [second, third]) {
      await tabTo((f) => f.rel === 'next')
      await page.keyboard.press('Enter')
      await expect.poll(h1).toBe(title)
    }
    expect(await page.getByTestId('tour-step').textContent()).toMatch(/Étape 3 sur 17/)
    // After each step the page's title has the focus, so a screen reader starts reading the new stand.
    expect((await focused()).text).toBe(third)
  })

  it('goes back with the previous link', async () => {
    const [, second] = tourTitles()
    await tabTo((f) => f.rel === 'prev')
    await page.keyboard.press('Enter')
    await expect.poll(h1).toBe(second)
  })
})

describe('switching between 2D and 3D', () => {
  it('links each 2D page to the same place in 3D', async () => {
    const here = new URL(page.url())
    const link = page.getByRole('link', { name: 'Version 3D' })
    expect(await link.getAttribute('href')).toBe(`${here.pathname}?view=3d`)
  })

  it('offers no 3D version to a browser without WebGL', async () => {
    const noWebGL = await h.newPage()
    try {
      await noWebGL.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
          return kind.startsWith('webgl') ? null : original.call(this, kind as '2d', ...(rest as []))
        } as typeof original
      })
      await noWebGL.goto(`${h.baseUrl}/eig4?view=2d&lang=fr`)
      await noWebGL.locator('main h1').waitFor()
      expect(await noWebGL.getByRole('link', { name: 'Version 3D' }).count()).toBe(0)
      expect(await noWebGL.getByTestId('language-switch').count()).toBeGreaterThan(0)
    } finally {
      await noWebGL.close()
    }
  })
})
