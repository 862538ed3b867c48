import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { localize, parseManifestText, type Manifest } from '../../src/manifest/index.ts'

const dir = new URL('../../gallery/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json')
const manifests = new Map<string, Manifest>()
for (const file of files) {
  const result = parseManifestText(readFileSync(new URL(file, dir), 'utf8'))
  if (result.ok) manifests.set(file, result.manifest)
}

// What holds for any demo content, whatever is added or rewritten: the facts of one Demo Day (its rooms, its
// sessions) are pinned by the frozen fixture tests/fixtures/eig4-2021.json where tests need them, not here.
describe('the demo content in gallery/', () => {
  it('is valid, every file', () => {
    for (const file of files) {
      const result = parseManifestText(readFileSync(new URL(file, dir), 'utf8'))
      expect(result.ok ? [] : result.errors, file).toEqual([])
    }
  })

  it('places every défi in exactly one themed room, behind one lobby', () => {
    for (const [file, manifest] of manifests) {
      const placed = manifest.rooms.filter((r) => r.kind === 'themed').flatMap((r) => r.stands)
      expect([...placed].sort(), file).toEqual(manifest.defis.map((d) => d.id).sort())
      expect(
        manifest.rooms.filter((r) => r.kind === 'lobby'),
        file,
      ).toHaveLength(1)
    }
  })

  it('gives every défi its administration, team, pitch in both languages and media', () => {
    for (const manifest of manifests.values()) {
      for (const defi of manifest.defis) {
        const where = `${manifest.exhibition.id}/${defi.id}`
        expect(defi.administration.name.length, where).toBeGreaterThan(2)
        expect(defi.team.length, where).toBeGreaterThan(0)
        expect(localize(defi.pitch, 'fr'), where).not.toBe('')
        expect(typeof defi.pitch === 'object' && defi.pitch.en, where).toBeTruthy()
        expect(defi.media?.hls ?? defi.media?.mp4, where).toBeTruthy()
        expect(defi.status, where).toBe('approved')
      }
    }
  })

  it('credits the source data in every manifest', () => {
    for (const manifest of manifests.values()) {
      const credits = manifest.exhibition.credits.map((c) => localize(c.text, 'fr')).join(' ')
      expect(credits).toMatch(/Etalab/)
      expect(credits).toMatch(/site-eig/)
      expect(manifest.exhibition.licence.name).toMatch(/Licence Ouverte/)
    }
  })
})
