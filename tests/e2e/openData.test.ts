import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseManifest, type Manifest } from '../../src/manifest/index.ts'
import { parseCsv } from '../opendata/parseCsv.ts'
import type { Harness } from './harness.ts'
import { beforeAllVisit } from './pages.ts'

let h: Harness
let manifest: Manifest
let page: Page

beforeAllVisit((visit) => ({ h, manifest, page } = visit))

describe('open data', () => {
  it('data.csv has one row per défi of the manifest', async () => {
    const res = await fetch(`${h.baseUrl}/eig4/data.csv`)
    expect(res.status).toBe(200)
    const [header, ...rows] = parseCsv(await res.text())
    const id = header!.indexOf('id')
    expect(rows.map((r) => r[id])).toEqual(manifest.defis.map((d) => d.id))
    const url = header!.indexOf('stand_url')
    for (const row of rows) expect(row[url]).toMatch(new RegExp(`^${h.baseUrl}/eig4/`))
  })

  it('data.json is the public manifest, valid, with its licence and credits', async () => {
    const res = await fetch(`${h.baseUrl}/eig4/data.json`)
    const parsed = parseManifest(await res.json())
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.manifest.exhibition.licence).toEqual(manifest.exhibition.licence)
    expect(parsed.manifest.exhibition.credits).toEqual(manifest.exhibition.credits)
  })

  it('is linked from the footer of the 2D pages: CSV downloads, JSON opens', async () => {
    await page.goto(`${h.baseUrl}/eig4?view=2d&lang=fr`)
    const footer = page.getByTestId('open-data')
    await expect.poll(() => footer.textContent(), { timeout: 15_000 }).toMatch(/^Données ouvertes\s:\sJSON.*,\sCSV/)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      footer.getByRole('link', { name: /CSV/ }).click(),
    ])
    expect(download.suggestedFilename()).toBe('eig4-defis.csv')
    await footer.getByRole('link', { name: /JSON/ }).click()
    await expect.poll(() => page.url()).toBe(`${h.baseUrl}/eig4/data.json`)
    expect(await page.evaluate(() => document.contentType)).toBe('application/json')
  })
})
