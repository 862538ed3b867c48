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
const byPromotion = (n: number) => [...manifests.values()].find((m) => m.exhibition.promotion.number === n)

describe('the demo content in gallery/', () => {
  it('is valid, every file', () => {
    for (const file of files) {
      const result = parseManifestText(readFileSync(new URL(file, dir), 'utf8'))
      expect(result.ok ? [] : result.errors, file).toEqual([])
    }
  })

  it.each([
    [1, 9],
    [2, 13],
    [3, 15],
    [4, 17],
  ])('holds promotion EIG %i with its %i défis, each in one themed room', (promotion, count) => {
    const manifest = byPromotion(promotion)
    expect(manifest, `EIG ${promotion}`).toBeDefined()
    if (!manifest) return
    expect(manifest.defis).toHaveLength(count)
    const placed = manifest.rooms.filter((r) => r.kind === 'themed').flatMap((r) => r.stands)
    expect([...placed].sort()).toEqual(manifest.defis.map((d) => d.id).sort())
    expect(manifest.rooms.filter((r) => r.kind === 'lobby')).toHaveLength(1)
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

  it('holds the 2021 Demo Day: four themed rooms, the auditorium, the two panels and the programme', () => {
    const eig4 = byPromotion(4)
    if (!eig4) throw new Error('EIG 4 missing')
    const themed = eig4.rooms.filter((r) => r.kind === 'themed').map((r) => localize(r.title, 'fr'))
    expect(themed).toEqual([
      'Éclairer les politiques publiques par la donnée',
      'Faire parler les données publiques',
      'Anticiper et gérer les risques',
      'Faciliter les process métiers des agents',
    ])
    expect(eig4.rooms.some((r) => r.kind === 'auditorium')).toBe(true)
    expect(eig4.recordings).toHaveLength(2)
    const sessions = eig4.exhibition.programme.map((s) => localize(s.title, 'fr'))
    for (const name of ['Voisinage', 'Vécu d', 'Vernissage', 'Verre', 'Variations']) {
      expect(
        sessions.some((s) => s.includes(name)),
        name,
      ).toBe(true)
    }
    expect(eig4.exhibition.programme.filter((s) => s.start.startsWith('2021-06-17'))).toHaveLength(4)
  })
})
