import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Language, Manifest } from '../../src/manifest/index.ts'
import type { Harness } from './harness.ts'
import { axeViolations, beforeAllVisit, open, twoDPages } from './pages.ts'

let h: Harness
let manifest: Manifest
let page: Page

beforeAllVisit((visit) => ({ h, manifest, page } = visit))

describe.each<Language>(['fr', 'en'])('axe-core on the 2D pages in %s', (lang) => {
  it.each(['lobby', 'room', 'stand', 'programme', 'booklet'])(
    'finds no WCAG 2.1 AA violation on the %s',
    async (name) => {
      const target = twoDPages(manifest, lang).find((p) => p.name === name)!
      await open(page, h, target, lang)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
      expect(await axeViolations(page)).toEqual([])
    },
  )
})

describe('axe-core in the dark colour scheme', () => {
  it.each(['lobby', 'stand', 'booklet'])('finds no violation on the %s', async (name) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    try {
      const target = twoDPages(manifest, 'fr').find((p) => p.name === name)!
      await open(page, h, target, 'fr')
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.frTheme)).toBe('dark')
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await page.emulateMedia({ colorScheme: 'light' })
    }
  })
})

describe('axe-core itself', () => {
  // A checker that never complains proves nothing: show that it catches a real fault on the same page.
  it('reports an image without a text alternative', async () => {
    const target = twoDPages(manifest, 'fr')[0]!
    await open(page, h, target, 'fr')
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('img')))
    expect((await axeViolations(page)).join('\n')).toContain('image-alt')
  })
})
