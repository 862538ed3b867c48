import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { localize, type Language, type Manifest } from '../../src/manifest/index.ts'
import { startHarness, type Harness } from './harness.ts'

const require = createRequire(import.meta.url)
// Evaluated through the DevTools protocol: the server's Content-Security-Policy rightly refuses injected <script> tags.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** What most end-to-end files share: the harness, EIG 4's public manifest and a page opened on it. */
export type Visit = { h: Harness; manifest: Manifest; page: Page }

/**
 * The hooks most end-to-end files share: before their tests, start the harness, fetch EIG 4's public manifest and
 * open a page, then hand them to `use` (which keeps them, and may prepare the page); after, close all.
 */
export function beforeAllVisit(use: (visit: Visit) => unknown): void {
  let h: Harness | undefined
  let page: Page | undefined
  beforeAll(async () => {
    h = await startHarness()
    const manifest = await fetchManifest(h, 'eig4')
    page = await h.newPage()
    await use({ h, manifest, page })
  })
  afterAll(async () => {
    await page?.close()
    await h?.close()
  })
}

/** A 2D page of an exhibition to check, with the h1 that shows it is ready. */
export type TwoDPage = { name: string; path: string; heading: string }

/** The public manifest of an exhibition, as the API serves it. */
export async function fetchManifest(h: Harness, id: string): Promise<Manifest> {
  const res = await fetch(`${h.baseUrl}/api/exhibitions/${id}`)
  expect(res.status).toBe(200)
  return (await res.json()) as Manifest
}

/** The lobby, a themed room, a stand with a video, the programme and the booklet of `manifest`, in `lang`. */
export function twoDPages(manifest: Manifest, lang: Language): TwoDPage[] {
  const id = manifest.exhibition.id
  const room = manifest.rooms.find((r) => r.kind === 'themed' && r.stands.length > 0)!
  const defi = manifest.defis.find((d) => d.media?.mp4 && room.stands.includes(d.id)) ?? manifest.defis[0]!
  const standRoom = manifest.rooms.find((r) => r.stands.includes(defi.id))!
  const programme = `Programme – ${localize(manifest.exhibition.title, lang)}`
  return [
    { name: 'lobby', path: `/${id}`, heading: localize(manifest.exhibition.title, lang) },
    { name: 'room', path: `/${id}/${room.id}`, heading: localize(room.title, lang) },
    { name: 'stand', path: `/${id}/${standRoom.id}/${defi.id}`, heading: defi.title },
    { name: 'programme', path: `/${id}/programme`, heading: programme },
    { name: 'booklet', path: `/${id}/booklet`, heading: localize(manifest.exhibition.title, lang) },
  ]
}

/** Opens a 2D page in `lang` and waits for its h1 and for what it loads after (transcripts). */
export async function open(page: Page, h: Harness, target: TwoDPage, lang: Language): Promise<void> {
  await page.goto(`${h.baseUrl}${target.path}?view=2d&lang=${lang}`)
  await expect.poll(() => page.locator('main h1').first().textContent(), { timeout: 15_000 }).toBe(target.heading)
  await expect
    .poll(() =>
      page
        .locator('main')
        .getByText(/Chargement|Loading/)
        .count(),
    )
    .toBe(0)
}

/** One line per axe-core violation (WCAG 2.1 A and AA rules): rule, impact and the elements at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe
    type AxeResults = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }
    const results = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    )
  })
}
