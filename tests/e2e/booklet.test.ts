import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/manifest/index.ts'
import type { Harness } from './harness.ts'
import { beforeAllVisit } from './pages.ts'

const run = promisify(execFile)

let h: Harness
let manifest: Manifest
let page: Page
let dir = ''

beforeAllVisit(async (visit) => {
  ;({ h, manifest, page } = visit)
  dir = await mkdtemp(path.join(tmpdir(), 'vernissage-booklet-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const squash = (text: string) => text.replace(/[\s\u00ad]+/g, ' ')

describe('the booklet', () => {
  it('shows every défi with a QR code to its stand, in tour order', async () => {
    await page.goto(`${h.baseUrl}/eig4/booklet?lang=fr`)
    await expect.poll(() => page.locator('.booklet-defi').count(), { timeout: 15_000 }).toBe(manifest.defis.length)
    const byId = new Map(manifest.defis.map((d) => [d.id, d.title]))
    const tour = manifest.rooms.flatMap((room) => room.stands.flatMap((id) => byId.get(id) ?? []))
    expect(await page.locator('.booklet-defi h3').allTextContents()).toEqual(tour)
    const qr = await page.locator('.booklet-qr').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-url')))
    for (const url of qr) expect(url).toMatch(new RegExp(`^${h.baseUrl}/eig4/[a-z0-9-]+/[a-z0-9-]+$`))
    // Every QR code leads to a stand page that exists.
    const res = await fetch(qr[0]!, { headers: { accept: 'text/html' } })
    expect(res.status).toBe(200)
  })

  it('has a print button that opens the print dialog', async () => {
    await page.evaluate(() => {
      window.print = () => Object.assign(window, { printed: true })
    })
    await page.getByRole('button', { name: 'Imprimer le livret' }).click()
    expect(await page.evaluate(() => 'printed' in window)).toBe(true)
  })

  it('prints without the site header, breadcrumb, button or footer', async () => {
    await page.emulateMedia({ media: 'print' })
    try {
      for (const selector of ['header.fr-header', '.fr-breadcrumb', '.booklet-actions', 'footer.fr-footer']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false)
      }
      expect(await page.locator('.booklet-defi').first().isVisible()).toBe(true)
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })

  it('prints black text even for a visitor in the dark colour scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.frTheme)).toBe('dark')
    const colours = () =>
      page
        .locator('.booklet-defi')
        .first()
        .evaluate((defi) => {
          const heading = defi.querySelector('h3')!
          return [getComputedStyle(heading).color, getComputedStyle(defi.querySelector('dd')!).color]
        })
    try {
      // On screen the dark theme writes light on dark; on paper it must not.
      expect(await colours()).not.toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)'])
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
      expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)'])
    } finally {
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    }
  })

  it('prints to a PDF that holds every défi title, the cover and the licence', async () => {
    const pdf = await page.pdf({ format: 'A4' })
    const file = path.join(dir, 'livret.pdf')
    await writeFile(file, pdf)
    await run('pdftotext', ['-layout', file, `${file}.txt`])
    const text = squash(await readFile(`${file}.txt`, 'utf8'))
    for (const defi of manifest.defis) expect(text, defi.title).toContain(squash(defi.title))
    expect(text).toContain('Livret de restitution')
    expect(text).toContain(manifest.exhibition.licence.name)
    const { stdout } = await run('pdfinfo', [file])
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])
    // A cover, the programme, then at least a page per room with stands.
    expect(pages).toBeGreaterThanOrEqual(2 + manifest.rooms.filter((r) => r.stands.length > 0).length)
  })
})
