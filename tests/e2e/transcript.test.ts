import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/manifest/index.ts'
import { parseVtt } from '../../src/ui/vtt.ts'
import type { Harness } from './harness.ts'
import { beforeAllVisit, open, twoDPages } from './pages.ts'

let h: Harness
let manifest: Manifest
let page: Page

beforeAllVisit((visit) => ({ h, manifest, page } = visit))

describe('the transcript of a stand’s video', () => {
  it('lists the cues of the captions file with their times', async () => {
    const stand = twoDPages(manifest, 'fr').find((p) => p.name === 'stand')!
    const defi = manifest.defis.find((d) => d.title === stand.heading)!
    const vtt = await (await fetch(`${h.baseUrl}/media/${defi.media!.captions[0]!.src}`)).text()
    const cues = parseVtt(vtt)
    expect(cues.length).toBeGreaterThan(1)
    await open(page, h, stand, 'fr')
    const items = page.getByTestId('transcript').locator('li')
    await expect.poll(() => items.count()).toBe(cues.length)
    expect((await items.nth(1).innerText()).replace(/\s+/g, ' ')).toContain(cues[1]!.text.replace(/\s+/g, ' '))
  })

  it('plays the video from a cue when its time is clicked', async () => {
    const button = page.getByTestId('transcript').locator('li').nth(1).getByRole('button')
    expect(await button.getAttribute('type')).toBe('button')
    await page.evaluate(() => ((document.querySelector('main video') as HTMLVideoElement).muted = true))
    await button.click()
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('main video') as HTMLVideoElement).currentTime))
      .toBeGreaterThan(3)
    await expect.poll(() => page.locator('[data-testid=transcript] li[aria-current="true"]').count()).toBe(1)
  })

  it('marks a transcript that exists only in French when the page is in English', async () => {
    const stand = twoDPages(manifest, 'en').find((p) => p.name === 'stand')!
    await open(page, h, stand, 'en')
    const transcript = page.getByTestId('transcript')
    expect(await transcript.innerText()).toContain('Transcript available in French only.')
    expect(await transcript.locator('ol').getAttribute('lang')).toBe('fr')
    // The buttons speak the interface language, inside the French list.
    expect(await transcript.getByRole('button').first().getAttribute('lang')).toBe('en')
  })
})
