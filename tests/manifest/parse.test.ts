import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_MANIFEST_BYTES, parseManifest, parseManifestText } from '../../src/manifest/index.ts'

const fixtures = new URL('../fixtures/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8')
const expected = JSON.parse(read('broken/expected.json')) as Record<string, string>

describe('parseManifest', () => {
  it('accepts the valid fixtures', () => {
    for (const name of readdirSync(new URL('valid/', fixtures))) {
      const result = parseManifestText(read(`valid/${name}`))
      expect(result.ok ? [] : result.errors, name).toEqual([])
    }
  })

  it('fills in defaults', () => {
    const result = parseManifestText(read('valid/minimal.json'))
    if (!result.ok) throw new Error('minimal.json should be valid')
    const { manifest } = result
    expect(manifest.exhibition.dates.timezone).toBe('Europe/Paris')
    expect(manifest.exhibition.languages).toEqual(['fr', 'en'])
    expect(manifest.recordings).toEqual([])
    expect(manifest.rooms[0]?.stands).toEqual([])
    expect(manifest.rooms[0]?.themeColor).toBe('#000091')
    expect(manifest.defis[0]?.mentors).toEqual([])
    expect(manifest.defis[0]?.extras).toEqual([])
  })

  it('marks a défi without status as a draft', () => {
    const result = parseManifestText(read('valid/full.json'))
    if (!result.ok) throw new Error('full.json should be valid')
    expect(result.manifest.defis.map((d) => d.status)).toEqual(['approved', 'submitted', 'draft'])
  })

  it('has at least 25 broken fixtures, one per fault', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(25)
  })

  for (const [file, path] of Object.entries(expected)) {
    it(`refuses ${file} at ${path}, in French and English`, () => {
      const result = parseManifestText(read(`broken/${file}`))
      expect(result.ok).toBe(false)
      if (result.ok) return
      const at = result.errors.filter((e) => e.path === path)
      expect(at.map((e) => e.path)).toContain(path)
      for (const error of at) {
        expect(error.message.fr.length).toBeGreaterThan(5)
        expect(error.message.en.length).toBeGreaterThan(5)
        expect(error.message.fr).not.toBe(error.message.en)
      }
    })
  }

  it('refuses a file over 5 MB without parsing it', () => {
    const big = `{"pad":"${'x'.repeat(MAX_MANIFEST_BYTES)}"}`
    const result = parseManifestText(big)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]?.message.en).toMatch(/too large/)
  })

  it('reports every unknown field rather than dropping it', () => {
    const doc = JSON.parse(read('valid/full.json'))
    doc.defis[0].foo = 1
    doc.defis[1].bar = 2
    const result = parseManifest(doc)
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['$.defis[0].foo', '$.defis[1].bar'])
  })

  it('refuses non-finite numbers given as JavaScript values', () => {
    for (const value of [Infinity, -Infinity, NaN]) {
      const doc = JSON.parse(read('valid/full.json'))
      doc.defis[0].keyFigures[0].value = value
      const result = parseManifest(doc)
      expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['$.defis[0].keyFigures[0].value'])
    }
  })

  it('does not change its input', () => {
    const doc = JSON.parse(read('valid/full.json'))
    const copy = structuredClone(doc)
    parseManifest(doc)
    expect(doc).toEqual(copy)
  })

  it('refuses what is not an object', () => {
    for (const input of [null, 42, 'manifest', [], undefined]) {
      const result = parseManifest(input)
      expect(result.ok).toBe(false)
    }
  })
})
