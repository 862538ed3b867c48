import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/manifest/index.ts'
import type { Harness } from './harness.ts'
import { beforeAllVisit, open, twoDPages } from './pages.ts'

let h: Harness
let manifest: Manifest
let page: Page

beforeAllVisit((visit) => ({ h, manifest, page } = visit))

/** What breaks when text is enlarged: a page wider than the window, and boxes that clip their own text. */
function layoutProblems(): Promise<{ pageWidth: number; windowWidth: number; clipped: string[] }> {
  return page.evaluate(() => {
    const clipped: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const style = getComputedStyle(el)
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY)
      // Visually hidden text (fr-sr-only) is clipped on purpose; a video's box is the player's business.
      if (!clips || el.closest('.fr-sr-only, video') || el.offsetParent === null) continue
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        clipped.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`)
      }
    }
    return { pageWidth: document.documentElement.scrollWidth, windowWidth: window.innerWidth, clipped }
  })
}

describe('text enlarged to 200%', () => {
  it.each(['lobby', 'room', 'stand', 'programme', 'booklet'])(
    'keeps the %s readable: no horizontal scrolling, nothing cut',
    async (name) => {
      // 200% text in a 640 px window is what a visitor on a 1280 px screen gets when zooming text alone.
      await page.setViewportSize({ width: 640, height: 900 })
      const target = twoDPages(manifest, 'fr').find((p) => p.name === name)!
      await open(page, h, target, 'fr')
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
      const { pageWidth, windowWidth, clipped } = await layoutProblems()
      expect(pageWidth).toBeLessThanOrEqual(windowWidth)
      expect(clipped).toEqual([])
    },
  )

  it('notices a page that scrolls sideways', async () => {
    await page.evaluate(() => {
      const wide = document.createElement('p')
      wide.style.width = '3000px'
      wide.textContent = 'trop large'
      document.querySelector('main')!.append(wide)
    })
    const { pageWidth, windowWidth } = await layoutProblems()
    expect(pageWidth).toBeGreaterThan(windowWidth)
  })
})

/** The transition and animation durations the page gives to a new element that asks for both. */
function durations(): Promise<string[]> {
  return page.evaluate(() => {
    const moving = document.createElement('p')
    moving.style.transition = 'opacity 1s'
    moving.style.animation = 'none 2s'
    document.querySelector('main')!.append(moving)
    const style = getComputedStyle(moving)
    const found = [style.transitionDuration, style.animationDuration]
    moving.remove()
    return found
  })
}

describe('reduced motion', () => {
  it('turns transitions and animations off when the visitor asks for less motion, and only then', async () => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await open(page, h, twoDPages(manifest, 'fr')[0]!, 'fr')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(await durations()).toEqual(['0s', '0s'])
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(await durations()).toEqual(['1s', '2s'])
  })
})
